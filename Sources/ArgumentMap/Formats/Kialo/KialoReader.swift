/// Reads a Kialo discussion export (.txt), in either layout Kialo has used, into an `ArgumentMap`.
///
/// Pro claims support their parent, Con claims attack it; each claim keeps its Kialo number as
/// data (`kialo: "1.2.3"`) and gets a title made by `TitleMaker`. A claim whose whole text is
/// `-> See 1.1.3.` is that claim again (one node, two parents); `-> See discussion #N: title`
/// stays a claim with `kialo-discussion: N`. `[n]` markers pick entries of the "Sources:" block
/// into `references`. Linear in the size of the file.
public enum KialoReader {
    public static func read(bytes: [UInt8], file: String) -> (map: ArgumentMap, diagnostics: [Diagnostic]) {
        bytes.withUnsafeBufferPointer { read(checking: $0, file: file) }
    }

    /// Reads the file at `path` the way `read(bytes:file:)` reads its contents, letting go of the
    /// file's bytes as they are read. Nil when the file cannot be opened as a regular file.
    public static func read(contentsOfFile path: String, file: String) -> (map: ArgumentMap, diagnostics: [Diagnostic])? {
        FileBuffer(path: path).map { read(buffer: $0, file: file) }
    }

    static func read(buffer: FileBuffer, file: String) -> (map: ArgumentMap, diagnostics: [Diagnostic]) {
        read(checking: buffer.bytes, file: file, releaseBehind: buffer.release)
    }

    public static func read(_ text: String, file: String) -> (map: ArgumentMap, diagnostics: [Diagnostic]) {
        var text = text
        return text.withUTF8 { read(scanning: $0, file: file) }
    }

    /// Strips a byte order mark; reports a binary file, and invalid UTF-8 (reading on with U+FFFD in its place).
    private static func read(checking bytes: UnsafeBufferPointer<UInt8>, file: String, releaseBehind: ((Range<Int>) -> Void)? = nil) -> (map: ArgumentMap, diagnostics: [Diagnostic]) {
        guard ArgdownInput.isPlainUTF8(bytes) else {
            let (text, problems) = InputText.decode(Array(bytes), file: file, format: "Kialo export")
            guard let text else { return (MapBuilder(file: file).build(), problems) }
            let (map, diagnostics) = read(text, file: file)
            return (map, problems + diagnostics)
        }
        let body = ArgdownInput.droppingByteOrderMark(bytes)
        let offset = bytes.count - body.count
        return read(scanning: body, file: file) { releaseBehind?(offset + $0.lowerBound..<offset + $0.upperBound) }
    }

    private static func read(scanning bytes: UnsafeBufferPointer<UInt8>, file: String, releaseBehind: ((Range<Int>) -> Void)? = nil) -> (map: ArgumentMap, diagnostics: [Diagnostic]) {
        var scanner = KialoScanner(bytes: bytes, file: file, releaseBehind: releaseBehind)
        scanner.scan()
        var problems = scanner.problems
        var builder = MapBuilder(file: file)
        if let title = scanner.title { builder.frontMatter.set("title", .string(unescaped(title))) }
        let claims = scanner.claims
        guard !claims.isEmpty else {
            problems.append(.error("no Kialo claims found; a Kialo export has numbered lines such as `1. Thesis` and `1.1. Pro: a reason`", at: SourceLocation(file: file, line: 1, column: 1)))
            return (builder.build(), problems)
        }
        builder.reserveCapacity(claims.count)

        var links: [Int: KialoLink] = [:]
        var titles = KialoTitles()
        var nodeOf = [NodeID?](repeating: nil, count: claims.count)
        for (index, claim) in claims.enumerated() {
            let location = SourceLocation(file: file, line: Int(claim.line), column: 1)
            let link = KialoLink(text: claim.text)
            if let link { links[index] = link }
            if case .claim(let number) = link {
                if scanner.claim(numbered: number) != nil { continue }
                problems.append(.warning("claim \(claim.number) links to claim \(number), which is not in this file; it is kept as text", at: location))
            }
            let text = unescaped(claim.text)
            let id = titles.newNode(titled: TitleMaker.shortTitle(of: titleSource(text, link: link)) ?? "Claim \(claim.number)", at: location, in: &builder)
            builder.define(id, text: text, at: location, section: nil)
            builder.addData(data(for: claim, link: link, references: scanner.references), to: id, at: location)
            if claim.stance == .thesis, claim.parent != nil { builder.addTags(["thesis"], to: id) }
            nodeOf[index] = id
        }
        followLinks(links, nodeOf: &nodeOf, scanner: &scanner)

        for (index, claim) in claims.enumerated() {
            guard let parent = claim.parent, let kind = claim.stance.flatMap(relationKind),
                  let from = nodeOf[index], let to = nodeOf[Int(parent)] else { continue }
            let location = SourceLocation(file: file, line: Int(claim.line), column: 1)
            if from == to {
                problems.append(.warning("claim \(claim.number) links to its own parent; the link is left out", at: location))
                continue
            }
            builder.relate(from, kind, to, at: location)
        }
        return (builder.finish(), problems)
    }

    private static func relationKind(_ stance: KialoClaim.Stance) -> RelationKind? {
        switch stance {
        case .pro: .support
        case .con: .attack
        case .thesis: nil
        }
    }

    /// A link to another discussion is titled by that discussion's title.
    private static func titleSource(_ text: String, link: KialoLink?) -> String {
        guard case .discussion = link, let colon = text.firstIndex(of: ":") else { return text }
        return String(text[text.index(after: colon)...])
    }

    /// Gives each claim that is only a `-> See` link the node of the claim its link (or chain of
    /// links) ends at; a chain that comes back on itself ends nowhere. Each claim is followed once.
    private static func followLinks(_ links: [Int: KialoLink], nodeOf: inout [NodeID?], scanner: inout KialoScanner) {
        var followed = Set<Int>()
        for start in links.keys where nodeOf[start] == nil && !followed.contains(start) {
            var chain: Set<Int> = []
            var index = start
            var end: NodeID?
            while chain.insert(index).inserted {
                if let node = nodeOf[index] {
                    end = node
                    break
                }
                guard !followed.contains(index), case .claim(let number) = links[index], let next = scanner.claim(numbered: number) else { break }
                index = next
            }
            for claim in chain where nodeOf[claim] == nil { nodeOf[claim] = end }
            followed.formUnion(chain)
        }
    }

    private static func data(for claim: KialoClaim, link: KialoLink?, references: [Int: String]) -> [DataEntry] {
        var data = [DataEntry("kialo", .string(claim.number))]
        if case .discussion(let number) = link {
            data.append(DataEntry("kialo-discussion", .number(Double(number))))
        }
        let cited = markers(in: claim.text).compactMap { marker in references[marker].map { "[\(marker)] " + unescaped($0) } }
        if !cited.isEmpty { data.append(DataEntry("references", .list(cited.map(DataValue.string)))) }
        return data
    }

    /// The `[n]` citation markers of a claim's text, each once, in order.
    static func markers(in text: String) -> [Int] {
        guard contains(UInt8(ascii: "["), in: text) else { return [] }
        var result: [Int] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "[") {
            rest = rest[open...]
            if let (marker, _) = KialoScanner.referenceMarker(at: rest), !result.contains(marker) {
                result.append(marker)
            }
            rest = rest.dropFirst()
        }
        return result
    }

    /// Kialo escapes Markdown punctuation in texts (`\(`, `\)`, `\*`); the backslashes go.
    static func unescaped(_ text: String) -> String {
        guard contains(UInt8(ascii: "\\"), in: text) else { return text }
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                if !(character.isASCII && character.isPunctuation || character.isASCII && character.isSymbol) { result.append("\\") }
                result.append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        if escaping { result.append("\\") }
        return result
    }

    /// Whether `text` holds `byte`, looked for eight bytes at a time.
    private static func contains(_ byte: UInt8, in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let raw = UnsafeRawBufferPointer(bytes)
            var i = 0
            while i + 8 <= raw.count {
                if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self).containsByte(byte) { return true }
                i += 8
            }
            return bytes[i...].contains(byte)
        }
    }
}

/// What a claim whose text starts with `-> See` points at.
enum KialoLink {
    /// `-> See 1.1.3.`: the claim numbered 1.1.3 in this file.
    case claim(String)
    /// `-> See discussion #1234: title`: another debate on Kialo.
    case discussion(Int)

    init?(text: String) {
        guard text.utf8.first == UInt8(ascii: "-"), text.hasPrefix("-> See ") else { return nil }
        let target = text.dropFirst("-> See ".count)
        if target.hasPrefix("discussion #") {
            let digits = target.dropFirst("discussion #".count).prefix { $0.isASCII && $0.isNumber }
            guard let number = Int(digits) else { return nil }
            self = .discussion(number)
            return
        }
        var number = target.prefix { ($0.isASCII && $0.isNumber) || $0 == "." }
        guard number.count == target.count else { return nil }
        while number.last == "." { number.removeLast() }
        guard !number.isEmpty else { return nil }
        self = .claim(String(number))
    }
}

/// Reads a Kialo discussion export (.txt), in either layout Kialo has used, into an `ArgumentMap`.
///
/// Pro claims support their parent, Con claims attack it; each claim keeps its Kialo number as
/// data (`kialo: "1.2.3"`) and gets a title made by `TitleMaker`. A claim whose whole text is
/// `-> See 1.1.3.` is that claim again (one node, two parents); `-> See discussion #N: title`
/// stays a claim with `kialo-discussion: N`. `[n]` markers pick entries of the "Sources:" block
/// into `references`. Linear in the size of the file.
public enum KialoReader {
    public static func read(bytes: [UInt8], file: String) -> (map: ArgumentMap, diagnostics: [Diagnostic]) {
        let (text, problems) = InputText.decode(bytes, file: file, format: "Kialo export")
        guard let text else { return (MapBuilder(file: file).build(), problems) }
        let (map, diagnostics) = read(text, file: file)
        return (map, problems + diagnostics)
    }

    public static func read(_ text: String, file: String) -> (map: ArgumentMap, diagnostics: [Diagnostic]) {
        let scanner = KialoScanner(text: text, file: file)
        var problems = scanner.problems
        var builder = MapBuilder(file: file)
        if let title = scanner.title { builder.frontMatter.set("title", .string(unescaped(title[...]))) }
        guard !scanner.claims.isEmpty else {
            problems.append(.error("no Kialo claims found; a Kialo export has numbered lines such as `1. Thesis` and `1.1. Pro: a reason`", at: SourceLocation(file: file, line: 1, column: 1)))
            return (builder.build(), problems)
        }

        let claims = scanner.claims
        let links = claims.map { KialoLink(text: $0.text) }
        var indexByNumber: [String: Int] = [:]
        for (index, claim) in claims.enumerated() { indexByNumber[claim.number] = index }

        var titles = TitleMaker()
        var nodeOf = [NodeID?](repeating: nil, count: claims.count)
        for (index, claim) in claims.enumerated() {
            let location = SourceLocation(file: file, line: claim.line, column: 1)
            if case .claim(let number) = links[index] {
                if indexByNumber[number] != nil { continue }
                problems.append(.warning("claim \(claim.number) links to claim \(number), which is not in this file; it is kept as text", at: location))
            }
            let text = unescaped(claim.text[...])
            let title = titles.title(for: titleSource(text, link: links[index]), fallback: "Claim \(claim.number)")
            let id = builder.node(titled: title, kind: .statement, at: location)
            builder.define(id, text: text, at: location, section: nil)
            builder.addData(data(for: claim, link: links[index], references: scanner.references), to: id, at: location)
            if claim.stance == .thesis, claim.parent != nil { builder.addTags(["thesis"], to: id) }
            nodeOf[index] = id
        }

        for index in claims.indices where nodeOf[index] == nil {
            nodeOf[index] = linkedNode(from: index, links: links, indexByNumber: indexByNumber, nodeOf: nodeOf)
        }

        for (index, claim) in claims.enumerated() {
            guard let parent = claim.parent, let kind = claim.stance.flatMap(relationKind),
                  let from = nodeOf[index], let to = nodeOf[parent] else { continue }
            let location = SourceLocation(file: file, line: claim.line, column: 1)
            if from == to {
                problems.append(.warning("claim \(claim.number) links to its own parent; the link is left out", at: location))
                continue
            }
            builder.relate(from, kind, to, at: location)
        }
        return (builder.build(), problems)
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

    /// Follows `-> See` links (a chain of them too) to the claim they end at.
    private static func linkedNode(from start: Int, links: [KialoLink?], indexByNumber: [String: Int], nodeOf: [NodeID?]) -> NodeID? {
        var index = start
        for _ in 0...links.count {
            if let node = nodeOf[index] { return node }
            guard case .claim(let number) = links[index], let next = indexByNumber[number] else { return nil }
            index = next
        }
        return nil
    }

    private static func data(for claim: KialoClaim, link: KialoLink?, references: [Int: String]) -> [DataEntry] {
        var data = [DataEntry("kialo", .string(claim.number))]
        if case .discussion(let number) = link {
            data.append(DataEntry("kialo-discussion", .number(Double(number))))
        }
        let cited = markers(in: claim.text).compactMap { marker in references[marker].map { "[\(marker)] " + unescaped($0[...]) } }
        if !cited.isEmpty { data.append(DataEntry("references", .list(cited.map(DataValue.string)))) }
        return data
    }

    /// The `[n]` citation markers of a claim's text, each once, in order.
    static func markers(in text: String) -> [Int] {
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
    static func unescaped(_ text: Substring) -> String {
        guard text.utf8.contains(UInt8(ascii: "\\")) else { return String(text) }
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
}

/// What a claim whose text starts with `-> See` points at.
enum KialoLink {
    /// `-> See 1.1.3.`: the claim numbered 1.1.3 in this file.
    case claim(String)
    /// `-> See discussion #1234: title`: another debate on Kialo.
    case discussion(Int)

    init?(text: String) {
        guard text.hasPrefix("-> See ") else { return nil }
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

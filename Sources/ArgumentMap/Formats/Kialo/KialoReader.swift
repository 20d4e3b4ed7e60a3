/// Reads a Kialo discussion export (.txt), in either layout Kialo has used, into an `ArgumentMap`.
///
/// Pro claims support their parent, Con claims attack it; each claim keeps its Kialo number as
/// data (`kialo: "1.2.3"`) and gets a title made by `TitleMaker`. A claim whose whole text is
/// `-> See 1.1.3.` is that claim again (one node, two parents); `-> See discussion #N: title`
/// stays a claim with `kialo-discussion: N`. `[n]` markers pick entries of the "Sources:" block
/// into `references` and are left out of titles. Linear in the size of the file.
public enum KialoReader {
    public static func read(bytes: [UInt8], file: String) -> (map: ArgumentMap, diagnostics: [Diagnostic]) {
        bytes.withUnsafeBufferPointer { read(checking: $0, file: file) }
    }

    /// Reads the file at `path` the way `read(bytes:file:)` reads its contents, letting go of the
    /// file's bytes as they are read. Nil when the file cannot be opened as a regular file, or
    /// changed while it was read.
    public static func read(contentsOfFile path: String, file: String) -> (map: ArgumentMap, diagnostics: [Diagnostic])? {
        FileBuffer.readUnchanged(path) { read(buffer: $0, file: file) }
    }

    /// Reads `buffer` as `read(bytes:file:)` would, letting go of every `releaseStep` bytes once read.
    static func read(buffer: FileBuffer, file: String, releaseStep: Int = 8 << 20) -> (map: ArgumentMap, diagnostics: [Diagnostic]) {
        read(checking: buffer.bytes, file: file, releaseStep: releaseStep, releaseBehind: buffer.release)
    }

    public static func read(_ text: String, file: String) -> (map: ArgumentMap, diagnostics: [Diagnostic]) {
        var text = text
        return text.withUTF8 { read(scanning: $0, file: file) }
    }

    /// Strips a byte order mark; reports a binary file, and invalid UTF-8 (reading on with U+FFFD in its place).
    private static func read(
        checking bytes: UnsafeBufferPointer<UInt8>, file: String, releaseStep: Int = 0, releaseBehind: ((Range<Int>) -> Void)? = nil
    ) -> (map: ArgumentMap, diagnostics: [Diagnostic]) {
        guard ArgdownInput.isPlainUTF8(bytes) else {
            let (text, problems) = InputText.decode(Array(bytes), file: file, format: "Kialo export")
            guard let text else { return (MapBuilder(file: file).build(), problems) }
            let (map, diagnostics) = read(text, file: file)
            return (map, problems + diagnostics)
        }
        let body = ArgdownInput.droppingByteOrderMark(bytes)
        let offset = bytes.count - body.count
        let releaseInBody = releaseBehind.map { release in { (range: Range<Int>) in release(offset + range.lowerBound..<offset + range.upperBound) } }
        return read(scanning: body, file: file, releaseStep: releaseStep, releaseBehind: releaseInBody)
    }

    private static func read(
        scanning bytes: UnsafeBufferPointer<UInt8>, file: String, releaseStep: Int = 0, releaseBehind: ((Range<Int>) -> Void)? = nil
    ) -> (map: ArgumentMap, diagnostics: [Diagnostic]) {
        var scanner = KialoScanner(bytes: bytes, file: file, releaseStep: releaseStep, releaseBehind: releaseBehind)
        var map = KialoImport(file: file, expectedClaims: KialoScanner.numberedLineCount(in: bytes))
        map.readsLikeArgdown = MapFormat.readsLikeArgdown(bytes.prefix(4096))
        while let claim = scanner.nextClaim() { map.add(claim, scanner: &scanner) }
        return map.finish(&scanner)
    }

    /// A link to another discussion is titled by that discussion's title.
    static func titleSource(_ text: String, link: KialoLink?) -> String {
        guard case .discussion = link, let colon = text.firstIndex(of: ":") else { return text }
        return String(text[text.index(after: colon)...])
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

    /// `text` without its `[n]` markers and the space before each, for a title: the sources
    /// they name are the claim's `references`, and the text keeps them.
    static func droppingMarkers(from text: String) -> String {
        var result = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "[") {
            var before = rest[..<open]
            rest = rest[open...]
            if KialoScanner.referenceMarker(at: rest) != nil, let close = rest.firstIndex(of: "]") {
                if before.last?.isWhitespace == true { before = before.dropLast() }
                result += before
                rest = rest[rest.index(after: close)...]
            } else {
                result += before + "["
                rest = rest.dropFirst()
            }
        }
        return result + rest
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

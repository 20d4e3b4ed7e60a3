/// The commonest data element, one citation on one line: `{source: ID, quote: "exact words"}`,
/// perhaps with `prefix` and `suffix`, read straight from its bytes, so its quote goes into the
/// map's texts without becoming a `String` and no `DataEntry` list is made on the way.
///
/// `read` takes only what `FlowDataParser` reads as citation keys with string values, and is nil
/// for anything else (other keys, escapes, single quotes, values YAML reads as numbers, booleans
/// or null, a repeated key, a missing field, a blank quote): that data is read as any other.
struct CitationData {
    var source: Range<Int>
    var quote: Range<Int>
    var prefix: Range<Int>?
    var suffix: Range<Int>?

    private enum Key: CaseIterable {
        case source, quote, prefix, suffix

        /// `allCases` made once, not at each key read.
        static let all = allCases

        var word: StaticString {
            switch self {
            case .source: "source"
            case .quote: "quote"
            case .prefix: "prefix"
            case .suffix: "suffix"
            }
        }
    }

    /// `bytes` is a whole data element, braces included.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> CitationData? {
        var reader = Reader(bytes: bytes)
        guard reader.take(UInt8(ascii: "{")) else { return nil }
        var fields: (source: Range<Int>?, quote: Range<Int>?, prefix: Range<Int>?, suffix: Range<Int>?)
        repeat {
            reader.skipSpaces()
            guard let key = reader.key(), reader.take(UInt8(ascii: ":")), reader.take(UInt8(ascii: " ")) else { return nil }
            reader.skipSpaces()
            guard let value = reader.stringValue() else { return nil }
            switch key {
            case .source where fields.source == nil: fields.source = value
            case .quote where fields.quote == nil: fields.quote = value
            case .prefix where fields.prefix == nil: fields.prefix = value
            case .suffix where fields.suffix == nil: fields.suffix = value
            default: return nil
            }
            reader.skipSpaces()
        } while reader.take(UInt8(ascii: ","))
        guard reader.take(UInt8(ascii: "}")) else { return nil }
        reader.skipSpaces()
        guard reader.isAtEnd, let source = fields.source, let quote = fields.quote,
              let first = quote.first.map({ bytes[$0] }), first < 0x80, first != 0x20, !(0x09...0x0D).contains(first)
        else { return nil }
        return CitationData(source: source, quote: quote, prefix: fields.prefix, suffix: fields.suffix)
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        var isAtEnd: Bool { i == bytes.count }

        mutating func take(_ byte: UInt8) -> Bool {
            guard i < bytes.count, bytes[i] == byte else { return false }
            i += 1
            return true
        }

        mutating func skipSpaces() {
            while i < bytes.count && (bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t")) { i += 1 }
        }

        /// A citation key written plainly, up to its colon (spaces before it allowed, as YAML does).
        mutating func key() -> Key? {
            for key in Key.all where holds(key.word) {
                i += key.word.utf8CodeUnitCount
                while i < bytes.count && (bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") || bytes[i] == UInt8(ascii: "\r")) { i += 1 }
                return key
            }
            return nil
        }

        /// Whether the bytes from `i` on begin with `word`.
        private func holds(_ word: StaticString) -> Bool {
            word.withUTF8Buffer { word in
                guard i + word.count <= bytes.count else { return false }
                for k in word.indices where bytes[i + k] != word[k] { return false }
                return true
            }
        }

        /// A double-quoted string without escapes, or a plain word YAML reads as a string: its bytes.
        mutating func stringValue() -> Range<Int>? {
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: "\"") {
                let start = i + 1
                let end = ByteText.first(of: "\"\\\n", in: bytes, from: start)
                guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else { return nil }
                i = end + 1
                return start..<end
            }
            return plainString()
        }

        /// A plain scalar up to the next `,`, bracket or brace, its trailing spaces dropped; nil for
        /// one YAML would not read as a string or that might need Yams to decide.
        private mutating func plainString() -> Range<Int>? {
            guard !Self.mayNotBeAPlainString(first: bytes[i]) else { return nil }
            let start = i
            scan: while i < bytes.count {
                switch bytes[i] {
                case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: "["), UInt8(ascii: "{"):
                    break scan
                case UInt8(ascii: ":") where i + 1 < bytes.count && (bytes[i + 1] == UInt8(ascii: " ") || bytes[i + 1] == UInt8(ascii: ",")):
                    return nil
                case UInt8(ascii: "#") where ByteText.isSpace(bytes[i - 1]), UInt8(ascii: "\n"):
                    return nil
                default:
                    i += 1
                }
            }
            guard i < bytes.count else { return nil }
            var end = i
            while end > start && ByteText.isSpace(bytes[end - 1]) { end -= 1 }
            let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
            return Self.mayNotBeAString(word) ? nil : start..<end
        }

        /// YAML's indicators, and the bytes a number starts with.
        private static func mayNotBeAPlainString(first: UInt8) -> Bool {
            switch first {
            case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
                 UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"),
                 UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "~"):
                true
            default:
                ByteText.isDigit(first)
            }
        }

        /// Short words that YAML may read as null or a boolean, in any letter case, and short
        /// words with non-ASCII letters (whose lower case Swift decides).
        private static func mayNotBeAString(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
            guard !word.isEmpty else { return true }
            guard word.count <= 5 else { return false }
            guard word.allSatisfy({ $0 < 0x80 }) else { return true }
            switch String(decoding: word.lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self) {
            case "null", "true", "false", "yes", "no", "on", "off", "y", "n": return true
            default: return false
            }
        }
    }
}

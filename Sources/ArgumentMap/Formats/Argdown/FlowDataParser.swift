/// The fast path for the common one-line data element, `{source: report, quote: "exact words", weight: 0.7}`:
/// plain scalars, quoted strings, integers, decimals, booleans, null, and nested `[...]`/`{...}`.
/// Returns nil for anything it is not sure to read exactly as YAML would, and Yams reads that instead.
struct FlowDataParser {
    private let bytes: [UInt8]
    private var i = 0
    private static let maxDepth = 16
    /// Plain words YAML 1.1 reads as booleans or special numbers; Yams decides those.
    private static let yamlOneOneWords: Set<String> = ["yes", "no", "on", "off", "y", "n", ".inf", ".nan"]

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    static func entries(_ bytes: [UInt8]) -> [DataEntry]? {
        guard !bytes.contains(UInt8(ascii: "\n")) else { return nil }
        var parser = FlowDataParser(bytes)
        guard case .map(let entries)? = parser.mapping(depth: 0) else { return nil }
        parser.skipSpaces()
        return parser.i == bytes.count ? entries : nil
    }

    private var current: UInt8? { i < bytes.count ? bytes[i] : nil }

    private mutating func skipSpaces() {
        while let byte = current, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { i += 1 }
    }

    private mutating func mapping(depth: Int) -> DataValue? {
        guard depth < Self.maxDepth, current == UInt8(ascii: "{") else { return nil }
        guard let entries = items(closer: UInt8(ascii: "}"), depth: depth, { $0.entry(depth: $1) }),
              !Self.repeatsKey(entries) else { return nil }
        return .map(entries)
    }

    /// One-line data has a few keys: comparing each pair is quicker than hashing them into a set.
    private static func repeatsKey(_ entries: [DataEntry]) -> Bool {
        guard entries.count <= 16 else { return Set(entries.map(\.key)).count != entries.count }
        for i in entries.indices.dropFirst() where entries[..<i].contains(where: { $0.key == entries[i].key }) { return true }
        return false
    }

    private mutating func entry(depth: Int) -> DataEntry? {
        guard case .string(let key)? = scalar(isKey: true) else { return nil }
        skipSpaces()
        guard current == UInt8(ascii: ":") else { return nil }
        i += 1
        guard current == UInt8(ascii: " ") else { return nil }
        skipSpaces()
        return value(depth: depth + 1).map { DataEntry(key, $0) }
    }

    private mutating func list(depth: Int) -> DataValue? {
        guard depth < Self.maxDepth, current == UInt8(ascii: "[") else { return nil }
        return items(closer: UInt8(ascii: "]"), depth: depth, { $0.value(depth: $1 + 1) }).map(DataValue.list)
    }

    /// Comma-separated items after an opening bracket, up to `closer`.
    private mutating func items<Item>(closer: UInt8, depth: Int, _ item: (inout FlowDataParser, Int) -> Item?) -> [Item]? {
        i += 1
        var items: [Item] = []
        items.reserveCapacity(4)  // one allocation for the few items of most data, not one per doubling
        skipSpaces()
        if current == closer {
            i += 1
            return []
        }
        while true {
            skipSpaces()
            guard let next = item(&self, depth) else { return nil }
            items.append(next)
            skipSpaces()
            switch current {
            case UInt8(ascii: ","): i += 1
            case closer:
                i += 1
                return items
            default: return nil
            }
        }
    }

    private mutating func value(depth: Int) -> DataValue? {
        switch current {
        case UInt8(ascii: "{"): mapping(depth: depth)
        case UInt8(ascii: "["): list(depth: depth)
        default: scalar(isKey: false)
        }
    }

    private mutating func scalar(isKey: Bool) -> DataValue? {
        switch current {
        case UInt8(ascii: "\""): return doubleQuoted()
        case UInt8(ascii: "'"): return singleQuoted()
        case nil: return nil
        default: return plain(isKey: isKey)
        }
    }

    private mutating func doubleQuoted() -> DataValue? {
        i += 1
        // Most quotes have no escapes: their bytes as written, up to the closing quote.
        var end = i
        while end < bytes.count && bytes[end] != UInt8(ascii: "\"") && bytes[end] != UInt8(ascii: "\\") { end += 1 }
        if end < bytes.count && bytes[end] == UInt8(ascii: "\"") {
            defer { i = end + 1 }
            return .string(ByteText.string(bytes[i..<end]))
        }
        var output = Array(bytes[i..<end])
        i = end
        while let byte = current {
            i += 1
            switch byte {
            case UInt8(ascii: "\""): return .string(ByteText.string(output))
            case UInt8(ascii: "\\"):
                guard let escaped = current else { return nil }
                i += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(escaped)
                case UInt8(ascii: "n"): output.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "t"): output.append(UInt8(ascii: "\t"))
                default: return nil
                }
            default: output.append(byte)
            }
        }
        return nil
    }

    private mutating func singleQuoted() -> DataValue? {
        i += 1
        var output: [UInt8] = []
        while let byte = current {
            i += 1
            if byte == UInt8(ascii: "'") {
                guard current == UInt8(ascii: "'") else { return .string(ByteText.string(output)) }
                i += 1
            }
            output.append(byte)
        }
        return nil
    }

    private mutating func plain(isKey: Bool) -> DataValue? {
        let start = i
        if let first = current, Self.isIndicator(first) {
            let negativeNumber = first == UInt8(ascii: "-") && i + 1 < bytes.count && ByteText.isDigit(bytes[i + 1])
            guard negativeNumber else { return nil }
        }
        while let byte = current {
            switch byte {
            case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: "["), UInt8(ascii: "{"):
                return resolve(bytes[start..<i], isKey: isKey)
            case UInt8(ascii: ":"):
                if isKey { return resolve(bytes[start..<i], isKey: isKey) }
                if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: " ") || bytes[i + 1] == UInt8(ascii: ",") { return nil }
            case UInt8(ascii: "#") where ByteText.isSpace(bytes[i - 1]):
                return nil
            default:
                break
            }
            i += 1
        }
        return nil
    }

    /// YAML's indicators, which a plain scalar may not start with (a minus only before a digit, here).
    private static func isIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
             UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            true
        default:
            false
        }
    }

    /// What YAML 1.1 (as Yams resolves it) makes of a plain scalar, or nil when in doubt.
    private func resolve(_ slice: ArraySlice<UInt8>, isKey: Bool) -> DataValue? {
        var end = slice.endIndex
        while end > slice.startIndex, ByteText.isSpace(slice[end - 1]) { end -= 1 }
        let word = ByteText.string(slice[slice.startIndex..<end])
        if isKey { return word.isEmpty ? nil : .string(word) }
        // Every word YAML reads as null or a boolean, or that Yams must decide, is five bytes or fewer.
        if word.utf8.count <= 5 {
            switch word {
            case "", "~", "null", "Null", "NULL": return .null
            case "true", "True", "TRUE": return .bool(true)
            case "false", "False", "FALSE": return .bool(false)
            default: break
            }
            if word.utf8.count <= 4 && Self.yamlOneOneWords.contains(word.lowercased()) { return nil }
        }
        guard let first = word.utf8.first else { return nil }
        if ByteText.isDigit(first) || first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".") {
            return Self.simpleNumber(word).map(DataValue.number)
        }
        return .string(word)
    }

    /// `-12`, `0`, `3.25`; nil for octal-looking `012`, exponents, `1_000`, dates and the rest.
    private static func simpleNumber(_ word: String) -> Double? {
        var digits = Substring(word)
        if digits.hasPrefix("-") { digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy(ByteText.isDigit) }) else { return nil }
        if parts[0].count > 1 && parts[0].hasPrefix("0") { return nil }
        return Double(word)
    }
}

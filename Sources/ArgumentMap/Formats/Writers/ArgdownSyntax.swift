/// How argmap writes titles, texts, tags and data so that Argdown reads back exactly them.
enum ArgdownSyntax {
    /// The text on one line with every character Argdown would misread escaped with a backslash:
    /// brackets and angle brackets (titles, references), `#` (tags), braces (data), `@`
    /// (mentions), `*` and `_` (emphasis), the backslash itself, and at the start `+ - = ( /`
    /// (relations, lists); `//` and `/*` cannot start a comment; line breaks become spaces.
    static func escaped(_ text: String) -> String {
        // Every character that needs a backslash is ASCII, and UTF-8 never uses ASCII bytes
        // inside a longer sequence, so working on bytes is exact (and fast).
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 8)
        var previous: UInt8?
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"),
                 UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "@"), UInt8(ascii: "*"), UInt8(ascii: "_"):
                result.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "="), UInt8(ascii: "("):
                if previous == nil { result.append(UInt8(ascii: "\\")) }
            case UInt8(ascii: "/"):
                if previous == nil || previous == UInt8(ascii: "/") { result.append(UInt8(ascii: "\\")) }
            case UInt8(ascii: "\n") where previous == UInt8(ascii: "\r"):
                previous = byte
                continue
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                result.append(UInt8(ascii: " "))
                previous = byte
                continue
            default:
                break
            }
            result.append(byte)
            previous = byte
        }
        return String(decoding: result, as: UTF8.self)
    }

    static func reference(_ node: Node) -> String {
        switch node.kind {
        case .statement: "[\(escaped(node.title))]"
        case .argument: "<\(escaped(node.title))>"
        }
    }

    static func tag(_ tag: String) -> String {
        let plain = !tag.isEmpty && tag.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        if plain { return "#" + tag }
        return "#(" + tag.filter { $0 != ")" && $0 != "\n" } + ")"
    }

    static func symbol(_ kind: RelationKind) -> String {
        switch kind {
        case .support, .premise: "+"
        case .attack: "-"
        case .undercut: "_"
        case .contradiction: "><"
        }
    }

    /// A node's data and citations as one `{...}` flow mapping; nil when it has neither.
    static func data(of node: Node) -> String? {
        var entries = node.data
        if node.citations.count == 1, let citation = node.citations.first {
            entries += citationEntries(citation)
        } else if node.citations.count > 1 {
            entries.append(DataEntry("cites", .list(node.citations.map { .map(citationEntries($0)) })))
        }
        return entries.isEmpty ? nil : flow(.map(entries))
    }

    static func citationEntries(_ citation: Citation) -> [DataEntry] {
        var entries = [DataEntry("source", .string(citation.source)), DataEntry("quote", .string(citation.quote))]
        if let prefix = citation.prefix { entries.append(DataEntry("prefix", .string(prefix))) }
        if let suffix = citation.suffix { entries.append(DataEntry("suffix", .string(suffix))) }
        return entries
    }

    /// A value in YAML flow style: strings always double-quoted, so no plain scalar is misread.
    static func flow(_ value: DataValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number): number.isFinite ? DataValue.format(number) : quoted(String(number))
        case .string(let text): quoted(text)
        case .list(let items): "[" + items.map(flow).joined(separator: ", ") + "]"
        case .map(let entries): "{" + entries.map { key($0.key) + ": " + flow($0.value) }.joined(separator: ", ") + "}"
        }
    }

    private static func key(_ key: String) -> String {
        let plain = key.first.map { $0.isLetter || $0 == "_" } ?? false
            && key.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "_" }
        return plain ? key : quoted(key)
    }

    /// YAML reads JSON's string escapes in a double-quoted scalar.
    static func quoted(_ text: String) -> String { JSONStream.quoted(text) }
}

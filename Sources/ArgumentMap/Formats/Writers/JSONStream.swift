/// Pretty-printed JSON written to a sink as it goes, two-space indentation, one key or item per
/// line, keys in the order written; an empty object or array is `{}` or `[]`.
struct JSONStream {
    let sink: ExportSink
    /// How many members each open object or array has so far, outermost first.
    private var memberCounts: [Int] = []
    private var afterKey = false

    init(_ sink: ExportSink) { self.sink = sink }

    mutating func beginObject() { open("{") }
    mutating func endObject() { close("}") }
    mutating func beginArray() { open("[") }
    mutating func endArray() { close("]") }

    mutating func key(_ key: String) {
        startValue()
        Self.writeString(key, to: sink)
        sink += ": "
        afterKey = true
    }

    mutating func string(_ text: String) {
        startValue()
        Self.writeString(text, to: sink)
    }

    mutating func bool(_ flag: Bool) {
        startValue()
        sink += flag ? "true" : "false"
    }

    /// `null` when not finite.
    mutating func number(_ number: Double) {
        startValue()
        sink += number.isFinite ? DataValue.format(number) : "null"
    }

    mutating func value(_ value: DataValue) {
        switch value {
        case .null: startValue(); sink += "null"
        case .bool(let flag): bool(flag)
        case .number(let number): if number.isFinite { self.number(number) } else { string(String(number)) }
        case .string(let text): string(text)
        case .list(let items):
            beginArray()
            for item in items { self.value(item) }
            endArray()
        case .map(let entries):
            beginObject()
            for entry in entries { member(entry.key, entry.value) }
            endObject()
        }
    }

    mutating func member(_ key: String, _ text: String) {
        self.key(key)
        string(text)
    }

    mutating func member(_ key: String, _ value: DataValue) {
        self.key(key)
        self.value(value)
    }

    mutating func member(_ key: String, strings: [String]) {
        self.key(key)
        beginArray()
        for text in strings { string(text) }
        endArray()
    }

    private mutating func open(_ bracket: String) {
        startValue()
        sink += bracket
        memberCounts.append(0)
    }

    private mutating func close(_ bracket: String) {
        if memberCounts.removeLast() > 0 {
            sink += "\n"
            indent(memberCounts.count)
        }
        sink += bracket
    }

    /// The separator and indentation before a member; nothing after its key.
    private mutating func startValue() {
        if afterKey {
            afterKey = false
            return
        }
        guard let count = memberCounts.last else { return }
        sink += count == 0 ? "\n" : ",\n"
        memberCounts[memberCounts.count - 1] = count + 1
        indent(memberCounts.count)
    }

    private static let indents = (0..<16).map { String(repeating: "  ", count: $0) }

    private func indent(_ level: Int) {
        sink += level < Self.indents.count ? Self.indents[level] : String(repeating: "  ", count: level)
    }

    /// `text` as a JSON string.
    static func quoted(_ text: String) -> String {
        let sink = ExportSink()
        writeString(text, to: sink)
        return sink.text
    }

    /// Quotes, backslashes and controls (C0, DEL, C1) escaped; the rest as it is.
    static func writeString(_ text: String, to sink: ExportSink) {
        sink += "\""
        var text = text
        text.withUTF8 { bytes in
            // 0xC2 leads every C1 control's UTF-8.
            if bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0x7F || $0 == 0xC2 }) {
                sink += escaped(String(decoding: bytes, as: UTF8.self))
            } else {
                sink.append(bytes: bytes)
            }
        }
        sink += "\""
    }

    private static func escaped(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                    output += scalar.jsonEscaped(uppercase: false)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }
}

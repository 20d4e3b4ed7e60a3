extension String {
    /// The text with every control character, escape sequence introducer and bidirectional
    /// override shown as a visible escape (`\e`, `\u{202E}`), so text read from a map or source
    /// can never act on a terminal. Tabs become a single space; newlines are escaped as `\n`
    /// (callers that want lines split first).
    public var terminalSafe: String {
        guard unicodeScalars.contains(where: \.needsEscapeOnTerminal) else { return self }
        var result = ""
        result.reserveCapacity(utf8.count + 8)
        for scalar in unicodeScalars {
            guard scalar.needsEscapeOnTerminal else {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch scalar.value {
            case 0x09: result += " "
            case 0x0A: result += "\\n"
            case 0x0D: result += "\\r"
            case 0x1B: result += "\\e"
            case 0x00: result += "\\0"
            default: result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return result
    }
}

extension Unicode.Scalar {
    /// C0 and C1 controls, DEL, and the bidi embedding, override and isolate controls.
    public var needsEscapeOnTerminal: Bool {
        switch value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }

    /// The scalar as a JSON `\uXXXX` escape: at least four hex digits, in upper or lower case.
    public func jsonEscaped(uppercase: Bool) -> String {
        let hex = String(value, radix: 16, uppercase: uppercase)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

/// The text of a cell as it may be sent to the terminal. The browser already escapes map and
/// source text; this is the second line of defence, so no cell can ever carry a control
/// sequence: a cell holding a control character, or a bidirectional override, is sent as `?`.
public enum CellText {
    /// Without a UTF-8 locale the terminal cannot show other characters either, so they become `?` too.
    public static func sendable(_ text: String, asciiOnly: Bool) -> String {
        for scalar in text.unicodeScalars where isUnsafe(scalar) || (asciiOnly && !scalar.isASCII) {
            return "?"
        }
        return text
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}

/// How many terminal columns text takes, without asking the C library: combining marks and
/// zero-width characters take none, East Asian wide and fullwidth characters and emoji two.
/// The same answer on every machine, so a rendered Frame does not depend on the locale.
public enum DisplayWidth {
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return value < 0x20 || (value >= 0x7F && value < 0xA0) ? 0 : 1 }
        if isZeroWidth(scalar) { return 0 }
        return isWide(value) || scalar.properties.isEmojiPresentation ? 2 : 1
    }

    /// The width of one grapheme cluster: its widest scalar, and 2 for a text-default emoji
    /// followed by the emoji presentation selector U+FE0F.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.count == 1 { return of(first) }
        if scalars.contains("\u{FE0F}"), first.properties.isEmoji { return 2 }
        var width = 0
        for scalar in scalars { width = max(width, of(scalar)) }
        return width
    }

    public static func of(_ text: some StringProtocol) -> Int {
        // Printable ASCII, most text, is a column a byte.
        if let width = text.utf8.withContiguousStorageIfAvailable({ bytes in
            bytes.allSatisfy { (0x20..<0x7F).contains($0) } ? bytes.count : nil
        }) ?? nil {
            return width
        }
        var width = 0
        for character in text { width += of(character) }
        return width
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F, 0xFE00...0xFE0F, 0xFEFF, 0xE0100...0xE01EF:
            return true
        case 0x1160...0x11FF:  // Hangul medial vowels and final consonants join the syllable before them
            return true
        default:
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: return true
            default: return false
            }
        }
    }

    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
             0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA,
             0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757,
             0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
             0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
             0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F7E0...0x1F7EB,
             0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            // Other pictographs are wide only when they default to emoji presentation (checked
            // by the caller), as in the C library's wcwidth: 🌡 U+1F321 is narrow, 🙂 wide.
            return true
        default:
            return false
        }
    }
}

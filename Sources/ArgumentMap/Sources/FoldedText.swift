/// A text as UTF-8 bytes with every run of white space folded to one space and every character
/// in its composed form (`CanonicalComposition`), remembering where each folded byte came from
/// so a match can be turned back into lines and columns.
///
/// Folding keeps quotes matching across line breaks, indentation, doubled spaces and the two
/// ways of writing an accented letter, while everything else must match exactly.
struct FoldedText {
    let bytes: [UInt8]
    /// Where each folded byte came from.
    let shifts: FoldedShifts

    /// Folds `original`; with `trimmed`, white space at either end is dropped (for quotes).
    init(_ original: [UInt8], trimmed: Bool = false) {
        var folded: [UInt8] = []
        folded.reserveCapacity(original.count)
        var reader = FoldingReader(original, trimmed: trimmed)
        reader.read(into: &folded, upTo: .max)
        bytes = folded
        shifts = reader.shifts
    }

    /// The byte length of the white space character at `index`, or 0 when it is not white space.
    /// Covers ASCII white space and Unicode's space separators, NEL and the line/paragraph separators.
    static func whiteSpaceWidth<Bytes: Collection>(in bytes: Bytes, at index: Int) -> Int where Bytes.Element == UInt8, Bytes.Index == Int {
        let first = bytes[index]
        switch first {
        case 0x09...0x0D, 0x20: return 1
        case 0xC2 where index + 1 < bytes.endIndex:
            let second = bytes[index + 1]
            return second == 0x85 || second == 0xA0 ? 2 : 0
        case 0xE1 where index + 2 < bytes.endIndex:
            return bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE2 where index + 2 < bytes.endIndex:
            let (second, third) = (bytes[index + 1], bytes[index + 2])
            if second == 0x80, (0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF { return 3 }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3 where index + 2 < bytes.endIndex:
            return bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        default: return 0
        }
    }
}

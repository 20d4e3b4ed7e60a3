/// A text as UTF-8 bytes with every run of white space folded to one space, remembering
/// where each folded byte came from so a match can be turned back into lines and columns.
///
/// Folding keeps quotes matching across line breaks, indentation and doubled spaces
/// while everything else must match exactly.
struct FoldedText {
    /// The folded bytes, followed by eight zero bytes so an 8-byte load never runs off the end.
    private(set) var paddedBytes: [UInt8]
    /// The number of folded bytes (without the padding).
    let count: Int
    /// Where the folded-to-original offset shift changes: folded offset, original offset.
    private var shiftFolded: [Int] = [0]
    private var shiftOriginal: [Int] = [0]

    static let padding = 8

    /// Folds `original`; with `trimmed`, white space at either end is dropped (for quotes).
    init<Bytes: Collection>(_ original: Bytes, trimmed: Bool = false) where Bytes.Element == UInt8, Bytes.Index == Int {
        var folded: [UInt8] = []
        folded.reserveCapacity(original.count + Self.padding)
        var shiftFolded = [0]
        var shiftOriginal = [original.startIndex]
        var index = original.startIndex
        while index < original.endIndex {
            let width = Self.whiteSpaceWidth(in: original, at: index)
            guard width > 0 else {
                folded.append(original[index])
                index += 1
                continue
            }
            let runStart = index
            while index < original.endIndex {
                let next = Self.whiteSpaceWidth(in: original, at: index)
                guard next > 0 else { break }
                index += next
            }
            let atEdge = folded.isEmpty || index == original.endIndex
            if trimmed && atEdge {
                shiftFolded.append(folded.count)
                shiftOriginal.append(index)
                continue
            }
            folded.append(0x20)
            if index - runStart != 1 {
                shiftFolded.append(folded.count)
                shiftOriginal.append(index)
            }
        }
        count = folded.count
        folded.append(contentsOf: repeatElement(0, count: Self.padding))
        paddedBytes = folded
        self.shiftFolded = shiftFolded
        self.shiftOriginal = shiftOriginal
    }

    var bytes: ArraySlice<UInt8> { paddedBytes[0..<count] }

    /// The offset in the original text of the byte at folded `offset`.
    func originalOffset(of offset: Int) -> Int {
        let run = shiftFolded.lastIndex(notAbove: offset)
        return shiftOriginal[run] + (offset - shiftFolded[run])
    }

    /// Whether folded `offset` falls between two characters (grapheme clusters), so that a quote
    /// never starts or ends inside one: `cafe` is not in `café` written with a combining accent.
    /// Judged from the 128 bytes on either side, which holds for all but freak clusters.
    func isCharacterBoundary(_ offset: Int) -> Bool {
        guard offset > 0, offset < count else { return true }
        // Folded text has no CR, so two ASCII bytes never share a character.
        if paddedBytes[offset - 1] < 0x80, paddedBytes[offset] < 0x80 { return true }
        if Self.isContinuation(paddedBytes[offset]) { return false }
        var start = max(0, offset - Self.boundaryWindow)
        while start < offset, Self.isContinuation(paddedBytes[start]) { start += 1 }
        var end = min(count, offset + Self.boundaryWindow)
        while end < count, Self.isContinuation(paddedBytes[end]) { end += 1 }
        let window = String(decoding: paddedBytes[start..<end], as: UTF8.self)
        return window.utf8.index(window.utf8.startIndex, offsetBy: offset - start).samePosition(in: window) != nil
    }

    private static let boundaryWindow = 128

    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

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

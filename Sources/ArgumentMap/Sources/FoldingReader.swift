/// Folds a text as `FoldedText` describes, a part at a time: a large source is searched through
/// a window of its folded form instead of being held a second time, folded.
struct FoldingReader {
    private let original: [UInt8]
    private let trimmed: Bool
    /// The next original byte to fold.
    private var position = 0
    /// Folded bytes handed out so far.
    private var foldedCount = 0
    private(set) var shifts = FoldedShifts()

    /// With `trimmed`, white space at either end of `original` is dropped (for quotes).
    init(_ original: [UInt8], trimmed: Bool = false) {
        self.original = original
        self.trimmed = trimmed
    }

    var isFinished: Bool { position == original.count }

    /// Appends the next folded bytes to `buffer` until it holds `limit` bytes or the text is folded.
    mutating func read(into buffer: inout [UInt8], upTo limit: Int) {
        while buffer.count < limit, position < original.count {
            let width = FoldedText.whiteSpaceWidth(in: original, at: position)
            guard width > 0 else {
                if original[position] < 0x80, position + 1 == original.count || original[position + 1] < 0x80 {
                    buffer.append(original[position])
                    position += 1
                    foldedCount += 1
                } else {
                    readComposing(into: &buffer)
                }
                continue
            }
            let runStart = position
            position += width
            while position < original.count {
                let next = FoldedText.whiteSpaceWidth(in: original, at: position)
                guard next > 0 else { break }
                position += next
            }
            if trimmed, foldedCount == 0 || position == original.count {
                shifts.append(folded: foldedCount, original: position)
                continue
            }
            buffer.append(0x20)
            foldedCount += 1
            if position - runStart != 1 { shifts.append(folded: foldedCount, original: position) }
        }
    }

    /// Reads a character and the non-ASCII ones straight after it, up to white space, in
    /// canonical composition (see `CanonicalComposition`).
    private mutating func readComposing(into buffer: inout [UInt8]) {
        let start = position
        position += 1
        while position < original.count, original[position] >= 0x80, FoldedText.whiteSpaceWidth(in: original, at: position) == 0 {
            position += 1
        }
        guard let characters = CanonicalComposition.composed(original[start..<position]) else {
            buffer.append(contentsOf: original[start..<position])
            foldedCount += position - start
            return
        }
        var originalOffset = start
        for character in characters {
            buffer.append(contentsOf: character.composed.utf8)
            foldedCount += character.composed.utf8.count
            originalOffset += character.original.utf8.count
            if character.composed.utf8.count != character.original.utf8.count {
                shifts.append(folded: foldedCount, original: originalOffset)
            }
        }
    }
}

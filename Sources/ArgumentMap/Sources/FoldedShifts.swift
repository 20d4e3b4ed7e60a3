/// Where the bytes of a folded text came from in the original: the offset between the two
/// changes only after a run of white space other than one space or line break, so most texts
/// need few entries.
struct FoldedShifts {
    /// Folded offsets where the shift changes, and the original offsets they stand for.
    private var folded: [Int] = [0]
    private var original: [Int] = [0]

    /// Notes that folded byte `foldedOffset` came from original byte `originalOffset`, as do the bytes after it, one for one.
    mutating func append(folded foldedOffset: Int, original originalOffset: Int) {
        folded.append(foldedOffset)
        original.append(originalOffset)
    }

    /// The offset in the original text of the byte at folded `offset`.
    func originalOffset(of offset: Int) -> Int {
        let run = folded.lastIndex(notAbove: offset)
        return original[run] + (offset - folded[run])
    }
}

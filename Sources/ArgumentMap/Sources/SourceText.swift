/// A source document's lines with where its folded bytes came from: what turns the folded
/// offsets a search found into lines and columns.
struct SourceText {
    let lines: SourceLines
    let shifts: FoldedShifts

    /// The span covering the folded bytes `range` (which must not start or end with white space).
    func span(ofFolded range: Range<Int>) -> TextSpan {
        let start = shifts.originalOffset(of: range.lowerBound)
        let end = shifts.originalOffset(of: range.upperBound - 1) + 1
        let startLine = lines.line(containing: start)
        let endLine = lines.line(containing: end - 1)
        return TextSpan(
            line: startLine + 1, column: characterCount(from: lines.start(ofLine: startLine), to: start) + 1,
            endLine: endLine + 1, endColumn: characterCount(from: lines.start(ofLine: endLine), to: end)
        )
    }

    /// The one-based line of the folded byte at `offset`.
    func line(ofFolded offset: Int) -> Int {
        lines.line(containing: shifts.originalOffset(of: offset)) + 1
    }

    private func characterCount(from start: Int, to end: Int) -> Int {
        let slice = lines.bytes[start..<end]
        if slice.allSatisfy({ $0 < 0x80 }) { return slice.count }
        return String(decoding: slice, as: UTF8.self).count
    }
}

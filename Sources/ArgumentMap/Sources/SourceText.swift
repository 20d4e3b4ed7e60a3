/// A source document's text indexed for quoting: its lines and its folded form, so that every
/// quote into it is found in one pass. The folded form is as large as the text: it is made for
/// the search and let go with this value, while the lines stay with the document.
struct SourceText {
    let lines: SourceLines
    let folded: FoldedText

    init(_ lines: SourceLines) {
        self.lines = lines
        folded = FoldedText(lines.bytes)
    }

    /// `bytes` must be valid UTF-8 (a leading byte order mark is dropped).
    init(utf8 bytes: [UInt8]) {
        self.init(SourceLines(utf8: bytes))
    }

    /// The span covering the folded bytes `range` (which must not start or end with white space).
    func span(ofFolded range: Range<Int>) -> TextSpan {
        let start = folded.originalOffset(of: range.lowerBound)
        let end = folded.originalOffset(of: range.upperBound - 1) + 1
        let startLine = lines.line(containing: start)
        let endLine = lines.line(containing: end - 1)
        return TextSpan(
            line: startLine + 1, column: characterCount(from: lines.start(ofLine: startLine), to: start) + 1,
            endLine: endLine + 1, endColumn: characterCount(from: lines.start(ofLine: endLine), to: end)
        )
    }

    /// The one-based line of the folded byte at `offset`.
    func line(ofFolded offset: Int) -> Int {
        lines.line(containing: folded.originalOffset(of: offset)) + 1
    }

    private func characterCount(from start: Int, to end: Int) -> Int {
        let slice = lines.bytes[start..<end]
        if slice.allSatisfy({ $0 < 0x80 }) { return slice.count }
        return String(decoding: slice, as: UTF8.self).count
    }
}

import ArgumentMap

/// A document's lines wrapped to a width: each display row is a range of characters of one line.
struct SourceLayout: Hashable, Sendable {
    struct Row: Hashable, Sendable {
        /// Zero-based line of the document.
        var line: Int
        var characters: Range<Int>
    }

    var width: Int
    var rows: [Row]

    init(lines: SourceLines, width: Int) {
        self.width = width
        rows = []
        for (number, line) in lines.enumerated() {
            for range in TextWrapper.wrap(line.terminalSafe, width: width) {
                rows.append(Row(line: number, characters: range))
            }
        }
    }

    /// The first display row of a one-based line.
    func firstRow(ofLine line: Int) -> Int {
        var low = 0
        var high = rows.count
        while low < high {
            let middle = (low + high) / 2
            if rows[middle].line < line - 1 { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

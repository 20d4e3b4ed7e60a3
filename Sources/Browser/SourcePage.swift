import ArgumentMap

/// A source document open at a cited span: which passage is highlighted, the cited passages
/// n/N step through, and the scroll position in wrapped display rows.
struct SourcePage: Hashable, Sendable {
    var document: String
    /// Every cited span of this document, in reading order.
    var spans: [TextSpan]
    var current: Int
    /// The first display row in the viewport.
    var top: Int = 0
    var layout: SourceLayout

    var highlighted: TextSpan? { spans.indices.contains(current) ? spans[current] : nil }
}

/// A document's lines wrapped to a width: each display row is a range of characters of one line.
struct SourceLayout: Hashable, Sendable {
    struct Row: Hashable, Sendable {
        /// Zero-based line of the document.
        var line: Int
        var characters: Range<Int>
    }

    var width: Int
    var rows: [Row]

    init(lines: [String], width: Int) {
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

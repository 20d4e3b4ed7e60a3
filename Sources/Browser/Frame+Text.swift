import Screen

extension Frame {
    /// Writes text up to `limit`, ending with `ellipsis` when it does not fit.
    @discardableResult
    mutating func putTruncated(_ text: String, column: Int, row: Int, style: Style, limit: Int, ellipsis: String) -> Int {
        guard column < limit else { return column }
        if column + DisplayWidth.of(text) <= limit {
            return put(text, column: column, row: row, style: style, limit: limit)
        }
        let end = put(text, column: column, row: row, style: style, limit: limit - 1)
        return put(ellipsis, column: end, row: row, style: style, limit: limit)
    }

    /// Writes text with some ranges in another style (search matches, a quoted span).
    @discardableResult
    mutating func putHighlighted(_ text: String, ranges: [Range<String.Index>], column: Int, row: Int, style: Style, highlight: Style, limit: Int) -> Int {
        guard !ranges.isEmpty else { return put(text, column: column, row: row, style: style, limit: limit) }
        var x = column
        var index = text.startIndex
        while index < text.endIndex, x < limit {
            let next = text.index(after: index)
            let isHighlighted = ranges.contains { $0.contains(index) }
            x = put(text[index..<next], column: x, row: row, style: isHighlighted ? highlight : style, limit: limit)
            index = next
        }
        return x
    }
}

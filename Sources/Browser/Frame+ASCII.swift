import Screen

extension Frame {
    /// Replaces the punctuation a terminal without UTF-8 would show as `?` with its ASCII
    /// look-alike, one column for one, so nothing moves.
    mutating func foldToASCII() {
        for row in 0..<size.height {
            for column in 0..<size.width {
                let cell = self[column, row]
                guard let plain = Self.asciiLookAlikes[cell.text] else { continue }
                put(plain, column: column, row: row, style: cell.style)
            }
        }
    }

    static let asciiLookAlikes: [String: String] = [
        "“": "\"", "”": "\"", "„": "\"", "«": "\"", "»": "\"",
        "‘": "'", "’": "'", "‚": "'",
        "—": "-", "–": "-", "‐": "-", "−": "-", "·": "-", "•": "*",
        "…": "~", "→": ">", "←": "<", "×": "x", "\u{A0}": " ",
        // The evaluation labels as `Glyphs.ascii` draws them, for where text names them.
        "✓": "Y", "✗": "N", "○": "o",
    ]
}

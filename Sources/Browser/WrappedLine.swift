import ArgumentMap

/// One line of a source as shown: its terminal-safe text, and which of its characters each of
/// its display rows holds.
struct WrappedLine {
    let text: String
    /// Each display row's characters, as offsets into `text`'s characters.
    let pieces: [Range<Int>]
    /// Where each character of `text` starts, then its end; nil for ASCII, a character a byte.
    private let characterStarts: [String.Index]?

    /// Printable ASCII that fits one row: nothing to escape or wrap.
    init(fittingASCII text: String) {
        self.text = text
        pieces = [0..<text.utf8.count]
        characterStarts = nil
    }

    /// `text` made terminal-safe and wrapped to `width` columns.
    init(_ text: String, width: Int) {
        let safe = text.terminalSafe
        self.text = safe
        pieces = TextWrapper.wrap(Array(safe), width: width)
        characterStarts = Array(safe.indices) + [safe.endIndex]
    }

    var characterCount: Int { characterStarts.map { $0.count - 1 } ?? text.utf8.count }

    /// The characters at `offsets`.
    subscript(offsets: Range<Int>) -> Substring {
        guard let characterStarts else {
            let utf8 = text.utf8
            return text[utf8.index(utf8.startIndex, offsetBy: offsets.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: offsets.upperBound)]
        }
        return text[characterStarts[offsets.lowerBound]..<characterStarts[offsets.upperBound]]
    }
}

import ArgumentMap

/// One line of a source as shown: its terminal-safe text, and which of its characters each of
/// its display rows holds.
struct WrappedLine {
    /// Each display row's characters, as offsets into the characters shown.
    let pieces: [Range<Int>]
    private let shown: Shown

    /// The characters shown, held in the cheapest form that can be cut at character offsets.
    private enum Shown {
        /// Printable ASCII: a character a byte.
        case ascii(String)
        /// Text that needs no escape, and where each character starts, then its end.
        case unescaped(String, characterStarts: [String.Index])
        /// Text with control characters shown as their escapes (`\u{7}`, `\e`), and where each
        /// character of the line starts among the characters shown, then its end.
        case escaped([Character], lineStarts: [Int])
    }

    /// Printable ASCII that fits one row: nothing to escape or wrap.
    init(fittingASCII text: String) {
        pieces = [0..<text.utf8.count]
        shown = .ascii(text)
    }

    /// `text` made terminal-safe and wrapped to `width` columns.
    init(_ text: String, width: Int) {
        if text.unicodeScalars.contains(where: \.needsEscapeOnTerminal) {
            var characters: [Character] = []
            var lineStarts: [Int] = []
            for character in text {
                lineStarts.append(characters.count)
                characters += String(character).terminalSafe
            }
            lineStarts.append(characters.count)
            pieces = TextWrapper.wrap(characters, width: width)
            shown = .escaped(characters, lineStarts: lineStarts)
        } else {
            pieces = TextWrapper.wrap(Array(text), width: width)
            shown = .unescaped(text, characterStarts: Array(text.indices) + [text.endIndex])
        }
    }

    var characterCount: Int {
        switch shown {
        case .ascii(let text): text.utf8.count
        case .unescaped(_, let starts): starts.count - 1
        case .escaped(let characters, _): characters.count
        }
    }

    /// Where the line's character at `offset` (zero-based, as a span's columns count) is among
    /// the characters shown: further on, past each control character spelt out before it.
    func shownOffset(ofLineCharacter offset: Int) -> Int {
        guard case .escaped(_, let lineStarts) = shown else { return offset }
        return lineStarts[max(0, min(offset, lineStarts.count - 1))]
    }

    /// The display row that shows the line's character at `offset`.
    func piece(showingLineCharacter offset: Int) -> Int {
        let shownOffset = shownOffset(ofLineCharacter: offset)
        return pieces.lastIndex { $0.lowerBound <= shownOffset } ?? 0
    }

    /// The characters shown at `offsets`.
    subscript(offsets: Range<Int>) -> Substring {
        switch shown {
        case .ascii(let text):
            let utf8 = text.utf8
            return text[utf8.index(utf8.startIndex, offsetBy: offsets.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: offsets.upperBound)]
        case .unescaped(let text, let starts):
            return text[starts[offsets.lowerBound]..<starts[offsets.upperBound]]
        case .escaped(let characters, _):
            return Substring(String(characters[offsets]))
        }
    }
}

import Screen

/// A line being typed (a search, a note), with a cursor: Left/Right, Home/End, Ctrl-A/Ctrl-E
/// move it, Backspace and Delete take the character before or under it, Ctrl-W the word before
/// it, Ctrl-U all that is before it.
struct TextField: Hashable, Sendable {
    private(set) var text: String
    /// How many characters stand before the cursor.
    private(set) var cursor: Int

    init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    enum Edit: Equatable {
        case changed, moved, ignored
    }

    mutating func edit(_ key: Key) -> Edit {
        let cursorIndex = text.index(text.startIndex, offsetBy: cursor)
        switch key {
        case .character(let character):
            text.insert(character, at: cursorIndex)
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return .ignored }
            text.remove(at: text.index(before: cursorIndex))
            cursor -= 1
        case .delete, .control("d"):
            guard cursorIndex < text.endIndex else { return .ignored }
            text.remove(at: cursorIndex)
        case .control("u"):
            guard cursor > 0 else { return .ignored }
            text.removeSubrange(..<cursorIndex)
            cursor = 0
        case .control("w"):
            let before = text[..<cursorIndex]
            let wordEnd = before.lastIndex { $0 != " " }.map { text.index(after: $0) } ?? text.startIndex
            let wordStart = before[..<wordEnd].lastIndex(of: " ").map { text.index(after: $0) } ?? text.startIndex
            guard wordStart < cursorIndex else { return .ignored }
            cursor -= text.distance(from: wordStart, to: cursorIndex)
            text.removeSubrange(wordStart..<cursorIndex)
        case .left, .control("b"): return move(to: cursor - 1)
        case .right, .control("f"): return move(to: cursor + 1)
        case .home, .control("a"): return move(to: 0)
        case .end, .control("e"): return move(to: text.count)
        default: return .ignored
        }
        return .changed
    }

    /// Inserts `pasted` at the cursor as one line: the line breaks at its ends dropped, each
    /// other line break, tab or control character a space.
    mutating func paste(_ pasted: String) -> Edit {
        let lines = pasted.drop { $0.isNewline }.reversed().drop { $0.isNewline }.reversed()
        let line = String(lines.map { $0.isNewline || $0.unicodeScalars.contains { $0.properties.generalCategory == .control } ? " " : $0 })
        guard !line.isEmpty else { return .ignored }
        text.insert(contentsOf: line, at: text.index(text.startIndex, offsetBy: cursor))
        cursor += line.count
        return .changed
    }

    private mutating func move(to position: Int) -> Edit {
        cursor = min(max(position, 0), text.count)
        return .moved
    }

    var beforeCursor: String { String(text.prefix(cursor)) }
    var afterCursor: String { String(text.dropFirst(cursor)) }
}

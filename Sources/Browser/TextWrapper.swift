import Screen

/// Splits text into lines no wider than a number of terminal columns, breaking at spaces
/// where it can and inside a word only when the word alone is wider than the line.
enum TextWrapper {
    /// Each line as a range of character offsets into `text`.
    static func wrap(_ text: String, width: Int) -> [Range<Int>] {
        wrap(Array(text), width: width)
    }

    /// Each line as a range of offsets into `characters`.
    static func wrap(_ characters: [Character], width: Int) -> [Range<Int>] {
        guard width > 0, !characters.isEmpty else { return [0..<0] }
        var lines: [Range<Int>] = []
        var start = 0
        while start < characters.count {
            var used = 0
            var end = start
            var lastSpace: Int?
            while end < characters.count {
                let characterWidth = DisplayWidth.of(characters[end])
                if used + characterWidth > width { break }
                if characters[end] == " " { lastSpace = end }
                used += characterWidth
                end += 1
            }
            if end == characters.count {
                lines.append(start..<end)
                break
            }
            if let space = lastSpace, space > start {
                lines.append(start..<space)
                start = space + 1
            } else {
                end = max(end, start + 1)
                lines.append(start..<end)
                start = end
            }
        }
        return lines
    }

    /// The line of `text` that starts at `start`, broken as `wrap` breaks it, and where the next
    /// one starts (nil after the last): for wrapping a long text only as far as it is read.
    static func line(of text: String, from start: String.Index, width: Int) -> (line: Range<String.Index>, next: String.Index?) {
        guard width > 0 else { return (start..<text.endIndex, nil) }
        var used = 0
        var end = start
        var lastSpace: String.Index?
        while end < text.endIndex {
            let characterWidth = DisplayWidth.of(text[end])
            if used + characterWidth > width { break }
            if text[end] == " " { lastSpace = end }
            used += characterWidth
            end = text.index(after: end)
        }
        if end == text.endIndex { return (start..<end, nil) }
        if let space = lastSpace, space > start {
            let next = text.index(after: space)
            return (start..<space, next < text.endIndex ? next : nil)
        }
        if end == start { end = text.index(after: start) }
        return (start..<end, end < text.endIndex ? end : nil)
    }

    static func lines(_ text: String, width: Int) -> [String] {
        let characters = Array(text)
        return wrap(text, width: width).map { String(characters[$0]) }
    }
}

import Screen

/// The bottom line's parts and how they give way when it is too narrow for them all: the
/// lowest-ranked part takes its shorter forms, then goes, and an elastic part (the map's title)
/// is cut to the room left before it goes. What is happening now therefore outlasts what stays
/// the same, and a part that must be cut is cut once, with one ellipsis.
struct StatusLine {
    struct Part {
        /// From longest to shortest.
        var forms: [String]
        /// Higher ranks stay longer.
        var rank: Rank
        /// Cut with an ellipsis to as few as `Part.elasticMinimum` columns before it goes.
        var isElastic = false

        init(_ forms: String..., rank: Rank, isElastic: Bool = false) {
            self.forms = forms
            self.rank = rank
            self.isElastic = isElastic
        }

        static let elasticMinimum = 8
    }

    /// From the first to give way to the last.
    enum Rank: Int, Comparable {
        case title, help, setting, errors, position, notice, message

        static func < (lhs: Rank, rhs: Rank) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The parts from the left, in the order they are shown.
    var left: [Part]
    /// The part at the right edge.
    var right: Part?

    /// The left text and the right one at `width` columns, with one column of margin at
    /// each edge and at least two between them.
    func laidOut(width: Int, separator: String, ellipsis: String) -> (left: String, right: String) {
        let separatorWidth = DisplayWidth.of(separator) + 2
        let room = width - 2
        let parts = left + [right].compactMap { $0 }
        let rightIndex = right == nil ? nil : left.count
        var shown: [String?] = parts.map(\.forms.first)
        func leftTexts() -> [String] {
            shown.indices.filter { $0 != rightIndex }.compactMap { shown[$0] }
        }
        func used() -> Int {
            let texts = leftTexts()
            let leftWidth = texts.map(DisplayWidth.of).reduce(0, +) + separatorWidth * max(0, texts.count - 1)
            guard let rightIndex, let rightText = shown[rightIndex] else { return leftWidth }
            return leftWidth + (texts.isEmpty ? 0 : 2) + DisplayWidth.of(rightText)
        }
        let weakestFirst = parts.indices.sorted { parts[$0].rank < parts[$1].rank }
        func shorten(_ index: Int) {
            for form in parts[index].forms.dropFirst() where used() > room && shown[index] != nil { shown[index] = form }
        }
        func giveWay(_ index: Int) {
            shorten(index)
            guard used() > room, let text = shown[index] else { return }
            let kept = DisplayWidth.of(text) - (used() - room)
            let mayBeCut = index == weakestFirst.last || (parts[index].isElastic && kept >= Part.elasticMinimum)
            shown[index] = mayBeCut ? Self.cut(text, toWidth: kept, ellipsis: ellipsis) : nil
        }
        // What stays the same goes before what is happening now takes a shorter form.
        for index in weakestFirst where parts[index].rank < Rank.position { giveWay(index) }
        for index in weakestFirst { shorten(index) }
        for index in weakestFirst { giveWay(index) }
        return (leftTexts().joined(separator: " \(separator) "), rightIndex.flatMap { shown[$0] } ?? "")
    }

    /// `text` in at most `width` columns, ending with one ellipsis when it had to be cut.
    static func cut(_ text: String, toWidth width: Int, ellipsis: String) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        guard width > 0 else { return "" }
        var kept = ""
        var used = 0
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width - DisplayWidth.of(ellipsis) { break }
            kept.append(character)
            used += characterWidth
        }
        while let last = kept.last, last == " " || String(last) == ellipsis { kept.removeLast() }
        return kept + ellipsis
    }
}

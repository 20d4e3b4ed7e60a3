import ArgumentMap
import Foundation

/// An active search: what is typed, and where the search began so Esc can return there.
struct Search: Hashable, Sendable {
    var field: TextField
    var query: String { field.text }
    /// True while the query is still being typed.
    var isEditing: Bool
    /// The outline as it was when `/` was pressed.
    var origin: Outline
    /// The scan for the next match, while it has neither found one nor looked everywhere.
    var scan: SearchScan?
    /// What the search last said (no match, gone round the end), kept for Enter to leave on screen.
    var outcome: String?
    /// Which earlier search Up and Down have brought back, as an index into the history.
    private var recalled: Int?
    /// What was typed before the first Up, which Down past the newest search gives back.
    private var typed = ""

    init(field: TextField, isEditing: Bool, origin: Outline) {
        self.field = field
        self.isEditing = isEditing
        self.origin = origin
    }

    /// Up (`older`) or Down: puts the earlier search it reaches in the prompt, or, Down past the
    /// newest, what was typed. False when there is none to go to.
    mutating func recall(older: Bool, from history: SearchHistory) -> Bool {
        let queries = history.queries
        switch recalled {
        case nil where older:
            guard !queries.isEmpty else { return false }
            typed = query
            recalled = queries.count - 1
        case let index? where older:
            guard index > 0 else { return false }
            recalled = index - 1
        case nil:
            return false
        case let index?:
            recalled = index + 1 < queries.count ? index + 1 : nil
        }
        field = TextField(recalled.map { queries[$0] } ?? typed)
        return true
    }

    /// Typing into a search brought back makes it what is typed: Up starts again from the newest.
    mutating func forgetRecall() {
        recalled = nil
    }

    /// The ranges of `text` that match, for highlighting.
    static func ranges(of query: String, in text: String) -> [Range<String.Index>] {
        guard !query.isEmpty else { return [] }
        var result: [Range<String.Index>] = []
        var searchStart = text.startIndex
        while searchStart < text.endIndex,
              let found = text.range(of: query, options: [.caseInsensitive, .diacriticInsensitive], range: searchStart..<text.endIndex) {
            result.append(found)
            searchStart = found.upperBound > found.lowerBound ? found.upperBound : text.index(after: found.lowerBound)
        }
        return result
    }
}

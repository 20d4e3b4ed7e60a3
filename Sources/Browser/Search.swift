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

import ArgumentMap
import Foundation

/// An active search: what is typed, and where the search began so Esc can return there.
struct Search: Hashable, Sendable {
    var query: String
    /// True while the query is still being typed.
    var isEditing: Bool
    /// The outline as it was when `/` was pressed.
    var origin: Outline
    /// Where the bounded scans since the last match have got, while they have found nothing.
    var unfinished: UnfinishedScan?

    /// Bounded scans that stopped without a match: where to go on from with n/N, and how many
    /// nodes they have looked at in one direction, to say how far the search has got and when it
    /// has been everywhere (turning back starts the count again).
    struct UnfinishedScan: Hashable, Sendable {
        var resumeAt: Int
        var scanned: Int
        var forward: Bool
    }

    /// How many nodes one key may scan, so a huge map never freezes the screen.
    static let budget = 200_000

    enum Outcome: Hashable {
        case found(NodeID)
        case stopped(at: Int)
        case none
    }

    /// The next node in preorder after `start` (or at it, when `includingStart`) whose title,
    /// text or quotes contain `query`, wrapping around, scanning at most `budget` nodes.
    static func scan(
        for query: String, from start: Int, forward: Bool, includingStart: Bool, tree: OutlineTree, map: ArgumentMap
    ) -> Outcome {
        let count = tree.preorder.count
        guard !query.isEmpty, count > 0 else { return .none }
        let matcher = SearchMatcher(query)
        let step = forward ? 1 : count - 1
        var position = includingStart ? start : (start + step) % count
        for scanned in 1...min(count, budget) {
            let node = NodeID(Int(tree.preorder[position]))
            if matcher.matches(map[node]) { return .found(node) }
            if scanned < min(count, budget) { position = (position + step) % count }
        }
        return count > budget ? .stopped(at: position) : .none
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

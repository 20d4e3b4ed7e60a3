import ArgumentMap
import Screen

/// Searching as the query is typed, `n` and `N`, and a search that goes on between keys: each key
/// looks at one slice of the map, and while a search has neither found a match nor looked
/// everywhere, the run loop has it look at one slice after another whenever no input is waiting.
extension BrowserState {
    /// Whether a search goes on between keys: the run loop calls `workBetweenKeys()` whenever no
    /// input is waiting, until this is false.
    public var hasWorkBetweenKeys: Bool { search?.scan?.goesOn == true }

    /// Looks at the next slice of a search that goes on between keys, and jumps to its match once
    /// found; the status line says how far it has got, or that nothing matches.
    public mutating func workBetweenKeys() {
        guard let scan = search?.scan, scan.goesOn else { return }
        let selected = outline.selected
        searchOn(scan)
        if outline.selected != selected {
            detailScroll = nil
            keepCursorVisible()
        }
    }

    mutating func editSearch(_ key: Key) -> [Effect] {
        guard var current = search else { return [] }
        switch key {
        case .backspace where current.query.isEmpty:
            outline = current.origin
            search = nil
            return []
        case .escape, .control("c"):
            outline = current.origin
            search = nil
            keepCursorVisible()
            return []
        case .enter:
            current.isEditing = false
            message = current.outcome
            if current.query.isEmpty {
                search = nil
            } else {
                search = current
                searchHistory.add(current.query)
                remember(Place(view: .outline, outline: current.origin))
            }
            return []
        case .up, .down:
            guard current.recall(older: key == .up, from: searchHistory) else { return [] }
            search = current
            return searchForQuery()
        default:
            return editSearchField { $0.edit(key) }
        }
    }

    /// Changes the query being typed by `edit`, and searches again for what it now says.
    mutating func editSearchField(_ edit: (inout TextField) -> TextField.Edit) -> [Effect] {
        guard var current = search else { return [] }
        switch edit(&current.field) {
        case .ignored: return []
        case .moved:
            search = current
            return []
        case .changed: current.forgetRecall()
        }
        search = current
        return searchForQuery()
    }

    /// Searches from where the search began for what its query now says.
    private mutating func searchForQuery() -> [Effect] {
        guard var current = search else { return [] }
        outline = current.origin
        current.scan = nil
        search = current
        searchOn(SearchScan(from: selectedPreorderPosition ?? 0, forward: true))
        keepCursorVisible()
        return []
    }

    /// `n` (or `N`): the next match after the selected claim, or, after a search stopped by
    /// another key, the rest of that search.
    mutating func findNext(forward: Bool) {
        guard let current = search, !current.query.isEmpty else {
            message = "no search; press / to search"
            return
        }
        if var stopped = current.scan, stopped.forward == forward {
            stopped.goesOn = true
            return searchOn(stopped)
        }
        searchOn(SearchScan(after: selectedPreorderPosition ?? 0, forward: forward, count: tree.preorder.count))
    }

    /// Stops a search going on between keys, for a key that is not part of it: the reader has
    /// moved on. `n` (or `N`) goes on from where it stopped.
    mutating func stopSearching() {
        guard let scan = search?.scan, scan.goesOn else { return }
        search?.scan?.goesOn = false
        message = "search stopped at \(scan.scanned) of \(tree.preorder.count) claims: \(scan.forward ? "n" : "N") goes on"
    }

    /// Looks at the next slice of `scan` and shows what it found: the match, how far the search
    /// has got, or, once everything has been looked at, that nothing matches.
    private mutating func searchOn(_ scan: SearchScan) {
        guard let query = search?.query else { return }
        search?.scan = nil
        message = nil
        guard !query.isEmpty else { return }
        switch scan.scanningSlice(for: SearchMatcher(query), tree: tree, map: map) {
        case .found(let node):
            outline.jump(toFirstPlaceOf: node, tree: tree, map: map)
            if scan.wrapped(at: Int(tree.preorderIndex[node.offset])) {
                message = scan.forward ? "search hit the bottom, went on from the top" : "search hit the top, went on from the bottom"
            }
        case .unfinished(let rest):
            search?.scan = rest
            message = "searching\(glyphs.ellipsis) \(rest.scanned) of \(tree.preorder.count) claims"
        case .exhausted:
            message = "no match for “\(query.terminalSafe)”"
        }
        search?.outcome = message
    }

    private var selectedPreorderPosition: Int? {
        outline.selected.map { Int(tree.preorderIndex[$0.node.offset]) }
    }
}

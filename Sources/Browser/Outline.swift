import ArgumentMap

/// The visible rows of the outline (a flat index over the unfolded tree), which nodes are
/// open, the cursor and the scroll offset. Opening a node inserts its subtree's rows after
/// it and closing removes that range, so a fold never rebuilds the rest of the index.
struct Outline: Hashable, Sendable {
    private(set) var rows: [OutlineRow]
    /// Whether each node's first place is unfolded, by `NodeID.offset`.
    private(set) var open: [Bool]
    var cursor: Int = 0
    /// The first row in the viewport.
    var scroll: Int = 0
    /// How many rows have been generated so far: shows that a fold touches only its subtree.
    private(set) var generatedRows = 0
    /// The depth the whole outline was last folded or unfolded to (`z` and `x`: 0, `Z`: all),
    /// which nodes read after the beginning take too; nil until such a key is pressed.
    private(set) var laterNodesOpenToDepth: Int?

    init(tree: OutlineTree, map: ArgumentMap, openToDepth depth: Int) {
        open = tree.firstPlaces(shallowerThan: depth, in: map)
        rows = []
        rebuild(tree: tree, map: map)
    }

    var selected: OutlineRow? { rows.indices.contains(cursor) ? rows[cursor] : nil }

    func isOpen(_ node: NodeID) -> Bool { open[node.offset] }

    /// Whether the row can be unfolded at all: a first place with something under it.
    func isExpandable(_ row: OutlineRow, map: ArgumentMap) -> Bool {
        !row.isReference && map.childCount(row.node) > 0
    }

    // MARK: Folding

    /// Unfolds or folds the node at `index`; a cross-reference or a leaf stays as it is.
    mutating func setOpen(_ isOpen: Bool, at index: Int, tree: OutlineTree, map: ArgumentMap) {
        guard rows.indices.contains(index) else { return }
        let row = rows[index]
        guard isExpandable(row, map: map), open[row.node.offset] != isOpen else { return }
        open[row.node.offset] = isOpen
        if isOpen {
            let inserted = Self.subtreeRows(of: row.node, depth: row.depth + 1, open: open, tree: tree, map: map)
            rows.insert(contentsOf: inserted, at: index + 1)
            generatedRows += inserted.count
            if cursor > index { cursor += inserted.count }
        } else {
            let end = subtreeEnd(of: index)
            rows.removeSubrange((index + 1)..<end)
            if cursor >= end {
                cursor -= end - index - 1
            } else if cursor > index {
                cursor = index
            }
        }
    }

    /// Folds everything: only the roots stay, and the cursor moves to the root it was under.
    mutating func foldAll(tree: OutlineTree, map: ArgumentMap) {
        let rootIndex = rows.prefix(cursor + 1).reduce(-1) { $0 + ($1.depth == 0 ? 1 : 0) }
        open = Array(repeating: false, count: open.count)
        laterNodesOpenToDepth = 0
        rebuild(tree: tree, map: map)
        cursor = max(0, rootIndex)
    }

    /// Sets every node open whose first place is shallower than `depth` (Int.max: all of them).
    mutating func unfold(toDepth depth: Int, tree: OutlineTree, map: ArgumentMap) {
        let anchor = selected
        open = tree.firstPlaces(shallowerThan: depth, in: map)
        laterNodesOpenToDepth = depth
        rebuild(tree: tree, map: map)
        cursor = anchor.flatMap { nearestVisible($0, tree: tree, map: map) } ?? 0
    }

    /// Folds everything except the path from the root to the cursor.
    mutating func foldAllButPath(tree: OutlineTree, map: ArgumentMap) {
        let anchor = selected
        open = Array(repeating: false, count: open.count)
        laterNodesOpenToDepth = 0
        rebuild(tree: tree, map: map)
        guard let anchor else { return }
        reveal(anchor, tree: tree, map: map)
        cursor = index(of: anchor) ?? 0
    }

    /// Unfolds every ancestor of the row (its parent's first place and that node's ancestors),
    /// inserting rows once, below the topmost ancestor that was folded.
    mutating func reveal(_ target: OutlineRow, tree: OutlineTree, map: ArgumentMap) {
        guard target.relation != OutlineTree.none else { return }  // roots are always visible
        let parent = map.relations[Int(target.relation)].to
        let path = [parent] + tree.ancestors(of: parent, in: map)
        // Nearest first; open from the top so only the topmost folded one inserts rows.
        guard let topmost = path.last(where: { !open[$0.offset] }) else { return }
        for node in path where node != topmost { open[node.offset] = true }
        if let index = firstPlaceRow(of: topmost, tree: tree) {
            setOpen(true, at: index, tree: tree, map: map)
        }
    }

    /// Unfolds the ancestors of the node's first place and moves the cursor there.
    mutating func jump(toFirstPlaceOf node: NodeID, tree: OutlineTree, map: ArgumentMap) {
        let row = firstPlace(of: node, tree: tree, map: map)
        reveal(row, tree: tree, map: map)
        if let index = index(of: row) { cursor = index }
    }

    /// Takes over the folds of `beginning`, the outline of this map's beginning (its nodes are
    /// the first ones here), and its selected row on the same screen line; where that row is
    /// no longer a first place, the node's first place is selected instead. The nodes read
    /// later are folded as the reader last folded the whole beginning, if they did.
    mutating func carry(from beginning: Outline, tree: OutlineTree, map: ArgumentMap, height: Int) {
        let shared = 0..<min(beginning.open.count, open.count)
        var carried = open
        carried.replaceSubrange(shared, with: beginning.open[shared])
        if let depth = beginning.laterNodesOpenToDepth {
            let shallower = tree.firstPlaces(shallowerThan: depth, in: map)
            carried.replaceSubrange(shared.upperBound..., with: shallower[shared.upperBound...])
        }
        laterNodesOpenToDepth = beginning.laterNodesOpenToDepth
        // Rows are built again only where the reader folded otherwise than the first outline does.
        if carried != open {
            open = carried
            rebuild(tree: tree, map: map)
        }
        guard let selected = beginning.selected else { return }
        if let index = index(of: selected) {
            cursor = index
        } else if selected.node.offset < open.count {
            jump(toFirstPlaceOf: selected.node, tree: tree, map: map)
        }
        scroll = max(0, cursor - (beginning.cursor - beginning.scroll))
        keepCursorVisible(height: height, tree: tree)
    }

    // MARK: Finding rows

    /// The row of the node's first place, whether visible or not.
    func firstPlace(of node: NodeID, tree: OutlineTree, map: ArgumentMap) -> OutlineRow {
        let relation = tree.placingRelation[node.offset]
        return OutlineRow(node: node, relation: relation, depth: tree.depth(of: node, in: map), isReference: false, isLast: false)
    }

    func firstPlaceRow(of node: NodeID, tree: OutlineTree) -> Int? {
        let relation = tree.placingRelation[node.offset]
        return rows.firstIndex { $0.relation == relation && $0.node == node && !$0.isReference }
    }

    /// A row is known by its relation (each relation is one place in the tree) or, for a root, its node.
    func index(of target: OutlineRow) -> Int? {
        rows.firstIndex { $0.relation == target.relation && $0.node == target.node && $0.isReference == target.isReference }
    }

    /// The index just past the row's subtree.
    func subtreeEnd(of index: Int) -> Int {
        let depth = rows[index].depth
        var end = index + 1
        while end < rows.count, rows[end].depth > depth { end += 1 }
        return end
    }

    func parentIndex(of index: Int) -> Int? {
        guard rows.indices.contains(index), rows[index].depth > 0 else { return nil }
        let depth = rows[index].depth
        var candidate = index - 1
        while candidate >= 0, rows[candidate].depth >= depth { candidate -= 1 }
        return candidate >= 0 ? candidate : nil
    }

    func siblingIndex(of index: Int, forward: Bool) -> Int? {
        guard rows.indices.contains(index) else { return nil }
        let depth = rows[index].depth
        var candidate = index + (forward ? 1 : -1)
        while rows.indices.contains(candidate), rows[candidate].depth > depth { candidate += forward ? 1 : -1 }
        guard rows.indices.contains(candidate), rows[candidate].depth == depth else { return nil }
        return candidate
    }

    /// For each level above the row, whether the ancestor at that level has a later sibling
    /// (so its guide continues as a vertical line). Walks up from the row only as far as needed;
    /// render asks once per screen and derives the rows below with `continuingLevels(after:)`.
    func continuingLevels(of index: Int) -> [Bool] {
        let depth = Int(rows[index].depth)
        guard depth > 1 else { return [] }
        var result = [Bool](repeating: false, count: depth - 1)
        var level = depth - 1
        var candidate = index - 1
        while level > 0, candidate >= 0 {
            if Int(rows[candidate].depth) == level {
                result[level - 1] = !rows[candidate].isLast
                level -= 1
            }
            candidate -= 1
        }
        return result
    }

    /// The continuing levels of the row after `index`, from those of the row at `index`.
    func continuingLevels(after index: Int, levels: [Bool]) -> [Bool] {
        guard index + 1 < rows.count else { return [] }
        let next = Int(rows[index + 1].depth)
        return Array((levels + [!rows[index].isLast]).prefix(max(0, next - 1)))
    }

    // MARK: Screen lines

    /// The screen lines from row `scroll` on, at most `height` of them. The first row keeps
    /// as many of its headings as fit above it.
    func lines(from scroll: Int, height: Int, tree: OutlineTree) -> [OutlineLine] {
        var result: [OutlineLine] = []
        var index = scroll
        while result.count < height, rows.indices.contains(index) {
            var headings = headings(above: index, tree: tree)
            if index == scroll { headings = Array(headings.suffix(max(0, height - 1))) }
            result += headings.prefix(height - result.count)
            if result.count < height { result.append(.row(index)) }
            index += 1
        }
        return result
    }

    /// The headings drawn above the row: only a root opens sections.
    func headings(above index: Int, tree: OutlineTree) -> [OutlineLine] {
        guard !tree.headingsAbove.isEmpty, rows[index].depth == 0 else { return [] }
        return tree.headingsAbove[Int32(rows[index].node.offset)] ?? []
    }

    /// The screen lines a row takes: itself and its headings.
    func lineCount(at index: Int, tree: OutlineTree) -> Int {
        1 + headings(above: index, tree: tree).count
    }

    /// The first row to show so that the row at `index` is the last line on screen.
    func scroll(endingAt index: Int, height: Int, tree: OutlineTree) -> Int {
        var top = index
        var used = lineCount(at: index, tree: tree)
        while top > 0, used + lineCount(at: top - 1, tree: tree) <= height {
            top -= 1
            used += lineCount(at: top, tree: tree)
        }
        return top
    }

    /// Scrolls as little as needed to show the cursor, and no further than the last screenful.
    mutating func keepCursorVisible(height: Int, tree: OutlineTree) {
        guard !rows.isEmpty else {
            scroll = 0
            return
        }
        if cursor < scroll { scroll = cursor }
        if cursor - scroll >= height || !lines(from: scroll, height: height, tree: tree).contains(.row(cursor)) {
            scroll = scroll(endingAt: cursor, height: height, tree: tree)
        }
        scroll = max(0, min(scroll, scroll(endingAt: rows.count - 1, height: height, tree: tree)))
    }

    // MARK: Building

    private mutating func rebuild(tree: OutlineTree, map: ArgumentMap) {
        var result: [OutlineRow] = []
        for root in tree.rootRows {
            result.append(root)
            if !root.isReference, open[root.node.offset] {
                result += Self.subtreeRows(of: root.node, depth: 1, open: open, tree: tree, map: map)
            }
        }
        rows = result
        generatedRows += result.count
        cursor = min(cursor, max(0, rows.count - 1))
    }

    /// The row itself if visible, else its nearest visible ancestor.
    private func nearestVisible(_ row: OutlineRow, tree: OutlineTree, map: ArgumentMap) -> Int? {
        if let found = index(of: row) { return found }
        guard row.relation != OutlineTree.none else { return nil }
        let parent = map.relations[Int(row.relation)].to
        for ancestor in [parent] + tree.ancestors(of: parent, in: map) {
            if let found = firstPlaceRow(of: ancestor, tree: tree) { return found }
        }
        return nil
    }

    /// The visible rows under an open node, in order, without recursion.
    static func subtreeRows(of node: NodeID, depth: Int32, open: [Bool], tree: OutlineTree, map: ArgumentMap) -> [OutlineRow] {
        var result: [OutlineRow] = []
        var stack: [(children: ArraySlice<Int32>, depth: Int32)] = [(map.incomingRelationIndices(node), depth)]
        while !stack.isEmpty {
            guard let relationIndex = stack[stack.count - 1].children.popFirst() else {
                stack.removeLast()
                continue
            }
            let level = stack[stack.count - 1].depth
            let child = map.relations[Int(relationIndex)].from
            let isReference = !tree.isFirstPlace(of: child, through: relationIndex)
            let isLast = stack[stack.count - 1].children.isEmpty
            result.append(OutlineRow(node: child, relation: relationIndex, depth: level, isReference: isReference, isLast: isLast))
            if !isReference, open[child.offset], map.childCount(child) > 0 {
                stack.append((map.incomingRelationIndices(child), level + 1))
            }
        }
        return result
    }
}

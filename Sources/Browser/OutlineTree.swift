import ArgumentMap

/// The map's graph seen as a tree: every node has exactly one first place, found by one
/// iterative preorder walk from the roots; every other place it appears is a cross-reference.
/// Computed once per map; folding never changes it.
struct OutlineTree: Sendable {
    static let none: Int32 = -1

    /// The relation through which each node has its first place; `none` for a root. The node
    /// it is placed under is that relation's `to`, so no array of parents is kept beside it.
    private(set) var placingRelation: [Int32]
    /// Every node once, in the order the fully unfolded outline meets its first place.
    private(set) var preorder: [Int32]
    private(set) var preorderIndex: [Int32]
    /// Support and attack relations in each node's subtree, for folded rows.
    private(set) var tallies: SubtreeTallies
    /// The top-level rows, in order.
    private(set) var rootRows: [OutlineRow]
    /// The section headings drawn above a root's row (outermost first), by the root's
    /// `NodeID.offset`: those of its section that the root before it did not already open.
    private(set) var headingsAbove: [Int32: [OutlineLine]]

    init(map: ArgumentMap) {
        let count = map.nodes.count
        placingRelation = Array(repeating: Self.none, count: count)
        preorder = []
        preorder.reserveCapacity(count)
        preorderIndex = Array(repeating: Self.none, count: count)
        var supporters = [Int32](repeating: 0, count: count)
        var attackers = [Int32](repeating: 0, count: count)
        rootRows = []
        headingsAbove = Self.headings(above: map.roots, in: map)

        let relations = map.relations
        // Each node on the path from the root, with its incoming relations and how many are walked.
        var stack: [(node: Int, incoming: ArraySlice<Int32>, next: Int)] = []
        let roots = map.roots
        for (position, root) in roots.enumerated() {
            let isLast = position == roots.count - 1
            let isPlaced = preorderIndex[root.offset] != Self.none
            rootRows.append(OutlineRow(node: root, relation: Self.none, depth: 0, isReference: isPlaced, isLast: isLast))
            guard !isPlaced else { continue }
            preorderIndex[root.offset] = Int32(preorder.count)
            preorder.append(Int32(root.offset))
            stack.append((root.offset, map.incomingRelationIndices(root), 0))
            while !stack.isEmpty {
                let top = stack.count - 1
                let node = stack[top].node
                guard stack[top].next < stack[top].incoming.endIndex - stack[top].incoming.startIndex else {
                    stack.removeLast()
                    Self.countSupportAndAttack(
                        below: node, under: stack.last?.node, through: map.incomingRelationIndices(NodeID(node)), of: relations,
                        into: &supporters, &attackers)
                    continue
                }
                let relationIndex = stack[top].incoming[stack[top].incoming.startIndex + stack[top].next]
                stack[top].next += 1
                let child = relations[Int(relationIndex)].from.offset
                guard preorderIndex[child] == Self.none else { continue }
                preorderIndex[child] = Int32(preorder.count)
                preorder.append(Int32(child))
                placingRelation[child] = relationIndex
                stack.append((child, map.incomingRelationIndices(NodeID(child)), 0))
            }
        }
        tallies = SubtreeTallies(supporters: supporters, attackers: attackers)
    }

    /// Adds the node's own support and attack to what its subtree's nodes, all counted before it,
    /// gave it, and hands the sum to its parent (nil for a root).
    private static func countSupportAndAttack(
        below node: Int, under parent: Int?, through incoming: ArraySlice<Int32>, of relations: [Relation],
        into supporters: inout [Int32], _ attackers: inout [Int32]
    ) {
        for relationIndex in incoming {
            let kind = relations[Int(relationIndex)].kind
            if kind.isSupport { supporters[node] += 1 }
            if kind.isAttack { attackers[node] += 1 }
        }
        if let parent {
            supporters[parent] += supporters[node]
            attackers[parent] += attackers[node]
        }
    }

    private static func headings(above roots: [NodeID], in map: ArgumentMap) -> [Int32: [OutlineLine]] {
        guard !map.sections.isEmpty else { return [:] }
        var result: [Int32: [OutlineLine]] = [:]
        var previous: [SectionID] = []
        for root in roots {
            let path = sectionPath(to: map[root].section, in: map)
            guard path != previous else { continue }
            let shared = zip(path, previous).prefix { $0 == $1 }.count
            // Back from a subsection to its parent: name the parent again.
            let start = min(shared, path.count - 1)
            if start >= 0 {
                result[Int32(root.offset)] = (start..<path.count).map { .heading(path[$0], depth: $0) }
            }
            previous = path
        }
        return result
    }

    /// The section and its enclosing sections, outermost first.
    static func sectionPath(to section: SectionID?, in map: ArgumentMap) -> [SectionID] {
        var path: [SectionID] = []
        var current = section
        while let id = current, map.sections.indices.contains(id.offset), path.count < map.sections.count {
            path.append(id)
            current = map.sections[id.offset].parent
        }
        return path.reversed()
    }

    /// The node's tree ancestors in `map`, the map the tree was made from, nearest first.
    func ancestors(of node: NodeID, in map: ArgumentMap) -> [NodeID] {
        var result: [NodeID] = []
        var current = placingRelation[node.offset]
        while current != Self.none {
            let parent = map.relations[Int(current)].to
            result.append(parent)
            current = placingRelation[parent.offset]
        }
        return result
    }

    /// Depth of the node's first place in `map`, the map the tree was made from (roots are 0).
    func depth(of node: NodeID, in map: ArgumentMap) -> Int32 {
        var depth: Int32 = 0
        var current = placingRelation[node.offset]
        while current != Self.none {
            depth += 1
            current = placingRelation[map.relations[Int(current)].to.offset]
        }
        return depth
    }

    /// Whether each node's first place in `map`, the map the tree was made from, is shallower
    /// than `limit`, by node offset. Depths are not kept (4 MB at a million nodes): each is
    /// worked out here from its parent's, which comes before it in preorder.
    func firstPlaces(shallowerThan limit: Int, in map: ArgumentMap) -> [Bool] {
        let count = placingRelation.count
        guard limit > 0 else { return [Bool](repeating: false, count: count) }
        guard limit <= count else { return [Bool](repeating: true, count: count) }
        var depths = [Int32](repeating: 0, count: count)
        var result = [Bool](repeating: true, count: count)
        let relations = map.relations
        for node in preorder.lazy.map(Int.init) {
            let relation = placingRelation[node]
            guard relation != Self.none else { continue }
            let depth = depths[relations[Int(relation)].to.offset] + 1
            depths[node] = depth
            result[node] = Int(depth) < limit
        }
        return result
    }

    func isFirstPlace(of node: NodeID, through relation: Int32) -> Bool {
        placingRelation[node.offset] == relation
    }
}

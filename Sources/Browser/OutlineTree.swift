import ArgumentMap

/// The map's graph seen as a tree: every node has exactly one first place, found by one
/// iterative preorder walk from the roots; every other place it appears is a cross-reference.
/// Computed once per map; folding never changes it.
struct OutlineTree: Sendable {
    static let none: Int32 = -1

    /// The relation through which each node has its first place; `none` for a root.
    private(set) var placingRelation: [Int32]
    /// The node under which each node has its first place; `none` for a root.
    private(set) var parent: [Int32]
    /// Depth of each node's first place (roots are 0).
    private(set) var depth: [Int32]
    /// Every node once, in the order the fully unfolded outline meets its first place.
    private(set) var preorder: [Int32]
    private(set) var preorderIndex: [Int32]
    /// Support and attack relations in each node's subtree (direct and below), for folded rows.
    private(set) var supporters: [Int32]
    private(set) var attackers: [Int32]
    /// The top-level rows, in order.
    private(set) var rootRows: [OutlineRow]

    init(map: ArgumentMap) {
        let count = map.nodes.count
        placingRelation = Array(repeating: Self.none, count: count)
        parent = Array(repeating: Self.none, count: count)
        depth = Array(repeating: 0, count: count)
        preorder = []
        preorder.reserveCapacity(count)
        preorderIndex = Array(repeating: Self.none, count: count)
        supporters = Array(repeating: 0, count: count)
        attackers = Array(repeating: 0, count: count)
        rootRows = []

        var placed = [Bool](repeating: false, count: count)
        var stack: [(node: Int, next: Int)] = []
        let roots = map.roots
        for (position, root) in roots.enumerated() {
            let isLast = position == roots.count - 1
            guard !placed[root.offset] else {
                rootRows.append(OutlineRow(node: root, relation: Self.none, depth: 0, isReference: true, isLast: isLast))
                continue
            }
            rootRows.append(OutlineRow(node: root, relation: Self.none, depth: 0, isReference: false, isLast: isLast))
            placed[root.offset] = true
            preorderIndex[root.offset] = Int32(preorder.count)
            preorder.append(Int32(root.offset))
            stack.append((root.offset, 0))
            while let (node, next) = stack.last {
                let incoming = map.incomingRelationIndices(NodeID(node))
                guard next < incoming.count else {
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let relationIndex = incoming[incoming.startIndex + next]
                let child = map.relations[Int(relationIndex)].from.offset
                guard !placed[child] else { continue }
                placed[child] = true
                preorderIndex[child] = Int32(preorder.count)
                preorder.append(Int32(child))
                parent[child] = Int32(node)
                placingRelation[child] = relationIndex
                depth[child] = depth[node] + 1
                stack.append((child, 0))
            }
        }

        for node in preorder.reversed().map(Int.init) {
            for relationIndex in map.incomingRelationIndices(NodeID(node)) {
                let kind = map.relations[Int(relationIndex)].kind
                if kind.isSupport { supporters[node] += 1 }
                if kind.isAttack { attackers[node] += 1 }
            }
            if parent[node] != Self.none {
                supporters[Int(parent[node])] += supporters[node]
                attackers[Int(parent[node])] += attackers[node]
            }
        }
    }

    /// The node's tree ancestors, nearest first.
    func ancestors(of node: NodeID) -> [NodeID] {
        var result: [NodeID] = []
        var current = parent[node.offset]
        while current != Self.none {
            result.append(NodeID(Int(current)))
            current = parent[Int(current)]
        }
        return result
    }

    func isFirstPlace(of node: NodeID, through relation: Int32) -> Bool {
        placingRelation[node.offset] == relation
    }
}

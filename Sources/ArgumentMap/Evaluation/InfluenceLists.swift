/// How one node bears on another's label and strength.
enum InfluenceKind: UInt8, Sendable {
    /// An attack, an undercut, or a contradiction (both ways).
    case attack
    case support
    /// A premise bearing on the argument that rests on it.
    case premise
}

/// Each node's neighbours along the relations evaluation follows, in one flat list read by
/// index in the evaluator's inner loops: its attack neighbours, then its support neighbours,
/// then its premise neighbours, each kind in the order of the map's relations. One list serves
/// all three kinds, so a million-node map needs one array of starts for them, not three.
struct InfluenceLists: Sendable {
    /// Which end of an influence the lists are kept by.
    enum Direction {
        /// Each node to the nodes it bears on.
        case outgoing
        /// Each node to the nodes that bear on it.
        case incoming
    }

    /// The neighbours of node `n` are at positions `start[n]..<start[n + 1]`.
    private let start: [Int32]
    private let list: [Int32]
    private let kinds: [InfluenceKind]

    init(_ map: ArgumentMap, _ direction: Direction) {
        let relations = map.relations
        /// Calls `body` with each influence of `kind`, in the order of the relations.
        func forEach(_ kind: InfluenceKind, _ body: (_ from: Int32, _ to: Int32) -> Void) {
            // By index, so that no relation is copied whole.
            for index in relations.indices where Self.kind(of: relations[index].kind) == kind {
                let (from, to) = (relations[index].from.index, relations[index].to.index)
                body(from, to)
                if relations[index].kind == .contradiction && from != to { body(to, from) }
            }
        }
        let kindsInOrder: [InfluenceKind] = [.attack, .support, .premise]
        let nodeCount = map.nodes.count
        var start = [Int32](repeating: 0, count: nodeCount + 1)
        var edgeCount = 0
        for kind in kindsInOrder {
            forEach(kind) { from, to in
                start[Int(direction == .outgoing ? from : to) + 1] += 1
                edgeCount += 1
            }
        }
        for node in 0..<nodeCount { start[node + 1] += start[node] }
        // Each node's start serves as its fill position, ending at the next node's start; then
        // all move up one place, as `Adjacency` does.
        var list = [Int32](repeating: 0, count: edgeCount)
        var kinds = [InfluenceKind](repeating: .attack, count: edgeCount)
        for kind in kindsInOrder {
            forEach(kind) { from, to in
                let (node, neighbour) = direction == .outgoing ? (from, to) : (to, from)
                let position = Int(start[Int(node)])
                list[position] = neighbour
                kinds[position] = kind
                start[Int(node)] += 1
            }
        }
        for node in stride(from: nodeCount, to: 0, by: -1) { start[node] = start[node - 1] }
        start[0] = 0
        (self.start, self.list, self.kinds) = (start, list, kinds)
    }

    private static func kind(of relation: RelationKind) -> InfluenceKind {
        switch relation {
        case .attack, .undercut, .contradiction: .attack
        case .support: .support
        case .premise: .premise
        }
    }

    /// Positions `i` whose `self[i]` are the node's neighbours of every kind.
    func positions(of node: Int) -> Range<Int> { Int(start[node])..<Int(start[node + 1]) }

    /// Positions `i` whose `self[i]` are the node's neighbours of `kind`.
    func positions(of node: Int, _ kind: InfluenceKind) -> Range<Int> {
        let all = positions(of: node)
        var lower = all.lowerBound
        while lower < all.upperBound && kinds[lower].rawValue < kind.rawValue { lower += 1 }
        var upper = lower
        while upper < all.upperBound && kinds[upper] == kind { upper += 1 }
        return lower..<upper
    }

    subscript(position: Int) -> Int { Int(list[position]) }

    func kind(at position: Int) -> InfluenceKind { kinds[position] }

    /// The node's neighbours of every kind, or of `kind` only.
    func neighbours(of node: Int, _ kind: InfluenceKind? = nil) -> ArraySlice<Int32> {
        list[kind.map { positions(of: node, $0) } ?? positions(of: node)]
    }
}

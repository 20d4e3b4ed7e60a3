/// Walks a map as the outline shows it, for writers that nest: from each root down its incoming
/// relations, each node expanded once and met again as a repeat, so shared nodes and cycles end.
/// Iterative, and no deeper than `maximumDepth`: a deeper node is written as `continuedBelow`
/// and expanded in a block of its own, so a chain of 100,000 claims does not nest 100,000 levels.
struct OutlineWalk {
    struct Entry {
        enum Appearance {
            /// Met for the first time; its children follow.
            case first
            /// Met before: shown without children.
            case repeated
            /// Too deep here: shown without children, expanded in a later block.
            case continuedBelow
        }

        var node: NodeID
        /// The relation from this node to the entry above it; nil at the top of a block.
        var relation: Relation?
        var depth: Int
        var appearance: Appearance
    }

    static let maximumDepth = 40

    let map: ArgumentMap
    /// Relation kinds not followed (e.g. premises, which Argdown writes in a premise-conclusion structure).
    let skipping: Set<RelationKind>
    private var expanded: [Bool]

    init(map: ArgumentMap, skipping: Set<RelationKind> = []) {
        self.map = map
        self.skipping = skipping
        expanded = Array(repeating: false, count: map.nodes.count)
    }

    func isExpanded(_ node: NodeID) -> Bool { expanded[node.offset] }

    func children(of node: NodeID) -> [Relation] {
        map.incoming(node).filter { !skipping.contains($0.kind) }
    }

    /// The blocks starting at `root` (none when it was already expanded): its tree, then one
    /// block for each node that was too deep to expand in place.
    mutating func blocks(from root: NodeID) -> [[Entry]] {
        var blocks: [[Entry]] = []
        var queue = [root]
        var next = 0
        while next < queue.count {
            let start = queue[next]
            next += 1
            guard !expanded[start.offset] else { continue }
            var block: [Entry] = []
            var stack: [(node: NodeID, relation: Relation?, depth: Int)] = [(start, nil, 0)]
            while let (node, relation, depth) = stack.popLast() {
                if expanded[node.offset] {
                    block.append(Entry(node: node, relation: relation, depth: depth, appearance: .repeated))
                    continue
                }
                let children = children(of: node)
                if depth >= Self.maximumDepth, !children.isEmpty {
                    block.append(Entry(node: node, relation: relation, depth: depth, appearance: .continuedBelow))
                    queue.append(node)
                    continue
                }
                expanded[node.offset] = true
                block.append(Entry(node: node, relation: relation, depth: depth, appearance: .first))
                for child in children.reversed() { stack.append((child.from, child, depth + 1)) }
            }
            blocks.append(block)
        }
        return blocks
    }
}

extension Relation {
    /// Removes each relation that repeats one before it (same ends and kind), keeping the order
    /// and moving none when there is no repeat. Returns the relations left grouped by `from`, the
    /// outgoing lists of the map's adjacency index.
    @discardableResult
    static func removeRepeats(from relations: inout [Relation], nodeCount: Int) -> Adjacency {
        let (byFrom, repeats) = findRepeats(in: relations, nodeCount: nodeCount)
        guard let repeats else { return byFrom }
        relations.remove(repeats)
        return AdjacencyIndex.outgoing(nodeCount: nodeCount, relations: relations)
    }

    /// The relations grouped by `from`, and which of them repeat one before them (nil when none
    /// does). Repeats are found within each group, a counting sort that reads the relations in
    /// order, so a large map costs no hash table of every relation: a repeat can only stand in its
    /// own group, and most groups hold one relation.
    static func findRepeats(in relations: [Relation], nodeCount: Int) -> (byFrom: Adjacency, repeats: RelationMask?) {
        let byFrom = AdjacencyIndex.outgoing(nodeCount: nodeCount, relations: relations)
        var repeats: RelationMask?
        var seen = Set<Ends>()
        func mark(_ index: Int32) {
            if repeats == nil { repeats = RelationMask(count: relations.count) }
            repeats?.insert(Int(index))
        }
        for node in 0..<nodeCount where byFrom.count(of: node) > 1 {
            let group = byFrom[node]
            if group.count <= 16 {
                for (position, index) in group.enumerated() {
                    let relation = relations[Int(index)]
                    if group.prefix(position).contains(where: { relations[Int($0)].to == relation.to && relations[Int($0)].kind == relation.kind }) {
                        mark(index)
                    }
                }
            } else {
                seen.removeAll(keepingCapacity: true)
                for index in group where !seen.insert(Ends(relations[Int(index)])).inserted { mark(index) }
            }
        }
        return (byFrom, repeats)
    }

    /// Where a relation goes and how, within the group of its `from`.
    private struct Ends: Hashable {
        var to: NodeID
        var kind: RelationKind

        init(_ relation: Relation) {
            to = relation.to
            kind = relation.kind
        }
    }
}

extension [Relation] {
    /// Removes the relations `removed` marks, keeping the order of the rest.
    mutating func remove(_ removed: RelationMask) {
        var kept = 0
        for index in indices where !removed.contains(index) {
            swapAt(kept, index)
            kept += 1
        }
        removeLast(count - kept)
    }
}

extension Relation {
    /// Removes each relation that repeats one before it (same ends and kind), keeping the order
    /// and moving none when there is no repeat. Repeats are found by grouping the relations by
    /// `from`, a counting sort that reads them in order, so a large map costs no hash table of
    /// every relation: a repeat can only stand in its own group, and most groups hold one relation.
    /// Returns the relations left grouped by `from`, the outgoing lists of the map's adjacency index.
    @discardableResult
    static func removeRepeats(from relations: inout [Relation], nodeCount: Int) -> Adjacency {
        let byFrom = AdjacencyIndex.outgoing(nodeCount: nodeCount, relations: relations)
        var repeats: [Int32] = []
        var seen = Set<Ends>()
        for node in 0..<nodeCount where byFrom.count(of: node) > 1 {
            let group = byFrom[node]
            if group.count <= 16 {
                for (position, index) in group.enumerated() {
                    let relation = relations[Int(index)]
                    if group.prefix(position).contains(where: { relations[Int($0)].to == relation.to && relations[Int($0)].kind == relation.kind }) {
                        repeats.append(index)
                    }
                }
            } else {
                seen.removeAll(keepingCapacity: true)
                for index in group where !seen.insert(Ends(relations[Int(index)])).inserted { repeats.append(index) }
            }
        }
        guard !repeats.isEmpty else { return byFrom }
        var isRepeat = [Bool](repeating: false, count: relations.count)
        for index in repeats { isRepeat[Int(index)] = true }
        var kept = 0
        for index in relations.indices where !isRepeat[index] {
            relations.swapAt(kept, index)
            kept += 1
        }
        relations.removeLast(relations.count - kept)
        return AdjacencyIndex.outgoing(nodeCount: nodeCount, relations: relations)
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

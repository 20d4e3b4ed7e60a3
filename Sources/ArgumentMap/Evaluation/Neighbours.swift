/// An adjacency's two flat arrays, read by index in the evaluator's inner loops: slicing the
/// adjacency would retain and release its list for every node.
struct Neighbours {
    private let start: [Int32]
    private let list: [Int32]

    init(_ adjacency: Adjacency) {
        (start, list) = (adjacency.start, adjacency.list)
    }

    /// Positions `i` whose `self[i]` are the node's neighbours.
    func positions(of node: Int) -> Range<Int> { Int(start[node])..<Int(start[node + 1]) }

    subscript(position: Int) -> Int { Int(list[position]) }
}

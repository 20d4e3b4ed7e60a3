/// Lists of neighbours for every node, packed into two arrays (compressed sparse rows).
struct Adjacency: Sendable {
    /// The neighbours of node `n` are `list[start[n]..<start[n + 1]]`.
    private(set) var start: [Int32]
    private(set) var list: [Int32]

    /// `edges` pairs each node with a neighbour; the neighbours of a node keep the order given.
    init(nodeCount: Int, edges: [(node: Int32, neighbour: Int32)]) {
        var start = [Int32](repeating: 0, count: nodeCount + 1)
        for edge in edges { start[Int(edge.node) + 1] += 1 }
        for i in 0..<nodeCount { start[i + 1] += start[i] }
        var fill = Array(start.dropLast())
        var list = [Int32](repeating: 0, count: edges.count)
        for edge in edges {
            list[Int(fill[Int(edge.node)])] = edge.neighbour
            fill[Int(edge.node)] += 1
        }
        self.start = start
        self.list = list
    }

    subscript(node: Int) -> ArraySlice<Int32> {
        list[Int(start[node])..<Int(start[node + 1])]
    }

    func count(of node: Int) -> Int { Int(start[node + 1] - start[node]) }
}

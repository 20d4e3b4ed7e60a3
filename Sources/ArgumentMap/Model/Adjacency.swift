/// Each node's neighbours in one flat list (compressed sparse rows): two arrays for the whole graph.
struct Adjacency: Sendable {
    /// The neighbours of node `n` are `list[start[n]..<start[n + 1]]`.
    private(set) var start: [Int32]
    private(set) var list: [Int32]

    /// `edge(i)` pairs a node with a neighbour, for `i` in `0..<edgeCount`; the neighbours of a
    /// node keep the order of their edges.
    init(nodeCount: Int, edgeCount: Int, edge: (Int) -> (node: Int32, neighbour: Int32)) {
        var start = [Int32](repeating: 0, count: nodeCount + 1)
        for i in 0..<edgeCount { start[Int(edge(i).node) + 1] += 1 }
        for i in 0..<nodeCount { start[i + 1] += start[i] }
        // Each node's start serves as its fill position, ending at the next node's start; then all move
        // up one place. No second array of positions, which at a million nodes is 4 MB more at the peak.
        var list = [Int32](repeating: 0, count: edgeCount)
        for i in 0..<edgeCount {
            let (node, neighbour) = edge(i)
            list[Int(start[Int(node)])] = neighbour
            start[Int(node)] += 1
        }
        for node in stride(from: nodeCount, to: 0, by: -1) { start[node] = start[node - 1] }
        start[0] = 0
        self.start = start
        self.list = list
    }

    init(nodeCount: Int, edges: [(node: Int32, neighbour: Int32)]) {
        self.init(nodeCount: nodeCount, edgeCount: edges.count) { edges[$0] }
    }

    var nodeCount: Int { start.count - 1 }

    subscript(node: Int) -> ArraySlice<Int32> {
        list[Int(start[node])..<Int(start[node + 1])]
    }

    func count(of node: Int) -> Int { Int(start[node + 1] - start[node]) }

    /// The strongly connected components, each after every component it reaches (Tarjan's
    /// finishing order), nodes ascending within each. Iterative, so deep graphs cannot overflow
    /// the stack. A component is a cycle when it has two or more nodes or one that is its own neighbour.
    /// With `cyclesOnly`, the others are not kept: a million-node map has about a million of them.
    func stronglyConnectedComponents(cyclesOnly: Bool = false) -> [(nodes: [Int32], isCycle: Bool)] {
        let count = nodeCount
        var visitOrder = [Int32](repeating: -1, count: count)
        var low = [Int32](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int32] = []
        var frames: [(node: Int, next: Int)] = []
        var nextOrder: Int32 = 0
        var components: [(nodes: [Int32], isCycle: Bool)] = []

        func visit(_ node: Int) {
            visitOrder[node] = nextOrder
            low[node] = nextOrder
            nextOrder += 1
            stack.append(Int32(node))
            onStack[node] = true
            frames.append((node, self[node].startIndex))
        }

        for root in 0..<count where visitOrder[root] < 0 {
            visit(root)
            while let (node, next) = frames.last {
                let targets = self[node]
                if next < targets.endIndex {
                    frames[frames.count - 1].next += 1
                    let target = Int(targets[next])
                    if visitOrder[target] < 0 {
                        visit(target)
                    } else if onStack[target] {
                        low[node] = min(low[node], visitOrder[target])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last?.node { low[parent] = min(low[parent], low[node]) }
                guard low[node] == visitOrder[node] else { continue }
                var members: [Int32] = []
                while let member = stack.popLast() {
                    onStack[Int(member)] = false
                    members.append(member)
                    if Int(member) == node { break }
                }
                let isCycle = members.count > 1 || targets.contains(Int32(node))
                if isCycle || !cyclesOnly { components.append((members.sorted(), isCycle)) }
            }
        }
        return components
    }
}

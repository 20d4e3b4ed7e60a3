/// The order strengths are computed in: the strongly connected components of the influence
/// graph, each after every component it depends on. A node on no cycle is computed once; a
/// cycle's nodes are updated together in rounds until they settle.
struct StrengthSchedule: Sendable {
    /// Nodes, component after component.
    private(set) var order: [Int32] = []
    /// Component `c` is `order[componentStart[c]..<componentStart[c + 1]]`.
    private(set) var componentStart: [Int32] = [0]
    /// Whether each component is a cycle: two or more nodes, or one that influences itself.
    private(set) var isCycle: [Bool] = []
    /// The component each node belongs to.
    private(set) var componentOf: [Int32] = []

    var componentCount: Int { isCycle.count }

    func nodes(of component: Int) -> ArraySlice<Int32> {
        order[Int(componentStart[component])..<Int(componentStart[component + 1])]
    }

    /// Tarjan's algorithm, iterative so that deep maps cannot overflow the stack.
    init(influences: Adjacency, nodeCount count: Int) {
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
            frames.append((node, influences[node].startIndex))
        }

        for root in 0..<count where visitOrder[root] < 0 {
            visit(root)
            while let (node, next) = frames.last {
                let targets = influences[node]
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
                let selfInfluence = members.count == 1 && targets.contains(Int32(node))
                components.append((members.sorted(), members.count > 1 || selfInfluence))
            }
        }
        // Tarjan finishes a component only after everything it reaches: reversed, inputs come first.
        order.reserveCapacity(count)
        componentOf = [Int32](repeating: 0, count: count)
        for component in components.reversed() {
            for node in component.nodes { componentOf[Int(node)] = Int32(isCycle.count) }
            order.append(contentsOf: component.nodes)
            componentStart.append(Int32(order.count))
            isCycle.append(component.isCycle)
        }
    }
}

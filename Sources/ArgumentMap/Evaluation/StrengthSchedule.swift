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
    private(set) var componentOf: [Int32]
    /// Where each node is in `order`.
    private(set) var placeInOrder: [Int32]

    var componentCount: Int { isCycle.count }

    func nodes(of component: Int) -> ArraySlice<Int32> {
        order[Int(componentStart[component])..<Int(componentStart[component + 1])]
    }

    /// Most nodes of a map are on no cycle and fed by no cycle: those are ordered first, each
    /// once all its inputs are (Kahn's algorithm, no allocation per node). Tarjan's algorithm
    /// orders the rest, the cycles and what they feed, which need only come after them.
    init(influences: InfluenceLists, nodeCount count: Int) {
        // At most a component a node, and most nodes are one: room for all at once, not grown by doubling.
        order.reserveCapacity(count)
        componentStart.reserveCapacity(count + 1)
        isCycle.reserveCapacity(count)
        componentOf = [Int32](repeating: 0, count: count)
        placeInOrder = [Int32](repeating: 0, count: count)
        var waitingInputs = [Int32](repeating: 0, count: count)
        for node in 0..<count {
            for position in influences.positions(of: node) { waitingInputs[influences[position]] += 1 }
        }
        for node in 0..<count where waitingInputs[node] == 0 { append(CollectionOfOne(Int32(node)), isCycle: false) }
        var head = 0
        while head < order.count {
            let node = Int(order[head])
            head += 1
            for position in influences.positions(of: node) {
                let target = influences[position]
                waitingInputs[target] -= 1
                if waitingInputs[target] == 0 { append(CollectionOfOne(Int32(target)), isCycle: false) }
            }
        }
        guard order.count < count else { return }
        orderRemaining(influences: influences, ordered: waitingInputs.map { $0 == 0 })
    }

    /// Orders the nodes not yet ordered by the strongly connected components of the graph
    /// between them, numbered in ascending order so that each cycle keeps its nodes ascending.
    private mutating func orderRemaining(influences: InfluenceLists, ordered: [Bool]) {
        let remaining = ordered.indices.filter { !ordered[$0] }.map(Int32.init)
        var local = [Int32](repeating: -1, count: ordered.count)
        for (index, node) in remaining.enumerated() { local[Int(node)] = Int32(index) }
        var edges: [(node: Int32, neighbour: Int32)] = []
        for node in remaining {
            for target in influences.neighbours(of: Int(node)) where local[Int(target)] >= 0 { edges.append((local[Int(node)], local[Int(target)])) }
        }
        let graph = Adjacency(nodeCount: remaining.count, edges: edges)
        // Tarjan finishes a component only after everything it reaches: reversed, inputs come first.
        for component in graph.stronglyConnectedComponents().reversed() {
            append(component.nodes.lazy.map { remaining[Int($0)] }, isCycle: component.isCycle)
        }
    }

    private mutating func append<Nodes: Sequence<Int32>>(_ nodes: Nodes, isCycle cycle: Bool) {
        for node in nodes {
            componentOf[Int(node)] = Int32(isCycle.count)
            placeInOrder[Int(node)] = Int32(order.count)
            order.append(node)
        }
        componentStart.append(Int32(order.count))
        isCycle.append(cycle)
    }
}

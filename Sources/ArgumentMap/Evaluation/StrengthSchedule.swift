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
    /// Where each node is in `order`.
    private(set) var placeInOrder: [Int32] = []

    var componentCount: Int { isCycle.count }

    func nodes(of component: Int) -> ArraySlice<Int32> {
        order[Int(componentStart[component])..<Int(componentStart[component + 1])]
    }

    init(influences: Adjacency, nodeCount count: Int) {
        let components = influences.stronglyConnectedComponents()
        // Tarjan finishes a component only after everything it reaches: reversed, inputs come first.
        order.reserveCapacity(count)
        componentOf = [Int32](repeating: 0, count: count)
        placeInOrder = [Int32](repeating: 0, count: count)
        for component in components.reversed() {
            for (index, node) in component.nodes.enumerated() {
                componentOf[Int(node)] = Int32(isCycle.count)
                placeInOrder[Int(node)] = Int32(order.count + index)
            }
            order.append(contentsOf: component.nodes)
            componentStart.append(Int32(order.count))
            isCycle.append(component.isCycle)
        }
    }
}

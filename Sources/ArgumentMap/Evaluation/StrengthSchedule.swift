/// The order strengths are computed in: the strongly connected components of the influence
/// graph, each after every component it depends on. A node on no cycle is computed once; a
/// cycle's nodes are updated together in rounds until they settle. Each component is a run of
/// places in `order`, so only the cycles, a few among a million components, are listed.
struct StrengthSchedule: Sendable {
    /// One component: its places in `order`.
    struct Component: Hashable {
        let places: Range<Int>
        /// Two or more nodes, or one that influences itself.
        let isCycle: Bool
    }

    /// Nodes, component after component.
    private(set) var order: [Int32] = []
    /// Where each node is in `order`.
    private(set) var placeInOrder: [Int32]
    /// Where each cycle starts and ends in `order`, ascending; every other node is a component of its own.
    private var cycleStarts: [Int] = []
    private var cycleEnds: [Int] = []

    func nodes(of component: Component) -> ArraySlice<Int32> { order[component.places] }

    /// The component that holds `node`.
    func component(of node: Int) -> Component {
        let place = Int(placeInOrder[node])
        if let first = cycleStarts.first, first <= place {
            let cycle = cycleStarts.lastIndex(notAbove: place)
            if place < cycleEnds[cycle] { return Component(places: cycleStarts[cycle]..<cycleEnds[cycle], isCycle: true) }
        }
        return Component(places: place..<place + 1, isCycle: false)
    }

    /// Every component, in order.
    var components: Components { Components(order: order.count, cycleStarts: cycleStarts, cycleEnds: cycleEnds) }

    /// The components of a schedule, in order, made one at a time as they are read.
    struct Components: Sequence, IteratorProtocol {
        private let order: Int
        private let cycleStarts: [Int]
        private let cycleEnds: [Int]
        private var place = 0
        private var nextCycle = 0

        fileprivate init(order: Int, cycleStarts: [Int], cycleEnds: [Int]) {
            (self.order, self.cycleStarts, self.cycleEnds) = (order, cycleStarts, cycleEnds)
        }

        mutating func next() -> Component? {
            guard place < order else { return nil }
            if nextCycle < cycleStarts.count && cycleStarts[nextCycle] == place {
                defer { (place, nextCycle) = (cycleEnds[nextCycle], nextCycle + 1) }
                return Component(places: place..<cycleEnds[nextCycle], isCycle: true)
            }
            defer { place += 1 }
            return Component(places: place..<place + 1, isCycle: false)
        }
    }

    /// Most nodes of a map are on no cycle and fed by no cycle: those are ordered first, each
    /// once all its inputs are (Kahn's algorithm, no allocation per node). Tarjan's algorithm
    /// orders the rest, the cycles and what they feed, which need only come after them.
    init(influences: InfluenceLists, nodeCount count: Int) {
        order.reserveCapacity(count)
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

    private mutating func append<Nodes: Sequence<Int32>>(_ nodes: Nodes, isCycle: Bool) {
        let first = order.count
        for node in nodes {
            placeInOrder[Int(node)] = Int32(order.count)
            order.append(node)
        }
        if isCycle {
            cycleStarts.append(first)
            cycleEnds.append(order.count)
        }
    }
}

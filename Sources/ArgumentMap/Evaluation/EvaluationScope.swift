/// The nodes one evaluation pass works out, each at a place `0..<count` of its own: the whole
/// map, or the region a mark change can reach. Nodes outside the scope keep the labels and
/// strengths they had, and the pass reads them as fixed inputs.
protocol EvaluationScope {
    /// Whether every node is in the scope, so that no input is read from outside it.
    static var coversWholeMap: Bool { get }
    var count: Int { get }
    func node(at place: Int) -> Int
    /// Nil for a node outside the scope.
    func place(of node: Int) -> Int?
    /// The node's DF-QuAD base score: its weight, or 0 when disputed.
    func base(of node: Int) -> Double
    associatedtype Components: Sequence<StrengthSchedule.Component>
    /// The strength schedule's components that hold the scope's nodes, in the schedule's order.
    func components(in schedule: StrengthSchedule) -> Components
}

/// Every node of the map, each at its own index.
struct WholeMap: EvaluationScope {
    let count: Int
    private let weights: NodeWeights
    private let disputed: Set<NodeID>

    init(count: Int, weights: NodeWeights, disputed: Set<NodeID>) {
        (self.count, self.weights, self.disputed) = (count, weights, disputed)
    }

    static var coversWholeMap: Bool { true }
    func node(at place: Int) -> Int { place }
    func place(of node: Int) -> Int? { node }
    func base(of node: Int) -> Double { !disputed.isEmpty && disputed.contains(NodeID(node)) ? 0 : weights[node] }
    func components(in schedule: StrengthSchedule) -> StrengthSchedule.Components { schedule.components }
}

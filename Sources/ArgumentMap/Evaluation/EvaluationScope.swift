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
    associatedtype Components: Sequence<Int>
    /// The strength schedule's components that hold the scope's nodes, in the schedule's order.
    func components(in schedule: StrengthSchedule) -> Components
}

/// Every node of the map, each at its own index.
struct WholeMap: EvaluationScope {
    /// The weights with each disputed node's set to 0.
    let bases: [Double]

    init(weights: NodeWeights, disputed: Set<NodeID>) {
        var bases = weights.all
        for id in disputed where bases.indices.contains(id.offset) { bases[id.offset] = 0 }
        self.bases = bases
    }

    static var coversWholeMap: Bool { true }
    var count: Int { bases.count }
    func node(at place: Int) -> Int { place }
    func place(of node: Int) -> Int? { node }
    func base(of node: Int) -> Double { bases[node] }
    func components(in schedule: StrengthSchedule) -> Range<Int> { 0..<schedule.componentCount }
}

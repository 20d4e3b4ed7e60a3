/// The nodes whose label or strength a change of disputes can move: the changed nodes and all
/// they reach along attacks, undercuts, contradictions, supports and premises (the edges labels
/// and strengths are computed along). Everything else keeps its label and strength.
struct AffectedRegion: EvaluationScope {
    private(set) var nodes: [Int32] = []
    private var places: [Int32: Int32] = [:]
    private let weights: NodeWeights
    private let disputed: Set<NodeID>

    /// Nil when the region would hold more than `limit` nodes: then a full evaluation is cheaper.
    init?(changed: [Int], influences: InfluenceLists, limit: Int, weights: NodeWeights, disputed: Set<NodeID>) {
        self.weights = weights
        self.disputed = disputed
        for node in changed { enter(Int32(node)) }
        var head = 0
        while head < nodes.count && nodes.count <= limit {
            let node = Int(nodes[head])
            head += 1
            for position in influences.positions(of: node) { enter(Int32(influences[position])) }
        }
        guard nodes.count <= limit else { return nil }
    }

    private mutating func enter(_ node: Int32) {
        guard places[node] == nil else { return }
        places[node] = Int32(nodes.count)
        nodes.append(node)
    }

    static var coversWholeMap: Bool { false }
    var count: Int { nodes.count }
    func node(at place: Int) -> Int { Int(nodes[place]) }
    func place(of node: Int) -> Int? { places[Int32(node)].map(Int.init) }
    func base(of node: Int) -> Double { disputed.contains(NodeID(node)) ? 0 : weights[node] }

    func components(in schedule: StrengthSchedule) -> [StrengthSchedule.Component] {
        Set(nodes.lazy.map { schedule.component(of: Int($0)) }).sorted { $0.places.lowerBound < $1.places.lowerBound }
    }
}

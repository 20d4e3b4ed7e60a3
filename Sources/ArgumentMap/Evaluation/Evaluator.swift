/// Evaluates one map under any set of disputes. Build it once per map (it indexes the attack
/// and support graphs and reads each node's base score); each `evaluate` is then linear in the
/// size of the map, and a mark change re-evaluates only what the changed nodes reach.
public struct Evaluator: Sendable {
    public let map: ArgumentMap
    /// Node data `weight` values that are not numbers from 0 to 1 (each one falls back to 0.5).
    public let diagnostics: [Diagnostic]
    /// How many times, on average, each node of a cycle may be recomputed before the cycle's
    /// strengths are reported as unsettled.
    public var roundLimit = 500
    /// A strength on a cycle that moves less than this when recomputed has settled.
    public var tolerance = 1e-6
    /// The largest share of the map a mark change re-evaluates by itself; a change that reaches
    /// more is evaluated whole, which costs less per node.
    var largestRegionShare = 1.0 / 16
    /// The largest cycle whose strengths are worked out afresh after a mark change; a larger one
    /// starts from where it was (see `assignStrengths`).
    var largestColdCycle = 512
    /// Tells this evaluator's evaluations from those of another, which may index another map.
    private let identity = Identity()
    private final class Identity: Sendable {}

    /// Each node to the nodes whose strength depends on its strength: what it attacks, supports
    /// and is a premise of.
    let influences: InfluenceLists
    /// Each node's attackers, supporters and premises.
    let inputs: InfluenceLists
    let schedule: StrengthSchedule
    let weights: NodeWeights

    public init(map: ArgumentMap) {
        self.map = map
        influences = InfluenceLists(map, .outgoing)
        inputs = InfluenceLists(map, .incoming)
        schedule = StrengthSchedule(influences: influences, nodeCount: map.nodes.count)
        (weights, diagnostics) = Evaluator.readWeights(of: map)
    }

    /// The `weight` values in `map` that are not numbers from 0 to 1, as `diagnostics` reports
    /// them, without indexing the map for evaluation.
    public static func weightProblems(in map: ArgumentMap) -> [Diagnostic] {
        readWeights(of: map).1
    }

    /// `weight: x` from node data, x in 0...1; anything else is reported and read as the default.
    private static func readWeights(of map: ArgumentMap) -> (NodeWeights, [Diagnostic]) {
        var weights = NodeWeights(count: map.nodes.count)
        var problems: [Diagnostic] = []
        for node in map.nodes {
            guard let value = node.data["weight"] else { continue }
            if let weight = value.number, (0...1).contains(weight) {
                weights[node.id.offset] = weight
            } else {
                let shown = (value.string ?? "a \(describe(value))").terminalSafe
                problems.append(.warning(
                    "weight of \(node.displayTitle) must be a number from 0 to 1, not \(shown); using \(DFQuAD.defaultBase)",
                    at: node.location))
            }
        }
        return (weights, problems)
    }

    private static func describe(_ value: DataValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "true/false value"
        case .number: "number"
        case .string: "text"
        case .list: "list"
        case .map: "mapping"
        }
    }

    /// Labels and strengths under `disputed`. Given the evaluation before a change (a mark
    /// toggled) by this evaluator, only the nodes the change reaches are worked out again; the
    /// result is the same as evaluating from scratch, except on cycles of more than
    /// `largestColdCycle` nodes, whose strengths start from where they were and end within
    /// `tolerance` of the same solution where their equations have one.
    public func evaluate(disputed: Set<NodeID>, after previous: Evaluation? = nil) -> Evaluation {
        if var evaluation = previous, evaluation.evaluator.evaluatesLike(self) {
            evaluation.reevaluate(disputed: disputed)
            return evaluation
        }
        let scope = WholeMap(count: map.nodes.count, weights: weights, disputed: disputed)
        var labels = [Label](repeating: .undec, count: map.nodes.count)
        label(scope, disputed: disputed, into: &labels)
        // Strengths start from the bases; a cycle too large to start afresh starts from them too.
        var strengths = (0..<scope.count).map(scope.base(of:))
        let unsettled = assignStrengths(scope, into: &strengths).sorted()
        return Evaluation(evaluator: self, disputed: disputed, labels: labels, strengths: strengths, unsettled: unsettled)
    }

    /// Whether the two give the same evaluations: built from one map at once, with the same limits.
    func evaluatesLike(_ other: Evaluator) -> Bool {
        identity === other.identity && roundLimit == other.roundLimit && tolerance == other.tolerance
            && largestColdCycle == other.largestColdCycle
    }

    /// The nodes a change of the disputes from `before` to `after` can move, unless there are too
    /// many of them to be worth re-evaluating apart from the rest.
    func region(from before: Set<NodeID>, to after: Set<NodeID>) -> AffectedRegion? {
        let count = map.nodes.count
        let changed = before.symmetricDifference(after).map(\.offset).filter { (0..<count).contains($0) }
        return AffectedRegion(changed: changed, influences: influences, limit: Int(Double(count) * largestRegionShare),
                              weights: weights, disputed: after)
    }
}

/// Evaluates one map under any set of disputes. Build it once per map (it indexes the attack
/// and support graphs and reads each node's base score); each `evaluate` is then linear in the
/// size of the map, fast enough to rerun on every mark change.
public struct Evaluator: Sendable {
    public let map: ArgumentMap
    /// Node data `weight` values that are not numbers from 0 to 1 (each one falls back to 0.5).
    public let diagnostics: [Diagnostic]
    /// How many times, on average, each node of a cycle may be recomputed before the cycle's
    /// strengths are reported as unsettled.
    public var roundLimit = 500
    /// A strength on a cycle that moves less than this when recomputed has settled.
    public var tolerance = 1e-6

    /// Attackers to what they attack: attack, undercut, and contradiction both ways.
    let attacksFrom: Adjacency
    /// Each node's attackers.
    let attackersOf: Adjacency
    /// Supporters (`.support`) to what they support.
    let supportsFrom: Adjacency
    let supportersOf: Adjacency
    /// Premises to the arguments that rest on them.
    let premiseOf: Adjacency
    let premisesOf: Adjacency
    /// Every node to the nodes whose strength depends on its strength.
    let influences: Adjacency
    let schedule: StrengthSchedule
    let weights: [Double]

    public init(map: ArgumentMap) {
        self.map = map
        var attacks: [(Int32, Int32)] = []
        var supports: [(Int32, Int32)] = []
        var premises: [(Int32, Int32)] = []
        for relation in map.relations {
            let edge = (relation.from.index, relation.to.index)
            switch relation.kind {
            case .attack, .undercut: attacks.append(edge)
            case .contradiction:
                attacks.append(edge)
                if relation.from != relation.to { attacks.append((edge.1, edge.0)) }
            case .support: supports.append(edge)
            case .premise: premises.append(edge)
            }
        }
        let count = map.nodes.count
        func both(_ edges: [(Int32, Int32)]) -> (forward: Adjacency, backward: Adjacency) {
            (Adjacency(nodeCount: count, edges: edges.map { ($0.0, $0.1) }),
             Adjacency(nodeCount: count, edges: edges.map { ($0.1, $0.0) }))
        }
        (attacksFrom, attackersOf) = both(attacks)
        (supportsFrom, supportersOf) = both(supports)
        (premiseOf, premisesOf) = both(premises)
        influences = Adjacency(nodeCount: count, edges: (attacks + supports + premises).map { ($0.0, $0.1) })
        schedule = StrengthSchedule(influences: influences, nodeCount: count)
        (weights, diagnostics) = Evaluator.readWeights(of: map)
    }

    /// `weight: x` from node data, x in 0...1; anything else is reported and read as the default.
    private static func readWeights(of map: ArgumentMap) -> ([Double], [Diagnostic]) {
        var weights = [Double](repeating: DFQuAD.defaultBase, count: map.nodes.count)
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
    /// toggled), strengths on cycles start from where they were, which settles them in a
    /// fraction of the time; where a cycle's equations have one solution the result is the
    /// same to within `tolerance`.
    public func evaluate(disputed: Set<NodeID>, after previous: Evaluation? = nil) -> Evaluation {
        let labels = labels(disputed: disputed)
        let start = previous.flatMap { $0.evaluator.map.nodes.count == map.nodes.count ? $0.allStrengths : nil }
        let (strengths, unsettled) = strengths(disputed: disputed, start: start)
        return Evaluation(evaluator: self, disputed: disputed, labels: labels, strengths: strengths, unsettled: unsettled)
    }
}

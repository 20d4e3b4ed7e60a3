/// Which nodes of a map still stand under a set of disputes, and how strongly: a value the
/// browser and `argmap eval` read. Make one with `Evaluator.evaluate(disputed:)`, or with
/// `Evaluation(map:disputed:)` when the map is evaluated only once.
public struct Evaluation: Sendable {
    public let evaluator: Evaluator
    public private(set) var disputed: Set<NodeID>
    private var labels: [Label]
    private var strengths: [Double]
    var allStrengths: [Double] { strengths }
    var allLabels: [Label] { labels }
    /// Nodes on cycles whose strengths were still moving after `Evaluator.roundLimit` rounds;
    /// their strengths are the last round's. Empty when every strength settled.
    public private(set) var unsettled: [NodeID]

    init(evaluator: Evaluator, disputed: Set<NodeID>, labels: [Label], strengths: [Double], unsettled: [NodeID]) {
        self.evaluator = evaluator
        self.disputed = disputed
        self.labels = labels
        self.strengths = strengths
        self.unsettled = unsettled
    }

    public init(map: ArgumentMap, disputed: Set<NodeID> = []) {
        self = Evaluator(map: map).evaluate(disputed: disputed)
    }

    public var map: ArgumentMap { evaluator.map }

    /// Evaluates the map again under `newDisputes` in place, working out only the nodes the
    /// disputes that changed can reach: on a value no one else holds, it costs time in proportion
    /// to that region, not to the map. The result is that of `Evaluator.evaluate(disputed:after:)`.
    public mutating func reevaluate(disputed newDisputes: Set<NodeID>) {
        let evaluator = evaluator
        guard let region = evaluator.region(from: disputed, to: newDisputes) else {
            let wholeMap = WholeMap(count: labels.count, weights: evaluator.weights, disputed: newDisputes)
            evaluator.label(wholeMap, disputed: newDisputes, into: &labels)
            unsettled = evaluator.assignStrengths(wholeMap, into: &strengths).sorted()
            disputed = newDisputes
            return
        }
        evaluator.label(region, disputed: newDisputes, into: &labels)
        let regionUnsettled = evaluator.assignStrengths(region, into: &strengths)
        if !unsettled.isEmpty || !regionUnsettled.isEmpty {
            unsettled = (unsettled.filter { region.place(of: $0.offset) == nil } + regionUnsettled).sorted()
        }
        disputed = newDisputes
    }

    public func label(of id: NodeID) -> Label { labels[id.offset] }

    /// The DF-QuAD strength, from 0 to 1.
    public func strength(of id: NodeID) -> Double { strengths[id.offset] }

    public var strengthsSettled: Bool { unsettled.isEmpty }

    /// Why the node has its label: the attackers and supporters that decide it.
    public func explanation(of id: NodeID) -> Explanation {
        func nodes(_ ids: ArraySlice<Int32>) -> [NodeID] {
            var seen = Set<NodeID>()
            return ids.map { NodeID(Int($0)) }.filter { seen.insert($0).inserted }
        }
        let inputs = evaluator.inputs
        let attackers = nodes(inputs.neighbours(of: id.offset, .attack))
        let supporters = nodes(inputs.neighbours(of: id.offset, .support))
        let premises = nodes(inputs.neighbours(of: id.offset, .premise))
        return Explanation(
            node: id, label: label(of: id), strength: strength(of: id), isDisputed: disputed.contains(id),
            attackersIn: attackers.filter { label(of: $0).grounded == .in },
            attackersUndecided: attackers.filter { label(of: $0) == .undec },
            attackersOut: attackers.filter { label(of: $0) == .out },
            supportersStanding: supporters.filter { !label(of: $0).hasFallen },
            supportersFallen: supporters.filter { label(of: $0).hasFallen },
            premisesFallen: premises.filter { label(of: $0).hasFallen })
    }
}

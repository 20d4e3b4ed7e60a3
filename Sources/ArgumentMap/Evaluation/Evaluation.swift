/// Which nodes of a map still stand under a set of disputes, and how strongly: a value the
/// browser and `argmap eval` read. Make one with `Evaluator.evaluate(disputed:)`, or with
/// `Evaluation(map:disputed:)` when the map is evaluated only once.
public struct Evaluation: Sendable {
    public let evaluator: Evaluator
    public let disputed: Set<NodeID>
    private let labels: [Label]
    private let strengths: [Double]
    var allStrengths: [Double] { strengths }
    /// Nodes on cycles whose strengths were still moving after `Evaluator.roundLimit` rounds;
    /// their strengths are the last round's. Empty when every strength settled.
    public let unsettled: [NodeID]

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
        let attackers = nodes(evaluator.attackersOf[id.offset])
        let supporters = nodes(evaluator.supportersOf[id.offset])
        let premises = nodes(evaluator.premisesOf[id.offset])
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

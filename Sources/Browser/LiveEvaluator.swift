import ArgumentMap

/// The real evaluation in the browser: grounded labels and DF-QuAD strengths from `Evaluator`,
/// each mark change worked out from the evaluation before it, in place, re-evaluating only the
/// nodes the change reaches.
public struct LiveEvaluator: MapEvaluator {
    public let evaluator: Evaluator
    public private(set) var last: Evaluation?

    public init(map: ArgumentMap) {
        evaluator = Evaluator(map: map)
    }

    public mutating func update(_ map: ArgumentMap, marks: Marks) {
        let disputed = marks.disputedNodes(in: map)
        if last == nil {
            last = evaluator.evaluate(disputed: disputed)
        } else {
            last?.reevaluate(disputed: disputed)
        }
    }

    public func assessment(of node: NodeID) -> NodeAssessment? {
        guard let last = evaluated(node) else { return nil }
        return NodeAssessment(label: NodeAssessment.Label(last.label(of: node)), strength: last.strength(of: node))
    }

    public func explanation(of node: NodeID) -> Explanation? {
        evaluated(node)?.explanation(of: node)
    }

    /// The last evaluation, if it covers `node`.
    private func evaluated(_ node: NodeID) -> Evaluation? {
        guard let last, last.map.nodes.indices.contains(node.offset) else { return nil }
        return last
    }
}

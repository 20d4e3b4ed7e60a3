import ArgumentMap

/// The real evaluation in the browser: grounded labels and DF-QuAD strengths from `Evaluator`,
/// each mark change evaluated from the evaluation before it.
public struct LiveEvaluator: MapEvaluator {
    public let evaluator: Evaluator
    public private(set) var last: Evaluation?

    public init(map: ArgumentMap) {
        evaluator = Evaluator(map: map)
    }

    public mutating func assess(_ map: ArgumentMap, marks: Marks) -> [NodeAssessment] {
        let evaluation = evaluator.evaluate(disputed: marks.disputedNodes(in: map), after: last)
        last = evaluation
        return map.nodes.map { node in
            NodeAssessment(label: NodeAssessment.Label(evaluation.label(of: node.id)), strength: evaluation.strength(of: node.id))
        }
    }

    public func explanation(of node: NodeID) -> Explanation? {
        guard let last, last.map.nodes.indices.contains(node.offset) else { return nil }
        return last.explanation(of: node)
    }
}

/// The evaluation's label (the module's `Label`, which `NodeAssessment.Label` would shadow inside its own extension).
typealias EvaluationLabel = Label

extension NodeAssessment.Label {
    init(_ label: EvaluationLabel) {
        switch label {
        case .in: self = .accepted
        case .out: self = .rejected
        case .undec: self = .undecided
        case .unsupported: self = .unsupported
        }
    }
}

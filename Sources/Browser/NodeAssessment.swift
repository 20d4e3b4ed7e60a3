import ArgumentMap

/// What an evaluation says about one node: its label and its gradual strength.
public struct NodeAssessment: Hashable, Sendable {
    public enum Label: String, Hashable, Sendable, CaseIterable {
        case accepted = "IN"
        case rejected = "OUT"
        case undecided = "UNDEC"
        /// Nothing defeats it, but every reason given for it has fallen.
        case unsupported = "UNSUPPORTED"

        /// The word the browser shows for the label.
        public var word: String {
            switch self {
            case .accepted: "stands"
            case .rejected: "defeated"
            case .undecided: "open"
            case .unsupported: "unsupported"
            }
        }
    }

    public var label: Label?
    /// In [0, 1].
    public var strength: Double?

    public init(label: Label? = nil, strength: Double? = nil) {
        self.label = label
        self.strength = strength
    }
}

/// Computes an assessment for every node, given the reader's marks. The browser asks again
/// whenever a mark changes and shows the result in the outline and the detail pane.
public protocol MapEvaluator: Sendable {
    /// One assessment per node, indexed by `NodeID.offset`. Mutating, so that an evaluator
    /// can keep what it worked out last time and start the next evaluation from there.
    mutating func assess(_ map: ArgumentMap, marks: Marks) -> [NodeAssessment]

    /// Why the node has its label, as of the last `assess`; nil when the evaluator cannot say.
    func explanation(of node: NodeID) -> Explanation?
}

extension MapEvaluator {
    public func explanation(of node: NodeID) -> Explanation? { nil }
}

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

/// Evaluates the map under the reader's marks. The browser updates it whenever a mark
/// changes, then asks only about the nodes it draws, so a frame costs the same on any map.
public protocol MapEvaluator: Sendable {
    /// Evaluates `map` under `marks`; it can start from what it worked out last time.
    mutating func update(_ map: ArgumentMap, marks: Marks)

    /// The node's label and strength as of the last `update`.
    func assessment(of node: NodeID) -> NodeAssessment?

    /// Why the node has its label, as of the last `update`; nil when the evaluator cannot say.
    func explanation(of node: NodeID) -> Explanation?
}

extension MapEvaluator {
    public func explanation(of node: NodeID) -> Explanation? { nil }
}

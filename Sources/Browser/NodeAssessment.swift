import ArgumentMap

/// What an evaluation says about one node: its grounded label and its gradual strength.
public struct NodeAssessment: Hashable, Sendable {
    public enum Label: String, Hashable, Sendable {
        case accepted = "IN"
        case rejected = "OUT"
        case undecided = "UNDEC"
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
    /// One assessment per node, indexed by `NodeID.offset`.
    func assess(_ map: ArgumentMap, marks: Marks) -> [NodeAssessment]
}

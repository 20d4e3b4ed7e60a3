import ArgumentMap

/// A node that helps decide another's label, as the why view lists it.
struct Reason: Hashable, Sendable {
    var node: NodeID
    /// How it bears on the node, e.g. "standing attacker".
    var role: String
}

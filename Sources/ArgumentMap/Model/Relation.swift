/// How one node bears on another.
public enum RelationKind: String, Hashable, Sendable, CaseIterable {
    /// `from` gives a reason for `to`.
    case support
    /// `from` gives a reason against `to`.
    case attack
    /// `from` attacks the inference of the argument `to`, not its premises or conclusion.
    case undercut
    /// `from` and `to` cannot both be true; symmetric, stored in the direction it was written.
    case contradiction
    /// `from` is a premise of the argument `to` (from a premise-conclusion structure).
    case premise

    /// Whether this relation makes `from` an attacker of `to` (both ways for a contradiction).
    public var isAttack: Bool { self == .attack || self == .undercut || self == .contradiction }
    public var isSupport: Bool { self == .support || self == .premise }

    /// How the relation reads from its `from` side and from its `to` side.
    public var verbs: (outgoing: String, incoming: String) {
        switch self {
        case .support: ("supports", "supported by")
        case .attack: ("attacks", "attacked by")
        case .undercut: ("undercuts", "undercut by")
        case .contradiction: ("contradicts", "contradicted by")
        case .premise: ("is a premise of", "has premise")
        }
    }
}

/// A directed edge of the map: `from` bears on `to`. In the outline `from` is shown under `to`.
public struct Relation: Hashable, Sendable {
    public var from: NodeID
    public var to: NodeID
    public var kind: RelationKind
    /// Where the relation was written.
    public var location: SourceLocation

    public init(from: NodeID, to: NodeID, kind: RelationKind, location: SourceLocation) {
        self.from = from
        self.to = to
        self.kind = kind
        self.location = location
    }
}

/// Where a node stands once the map's attacks and the reader's disputes are weighed.
public enum Label: String, Hashable, Sendable, CaseIterable {
    /// Every attacker is defeated (or there is none), and it has footing.
    case `in`
    /// Some attacker stands, or the reader disputes it.
    case out
    /// Neither: it sits on a cycle of attacks that nothing settles.
    case undec
    /// Nothing defeats it, but every reason given for it has fallen: each supporter is out or
    /// unsupported itself, or (for an argument) one of its premises is.
    case unsupported

    /// The grounded label alone, with `unsupported` counted as `in` (nothing defeats it).
    public var grounded: Label { self == .unsupported ? .in : self }

    /// Whether the node counts as fallen when it supports another: out, or standing on nothing.
    var hasFallen: Bool { self == .out || self == .unsupported }
}

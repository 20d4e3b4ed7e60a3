import ArgumentMap

/// One line of the outline: a node at one of its places in the tree.
struct OutlineRow: Hashable, Sendable {
    var node: NodeID
    /// The relation to the parent row (an index into the map's relations); `OutlineTree.none` for a root.
    var relation: Int32
    var depth: Int32
    /// A place after the node's first: shown, never expanded; Enter jumps to the first place.
    var isReference: Bool
    /// The last child of its parent, so the tree guide below it stops.
    var isLast: Bool
}

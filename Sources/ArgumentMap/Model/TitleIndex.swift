/// The nodes of one kind by title, first node per title: an open-addressing table of node
/// indices (four bytes a slot) that compares titles against the node array it indexes.
/// A `[String: NodeID]` costs five times the memory and a SipHash per look-up on large maps.
struct TitleIndex: Sendable {
    private static let empty: Int32 = -1
    private var slots = [Int32](repeating: TitleIndex.empty, count: 16)
    private var count = 0

    init() {}

    /// Indexes the nodes of `kind`, keeping the first of each title.
    init(kind: NodeKind, of nodes: [Node]) {
        var count = 0
        for index in nodes.indices where nodes[index].kind == kind { count += 1 }
        reserveCapacity(count, nodes: nodes)
        for index in nodes.indices where nodes[index].kind == kind {
            _ = findOrInsert(nodes[index].title, newID: NodeID(index), in: nodes)
        }
    }

    func find(_ title: String, in nodes: [Node]) -> NodeID? {
        let slot = self.slot(of: title, in: nodes)
        return slots[slot] == Self.empty ? nil : NodeID(Int(slots[slot]))
    }

    /// The node with this title, or nil after recording that `newID` (in `nodes`, or appended next) has it.
    mutating func findOrInsert(_ title: String, newID: NodeID, in nodes: [Node]) -> NodeID? {
        if (count + 1) * 4 > slots.count * 3 { rehash(slots: slots.count * 2, nodes: nodes) }
        let slot = self.slot(of: title, in: nodes)
        if slots[slot] != Self.empty { return NodeID(Int(slots[slot])) }
        slots[slot] = newID.index
        count += 1
        return nil
    }

    /// The slot holding the node with this title, or the empty slot where it belongs.
    private func slot(of title: String, in nodes: [Node]) -> Int {
        let mask = slots.count - 1
        var slot = Self.hash(title) & mask
        while slots[slot] != Self.empty, nodes[Int(slots[slot])].title != title { slot = (slot + 1) & mask }
        return slot
    }

    mutating func reserveCapacity(_ capacity: Int, nodes: [Node]) {
        var size = slots.count
        while capacity * 4 > size * 3 { size *= 2 }
        if size > slots.count { rehash(slots: size, nodes: nodes) }
    }

    private mutating func place(_ index: Int32, title: String) {
        let mask = slots.count - 1
        var slot = Self.hash(title) & mask
        while slots[slot] != Self.empty { slot = (slot + 1) & mask }
        slots[slot] = index
    }

    private mutating func rehash(slots size: Int, nodes: [Node]) {
        let old = slots
        slots = [Int32](repeating: Self.empty, count: size)
        for index in old where index != Self.empty { place(index, title: nodes[Int(index)].title) }
    }

    /// FNV-1a over the UTF-8 bytes, spread over the table by a Fibonacci multiplication.
    private static func hash(_ title: String) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in title.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 20)
    }
}

/// The nodes of one kind by title, first node per title: an open-addressing table whose slots
/// hold a node index and 32 bits of its title's hash, so a probe compares a title (a read from
/// the large node array) only when the hashes agree. A `[String: NodeID]` costs twice the memory
/// and a SipHash per look-up on large maps.
struct TitleIndex: Sendable {
    private static let empty = UInt64.max
    private var slots = [UInt64](repeating: TitleIndex.empty, count: 16)
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
        let slot = self.slot(of: title, hash: Self.hash(title), in: nodes)
        return slots[slot] == Self.empty ? nil : Self.id(slots[slot])
    }

    /// The node with this title, or nil after recording that `newID` (in `nodes`, or appended next) has it.
    mutating func findOrInsert(_ title: String, newID: NodeID, in nodes: [Node]) -> NodeID? {
        if (count + 1) * 4 > slots.count * 3 { rehash(slots: slots.count * 2, nodes: nodes) }
        let hash = Self.hash(title)
        let slot = self.slot(of: title, hash: hash, in: nodes)
        if slots[slot] != Self.empty { return Self.id(slots[slot]) }
        slots[slot] = Self.entry(newID, hash: hash)
        count += 1
        return nil
    }

    mutating func reserveCapacity(_ capacity: Int, nodes: [Node]) {
        var size = slots.count
        while capacity * 4 > size * 3 { size *= 2 }
        if size > slots.count { rehash(slots: size, nodes: nodes) }
    }

    /// The slot holding the node with this title, or the empty slot where it belongs.
    private func slot(of title: String, hash: UInt64, in nodes: [Node]) -> Int {
        let mask = slots.count - 1
        var slot = Self.start(hash) & mask
        while slots[slot] != Self.empty {
            if slots[slot] >> 32 == hash >> 32, nodes[Self.id(slots[slot]).offset].title == title { break }
            slot = (slot + 1) & mask
        }
        return slot
    }

    private mutating func rehash(slots size: Int, nodes: [Node]) {
        let old = slots
        slots = [UInt64](repeating: Self.empty, count: size)
        let mask = size - 1
        for entry in old where entry != Self.empty {
            var slot = Self.start(entry) & mask
            while slots[slot] != Self.empty { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }

    /// The high half of the hash, which a slot keeps, decides where probing starts.
    private static func start(_ hashOrEntry: UInt64) -> Int { Int(truncatingIfNeeded: hashOrEntry >> 32) }

    private static func entry(_ id: NodeID, hash: UInt64) -> UInt64 {
        hash & 0xFFFF_FFFF_0000_0000 | UInt64(UInt32(bitPattern: id.index))
    }

    private static func id(_ entry: UInt64) -> NodeID { NodeID(Int(UInt32(truncatingIfNeeded: entry))) }

    /// FNV-1a over the UTF-8 bytes, mixed by a Fibonacci multiplication so the high half is well spread.
    private static func hash(_ title: String) -> UInt64 {
        func fnv<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            return hash
        }
        return (title.utf8.withContiguousStorageIfAvailable(fnv) ?? fnv(title.utf8)) &* 0x9E37_79B9_7F4A_7C15
    }
}

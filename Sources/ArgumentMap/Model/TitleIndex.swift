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

    /// Titles looked up by `findOrReserve` and not found, each holding its slot until `settle` gives it its id.
    struct Reservations {
        fileprivate var held: [(slot: Int, title: Int)] = []
    }

    /// Looks up each of `titles` (distinct, none of them reserved already): the node found, or nil
    /// after reserving the title's slot. The look-ups go in the order of the slots' pages rather than
    /// of `titles`, so a large table is walked page by page instead of at random: at a million nodes
    /// it is 16 MB, and a look-up at random waits on memory. Until `settle`, `find` passes over the reserved.
    mutating func findOrReserve(_ titles: [String], in nodes: [Node]) -> (found: [NodeID?], reservations: Reservations) {
        reserveCapacity(count + titles.count, nodes: nodes)
        let hashes = titles.map(Self.hash)
        var found = [NodeID?](repeating: nil, count: titles.count)
        var reservations = Reservations()
        for title in Self.pageOrder(of: hashes, slotCount: slots.count) {
            let slot = self.slot(of: titles[title], hash: hashes[title], in: nodes)
            if slots[slot] != Self.empty {
                found[title] = Self.id(slots[slot])
                continue
            }
            slots[slot] = Self.tag(hashes[title]) | Self.reserved
            count += 1
            reservations.held.append((slot, title))
        }
        return (found, reservations)
    }

    /// Gives each title `findOrReserve` reserved its node, `id(title)`, the titles counted as they were given to it.
    mutating func settle(_ reservations: Reservations, id: (Int) -> NodeID) {
        for (slot, title) in reservations.held { slots[slot] = Self.entry(id(title), hash: slots[slot]) }
    }

    /// The indices of `hashes` ordered by the page of the table their probing starts in (a counting sort).
    private static func pageOrder(of hashes: [UInt64], slotCount: Int) -> [Int] {
        let slotsPerPage = 4096 / MemoryLayout<UInt64>.stride
        let mask = slotCount - 1
        func page(_ hash: UInt64) -> Int { (start(hash) & mask) / slotsPerPage }
        var first = [Int](repeating: 0, count: slotCount / slotsPerPage + 2)
        for hash in hashes { first[page(hash) + 1] += 1 }
        for page in first.indices.dropFirst() { first[page] += first[page - 1] }
        var order = [Int](repeating: 0, count: hashes.count)
        for (index, hash) in hashes.enumerated() {
            order[first[page(hash)]] = index
            first[page(hash)] += 1
        }
        return order
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
            if slots[slot] >> 32 == hash >> 32, slots[slot] & Self.idBits != Self.reserved,
               nodes[Self.id(slots[slot]).offset].title == title { break }
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
        tag(hash) | UInt64(UInt32(bitPattern: id.index))
    }

    /// The high half of a hash, kept in its slot with the node's id in the low half.
    private static func tag(_ hash: UInt64) -> UInt64 { hash & ~idBits }
    private static let idBits: UInt64 = 0xFFFF_FFFF
    /// The id half of a reserved slot: no node's (ids are below 2^31), and no empty slot's.
    private static let reserved: UInt64 = 0xFFFF_FFFE

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

import CPlainText

/// The nodes of one kind by title, first node per title: an open-addressing table whose 4-byte
/// slots hold a node index and as many bits of its title's hash as the indices leave, so a probe
/// compares a title (a read from the large node array) only when those agree: 8 MB at a million
/// nodes. A `[String: NodeID]` costs four times the memory and a SipHash per look-up on large maps.
struct TitleIndex: Sendable {
    /// How many look-ups ahead `findOrReserve` asks for a slot's cache line.
    private static let prefetchDistance = 8

    private static let empty: UInt32 = 0
    private var slots = [UInt32](repeating: TitleIndex.empty, count: 16)
    private var count = 0
    /// The low bits of a slot: the node's index plus one, or all ones while reserved; the rest are the hash's.
    private var idMask: UInt32 = 0xFF

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
        return slots[slot] == Self.empty ? nil : id(slots[slot])
    }

    /// The node with this title, or nil after recording that `newID` (in `nodes`, or appended next) has it.
    mutating func findOrInsert(_ title: String, newID: NodeID, in nodes: [Node]) -> NodeID? {
        if (count + 1) * 4 > slots.count * 3 || newID.offset >= largestID {
            reserve(slots: count + 1, ids: newID.offset + 1, nodes: nodes)
        }
        let hash = Self.hash(title)
        let slot = self.slot(of: title, hash: hash, in: nodes)
        if slots[slot] != Self.empty { return id(slots[slot]) }
        slots[slot] = entry(newID, hash: hash)
        count += 1
        return nil
    }

    /// Asks for the slot where the title with these UTF-8 bytes is looked up first, without waiting
    /// for it: on a large map nearly every look-up otherwise stalls on memory (a tenth of reading
    /// a million nodes), and a reader that sees the next title a line ahead can hide that.
    func prefetchSlot(ofTitle title: UnsafeBufferPointer<UInt8>) {
        prefetch(slot: Self.start(Self.hash(title)) & (slots.count - 1))
    }

    private func prefetch(slot: Int) {
        slots.withUnsafeBufferPointer { argmap_prefetch_for_write($0.baseAddress! + slot) }
    }

    /// Titles looked up by `findOrReserve` and not found, each holding its slot until `settle` gives it its id.
    struct Reservations {
        fileprivate var held: [(slot: Int, title: Int)] = []
    }

    /// Looks up each of `titles` (distinct, none of them reserved already): the node found, or nil
    /// after reserving the title's slot. The look-ups go in the order of the slots' pages rather than
    /// of `titles`, so a large table is walked page by page instead of at random: at a million nodes
    /// it is 8 MB, and a look-up at random waits on memory. Until `settle`, `find` passes over the reserved.
    /// `settle` will give them ids below `newIDs` (`nodes.count` plus the titles, unless other nodes come too).
    mutating func findOrReserve(
        _ titles: [String], in nodes: [Node], newIDs: Int? = nil
    ) -> (found: [NodeID?], reservations: Reservations) {
        reserve(slots: count + titles.count, ids: newIDs ?? nodes.count + titles.count, nodes: nodes)
        let hashes = titles.map(Self.hash)
        var found = [NodeID?](repeating: nil, count: titles.count)
        var reservations = Reservations()
        let order = Self.pageOrder(of: hashes, slotCount: slots.count)
        for (position, title) in order.enumerated() {
            if position + Self.prefetchDistance < order.count {
                prefetch(slot: Self.start(hashes[order[position + Self.prefetchDistance]]) & (slots.count - 1))
            }
            let slot = self.slot(of: titles[title], hash: hashes[title], in: nodes)
            if slots[slot] != Self.empty {
                found[title] = id(slots[slot])
                continue
            }
            slots[slot] = tag(hashes[title]) | idMask
            count += 1
            reservations.held.append((slot, title))
        }
        return (found, reservations)
    }

    /// Gives each title `findOrReserve` reserved its node, `id(title)`, the titles counted as they were given to it.
    mutating func settle(_ reservations: Reservations, id: (Int) -> NodeID) {
        for (slot, title) in reservations.held { slots[slot] = slots[slot] & ~idMask | UInt32(id(title).offset + 1) }
    }

    /// The indices of `hashes` ordered by the page of the table their probing starts in (a counting sort).
    private static func pageOrder(of hashes: [UInt64], slotCount: Int) -> [Int] {
        let slotsPerPage = 4096 / MemoryLayout<UInt32>.stride
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
        reserve(slots: capacity, ids: max(capacity, nodes.count), nodes: nodes)
    }

    /// Makes room for node indices below `count` without more titles, so the table is not rehashed as the indices grow.
    mutating func reserveIDs(below count: Int, nodes: [Node]) {
        reserve(slots: self.count, ids: count, nodes: nodes)
    }

    /// Makes room for `capacity` titles and for node indices below `ids`. Not while titles are reserved: their hashes are not kept.
    private mutating func reserve(slots capacity: Int, ids: Int, nodes: [Node]) {
        var size = slots.count
        while capacity * 4 > size * 3 { size *= 2 }
        var mask = idMask
        while ids >= mask { mask = mask << 1 | 1 }
        if size > slots.count || mask > idMask { rehash(slots: size, idMask: mask, nodes: nodes) }
    }

    /// The slot holding the node with this title, or the empty slot where it belongs.
    private func slot(of title: String, hash: UInt64, in nodes: [Node]) -> Int {
        let mask = slots.count - 1
        let tag = tag(hash)
        var slot = Self.start(hash) & mask
        while slots[slot] != Self.empty {
            if slots[slot] & ~idMask == tag, slots[slot] & idMask != idMask, nodes[id(slots[slot]).offset].title == title { break }
            slot = (slot + 1) & mask
        }
        return slot
    }

    /// A slot keeps too few of the hash's bits to place it again, so each title is hashed anew.
    private mutating func rehash(slots size: Int, idMask newIDMask: UInt32, nodes: [Node]) {
        let old = slots
        let oldIDMask = idMask
        slots = [UInt32](repeating: Self.empty, count: size)
        idMask = newIDMask
        let mask = size - 1
        for entry in old where entry != Self.empty {
            let id = Int(entry & oldIDMask) - 1
            let hash = Self.hash(nodes[id].title)
            var slot = Self.start(hash) & mask
            while slots[slot] != Self.empty { slot = (slot + 1) & mask }
            slots[slot] = self.entry(NodeID(id), hash: hash)
        }
    }

    /// Node indices below this fit a slot.
    private var largestID: Int { Int(idMask) - 1 }

    /// The high half of the hash decides where probing starts, from its low bits; a slot keeps its top bits.
    private static func start(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> 32) }
    private func tag(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash >> 32) & ~idMask }

    private func entry(_ id: NodeID, hash: UInt64) -> UInt32 { tag(hash) | UInt32(id.offset + 1) }
    private func id(_ entry: UInt32) -> NodeID { NodeID(Int(entry & idMask) - 1) }

    /// FNV-1a over the UTF-8 bytes, mixed by a Fibonacci multiplication so the high half is well spread.
    private static func hash(_ title: String) -> UInt64 {
        title.utf8.withContiguousStorageIfAvailable(hash) ?? hash(title.utf8)
    }

    private static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash &* 0x9E37_79B9_7F4A_7C15
    }
}

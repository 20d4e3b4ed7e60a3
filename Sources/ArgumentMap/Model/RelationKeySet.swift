/// The relations a `MapBuilder` already holds, by their ends and kind: an open-addressing hash
/// table of one 64-bit word per relation (both node indices and the kind), hashed with one
/// multiplication, so a check costs one cache miss. A `Set` of structs costs more memory and a
/// full SipHash per relation on large maps.
struct RelationKeySet {
    private static let empty = UInt64.max
    /// Node indices up to 2^30 fit a word with the kind; larger ones (a map of over a billion nodes) go to `overflow`.
    private static let indexLimit: Int32 = 1 << 30
    private var words = [UInt64](repeating: RelationKeySet.empty, count: 16)
    private var count = 0
    private var overflow: Set<[Int32]> = []

    /// Adds the relation; false when the same one was already there.
    mutating func insert(from: NodeID, to: NodeID, kind: RelationKind) -> Bool {
        guard from.index < Self.indexLimit, to.index < Self.indexLimit else {
            return overflow.insert([from.index, to.index, Int32(Self.code(kind))]).inserted
        }
        if (count + 1) * 4 > words.count * 3 { rehash(slots: words.count * 2) }
        let word = UInt64(from.index) << 33 | UInt64(to.index) << 3 | Self.code(kind)
        let slot = self.slot(of: word)
        guard words[slot] == Self.empty else { return false }
        words[slot] = word
        count += 1
        return true
    }

    mutating func reserveCapacity(_ capacity: Int) {
        var slots = words.count
        while capacity * 4 > slots * 3 { slots *= 2 }
        if slots > words.count { rehash(slots: slots) }
    }

    /// The slot holding `word`, or the empty slot where it belongs.
    private func slot(of word: UInt64) -> Int {
        let mask = words.count - 1
        var slot = Int(truncatingIfNeeded: (word &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while words[slot] != Self.empty && words[slot] != word { slot = (slot + 1) & mask }
        return slot
    }

    private mutating func rehash(slots: Int) {
        let old = words
        words = [UInt64](repeating: Self.empty, count: slots)
        for word in old where word != Self.empty { words[slot(of: word)] = word }
    }

    private static func code(_ kind: RelationKind) -> UInt64 {
        switch kind {
        case .support: 0
        case .attack: 1
        case .undercut: 2
        case .contradiction: 3
        case .premise: 4
        }
    }
}

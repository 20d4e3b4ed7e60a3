/// The relations a `MapBuilder` already holds, by their ends and kind: an open-addressing hash
/// table of node pairs with a bit per kind, nine bytes a slot, hashed with one multiplication.
/// A `Set` of structs costs three times the memory and a full SipHash per relation on large maps.
struct RelationKeySet {
    private static let empty = UInt64.max
    private var pairs = [UInt64](repeating: RelationKeySet.empty, count: 16)
    private var kinds = [UInt8](repeating: 0, count: 16)
    private var count = 0

    /// Adds the relation; false when the same one was already there.
    mutating func insert(from: NodeID, to: NodeID, kind: RelationKind) -> Bool {
        if (count + 1) * 4 > pairs.count * 3 { grow() }
        let pair = UInt64(UInt32(bitPattern: from.index)) << 32 | UInt64(UInt32(bitPattern: to.index))
        let slot = self.slot(of: pair)
        let bit = Self.bit(kind)
        if pairs[slot] == Self.empty {
            pairs[slot] = pair
            count += 1
        } else if kinds[slot] & bit != 0 {
            return false
        }
        kinds[slot] |= bit
        return true
    }

    /// The slot holding `pair`, or the empty slot where it belongs.
    private func slot(of pair: UInt64) -> Int {
        let mask = pairs.count - 1
        var slot = Int(truncatingIfNeeded: (pair &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while pairs[slot] != Self.empty && pairs[slot] != pair { slot = (slot + 1) & mask }
        return slot
    }

    mutating func reserveCapacity(_ capacity: Int) {
        var slots = pairs.count
        while capacity * 4 > slots * 3 { slots *= 2 }
        if slots > pairs.count { rehash(slots: slots) }
    }

    private mutating func grow() { rehash(slots: pairs.count * 2) }

    private mutating func rehash(slots: Int) {
        let oldPairs = pairs
        let oldKinds = kinds
        pairs = [UInt64](repeating: Self.empty, count: slots)
        kinds = [UInt8](repeating: 0, count: slots)
        for (index, pair) in oldPairs.enumerated() where pair != Self.empty {
            let slot = self.slot(of: pair)
            pairs[slot] = pair
            kinds[slot] = oldKinds[index]
        }
    }

    private static func bit(_ kind: RelationKind) -> UInt8 {
        switch kind {
        case .support: 1
        case .attack: 2
        case .undercut: 4
        case .contradiction: 8
        case .premise: 16
        }
    }
}

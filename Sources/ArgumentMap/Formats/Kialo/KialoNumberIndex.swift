/// The claims of a Kialo export by number ("1.2.3"), found from the number's bytes without making
/// a `String` of them: an open-addressing table of claim indices, hashed with FNV-1a.
struct KialoNumberIndex {
    /// A claim's index plus one; zero for an empty slot.
    private var slots = [Int32](repeating: 0, count: 16)
    private var count = 0

    /// Adds claim `claim`, whose number (`numbers[claim]`) no claim added before has.
    mutating func insert(_ claim: Int, in numbers: [String]) {
        if (count + 1) * 2 > slots.count { grow(numbers) }
        var slot = Self.hash(numbers[claim].utf8) & (slots.count - 1)
        while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = Int32(claim + 1)
        count += 1
    }

    /// The index of the claim numbered `number`.
    func find(_ number: some Collection<UInt8>, in numbers: [String]) -> Int? {
        var slot = Self.hash(number) & (slots.count - 1)
        while slots[slot] != 0 {
            let claim = Int(slots[slot] - 1)
            if numbers[claim].utf8.elementsEqual(number) { return claim }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    private mutating func grow(_ numbers: [String]) {
        let old = slots
        slots = [Int32](repeating: 0, count: old.count * 2)
        count = 0
        for entry in old where entry != 0 {
            insert(Int(entry - 1), in: numbers)
        }
    }

    private static func hash(_ bytes: some Collection<UInt8>) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}

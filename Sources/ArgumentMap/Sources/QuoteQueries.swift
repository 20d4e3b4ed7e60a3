/// The distinct quotes asked of one source, each with its optional prefix and suffix, folded
/// (`FoldedText`, trimmed) and kept end to end in one buffer: a quarter of a million quotes
/// are one array rather than three each.
struct QuoteQueries {
    /// Every query's quote, prefix and suffix, one after the other.
    private(set) var bytes: [UInt8] = []
    /// Where each query's quote, prefix and suffix end in `bytes`, three entries a query. The
    /// buffer holds parts of one map, which is under 2 GiB, so 32 bits hold any offset.
    private var ends: [Int32] = []
    /// Open addressing over query numbers plus one (0 is free), so a repeated query is found.
    private var slots: [Int32] = []

    var count: Int { ends.count / 3 }

    var indices: Range<Int> { 0..<count }

    /// The folded quote of query `index`, as a range of `bytes`.
    func quote(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : Int(ends[3 * index - 1]))..<Int(ends[3 * index])
    }

    /// The folded prefix of query `index`, nil when it has none.
    func prefix(_ index: Int) -> Range<Int>? {
        Self.nonEmpty(Int(ends[3 * index])..<Int(ends[3 * index + 1]))
    }

    func suffix(_ index: Int) -> Range<Int>? {
        Self.nonEmpty(Int(ends[3 * index + 1])..<Int(ends[3 * index + 2]))
    }

    func hasContext(_ index: Int) -> Bool { prefix(index) != nil || suffix(index) != nil }

    /// The position of the citation's query, added unless an equal one is already there.
    mutating func insert(_ citation: Citation) -> Int {
        let start = bytes.count
        append(folded: citation.quote)
        ends.append(Int32(bytes.count))
        citation.prefix.map { append(folded: $0) }
        ends.append(Int32(bytes.count))
        citation.suffix.map { append(folded: $0) }
        ends.append(Int32(bytes.count))
        let added = count - 1
        if slots.count < 2 * count { rehash(capacity: max(64, 2 * slots.count)) }
        var slot = self.slot(of: added)
        while slots[slot] != 0 {
            let existing = Int(slots[slot]) - 1
            if isEqual(existing, added) {
                bytes.removeSubrange(start...)
                ends.removeLast(3)
                return existing
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        slots[slot] = Int32(added + 1)
        return added
    }

    /// Lets go of what only `insert` needs before the search.
    mutating func finishInserting() {
        slots = []
        bytes = Self.fitted(bytes)
        ends = Self.fitted(ends)
    }

    /// `array` in an allocation of its own size: arrays grow by doubling, and half may be spare.
    private static func fitted<Element>(_ array: [Element]) -> [Element] {
        guard array.capacity > array.count else { return array }
        return [Element](unsafeUninitializedCapacity: array.count) { buffer, count in
            _ = buffer.initialize(from: array)
            count = array.count
        }
    }

    private mutating func append(folded text: String) {
        bytes.append(contentsOf: FoldedText(Array(text.utf8), trimmed: true).bytes)
    }

    private static func nonEmpty(_ range: Range<Int>) -> Range<Int>? { range.isEmpty ? nil : range }

    private func parts(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : Int(ends[3 * index - 1]))..<Int(ends[3 * index + 2])
    }

    private func isEqual(_ first: Int, _ second: Int) -> Bool {
        quote(first).count == quote(second).count
            && ends[3 * first + 1] - ends[3 * first] == ends[3 * second + 1] - ends[3 * second]
            && bytes[parts(first)].elementsEqual(bytes[parts(second)])
    }

    private func slot(of index: Int) -> Int {
        var hasher = Hasher()
        hasher.combine(quote(index).count)
        hasher.combine(ends[3 * index + 1] - ends[3 * index])
        bytes.withUnsafeBytes { hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: $0[parts(index)])) }
        return hasher.finalize() & (slots.count - 1)
    }

    private mutating func rehash(capacity: Int) {
        slots = [Int32](repeating: 0, count: capacity)
        for index in 0..<count - 1 {
            var slot = self.slot(of: index)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(index + 1)
        }
    }
}

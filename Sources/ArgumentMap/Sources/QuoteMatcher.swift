/// Finds many quotes in one folded text in a single pass: each quote of eight bytes or more is
/// looked up by its first eight bytes at every position (behind a bit filter), then word by word
/// in a `QuotePrefixTree`, so a million quotes cost one scan of the source rather than a million,
/// even when they all begin alike.
struct QuoteMatcher {
    /// One distinct quote with its optional context, already folded.
    struct Query: Hashable {
        var quote: [UInt8]
        var prefix: [UInt8]?
        var suffix: [UInt8]?

        init(_ citation: Citation) {
            quote = Array(FoldedText(Array(citation.quote.utf8), trimmed: true).bytes)
            prefix = citation.prefix.map { Array(FoldedText(Array($0.utf8), trimmed: true).bytes) }.flatMap { $0.isEmpty ? nil : $0 }
            suffix = citation.suffix.map { Array(FoldedText(Array($0.utf8), trimmed: true).bytes) }.flatMap { $0.isEmpty ? nil : $0 }
        }

        var hasContext: Bool { prefix != nil || suffix != nil }

        /// Hashes the bytes in bulk: the synthesized hash feeds them one at a time.
        func hash(into hasher: inout Hasher) {
            for part in [quote, prefix ?? [], suffix ?? []] {
                hasher.combine(part.count)
                part.withUnsafeBytes { hasher.combine(bytes: $0) }
            }
        }
    }

    /// What the scan found for one query.
    struct Matches {
        /// Occurrences of the quote, with or without the context.
        var occurrences = 0
        /// Folded start offsets of the first few occurrences, to name their lines.
        var firstOccurrences: [Int] = []
        /// Occurrences whose text around them agrees with the prefix and suffix.
        var fitting = 0
        var firstFitting: [Int] = []

        static let remembered = 8

        mutating func record(_ offset: Int, fits: Bool) {
            occurrences += 1
            if firstOccurrences.count < Self.remembered { firstOccurrences.append(offset) }
            guard fits else { return }
            fitting += 1
            if firstFitting.count < Self.remembered { firstFitting.append(offset) }
        }
    }

    private static let keyLength = QuotePrefixTree.wordLength

    /// The matches of each query in `text`, in the order of `queries`.
    static func find(_ queries: [Query], in text: FoldedText) -> [Matches] {
        var results = [Matches](repeating: Matches(), count: queries.count)
        let tree = QuotePrefixTree(queries.map(\.quote))
        let short = queries.indices.filter { !queries[$0].quote.isEmpty && queries[$0].quote.count < keyLength }
        text.paddedBytes.withUnsafeBytes { buffer in
            if !tree.firstWords.isEmpty {
                let filter = BitFilter(keys: tree.firstWords.keys)
                var position = 0
                let last = text.count - keyLength
                while position <= last {
                    let candidate = buffer.loadUnaligned(fromByteOffset: position, as: UInt64.self)
                    if filter.mayContain(candidate) {
                        tree.forEachCandidate(at: position, firstWord: candidate, in: buffer, count: text.count) { index in
                            guard occurs(queries[index].quote, at: position, in: buffer, text) else { return }
                            results[index].record(position, fits: fits(queries[index], at: position, in: buffer, count: text.count))
                        }
                    }
                    position += 1
                }
            }
            for index in short {
                let quote = queries[index].quote
                var position = 0
                while position + quote.count <= text.count {
                    if occurs(quote, at: position, in: buffer, text) {
                        results[index].record(position, fits: fits(queries[index], at: position, in: buffer, count: text.count))
                    }
                    position += 1
                }
            }
        }
        return results
    }

    /// Whether `quote` stands at `position` as whole characters.
    private static func occurs(_ quote: [UInt8], at position: Int, in buffer: UnsafeRawBufferPointer, _ text: FoldedText) -> Bool {
        matches(quote, at: position, in: buffer, count: text.count)
            && text.isCharacterBoundary(position) && text.isCharacterBoundary(position + quote.count)
    }

    private static func matches(_ needle: [UInt8], at position: Int, in text: UnsafeRawBufferPointer, count: Int) -> Bool {
        guard position >= 0, position + needle.count <= count else { return false }
        for (offset, byte) in needle.enumerated() where text[position + offset] != byte { return false }
        return true
    }

    /// Whether the text around the occurrence at `position` agrees with the query's prefix and
    /// suffix; one space between context and quote is allowed either way.
    private static func fits(_ query: Query, at position: Int, in text: UnsafeRawBufferPointer, count: Int) -> Bool {
        if let prefix = query.prefix {
            let end = position > 0 && text[position - 1] == 0x20 ? position - 1 : position
            if !matches(prefix, at: end - prefix.count, in: text, count: count) { return false }
        }
        if let suffix = query.suffix {
            let after = position + query.quote.count
            let start = after < count && text[after] == 0x20 ? after + 1 : after
            if !matches(suffix, at: start, in: text, count: count) { return false }
        }
        return true
    }
}

/// A bit set over hashed 8-byte keys that rules out most positions before a dictionary lookup.
private struct BitFilter {
    private var words: [UInt64]
    private let shift: UInt64

    init(keys: some Collection<UInt64>) {
        var bits = 10
        while (1 << bits) < keys.count * 16, bits < 26 { bits += 1 }
        words = [UInt64](repeating: 0, count: (1 << bits) / 64)
        shift = UInt64(64 - bits)
        for key in keys {
            let slot = slot(of: key)
            words[slot >> 6] |= 1 << UInt64(slot & 63)
        }
    }

    func mayContain(_ key: UInt64) -> Bool {
        let slot = slot(of: key)
        return words[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }

    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}

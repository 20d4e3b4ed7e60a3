/// Finds many quotes in one folded text in a single pass: each quote of eight bytes or more is
/// looked up by its first eight bytes at every position (behind a bit filter), then word by word
/// in a `QuotePrefixTree`, so a million quotes cost one scan of the source rather than a million,
/// even when they all begin alike.
struct QuoteMatcher {
    /// What the scan found for one query: 24 bytes, as a source may be asked a million quotes.
    struct Matches: Equatable, CustomStringConvertible {
        // Offsets and counts are under 2^31: a source is at most 1 GiB.
        private var occurrenceCount: Int32 = 0
        private var fittingCount: Int32 = 0
        private var firstOccurrenceOffset: Int32 = 0
        private var firstFitOffset: Int32 = 0
        /// The later of the first few occurrences, then the later of the first few fitting ones:
        /// the usual query, found once, allocates nothing.
        private var later: [Int32] = []

        static let remembered = 8

        /// Occurrences of the quote, with or without the context.
        var occurrences: Int { Int(occurrenceCount) }
        /// Occurrences whose text around them agrees with the prefix and suffix.
        var fitting: Int { Int(fittingCount) }
        /// The folded start offset of the first occurrence, when there is one.
        var firstOccurrence: Int { Int(firstOccurrenceOffset) }
        /// The folded start offset of the first fitting occurrence, when there is one.
        var firstFit: Int { Int(firstFitOffset) }

        /// Folded start offsets of the first few occurrences, to name their lines.
        var firstOccurrences: [Int] {
            occurrences == 0 ? [] : [firstOccurrence] + later[..<laterOccurrences].map(Int.init)
        }

        var firstFitting: [Int] {
            fitting == 0 ? [] : [firstFit] + later[laterOccurrences...].map(Int.init)
        }

        private var laterOccurrences: Int { max(0, min(occurrences, Self.remembered) - 1) }

        mutating func record(_ offset: Int, fits: Bool) {
            let offset = Int32(offset)
            if occurrenceCount == 0 {
                firstOccurrenceOffset = offset
            } else if occurrences < Self.remembered {
                later.insert(offset, at: laterOccurrences)
            }
            occurrenceCount += 1
            guard fits else { return }
            if fittingCount == 0 {
                firstFitOffset = offset
            } else if fitting < Self.remembered {
                later.append(offset)
            }
            fittingCount += 1
        }

        var description: String {
            "\(occurrences) at \(firstOccurrences), \(fitting) fitting at \(firstFitting)"
        }
    }

    private static let keyLength = QuotePrefixTree.wordLength

    /// The matches of each query in `text`, in the order of `queries`.
    static func find(_ queries: QuoteQueries, in text: FoldedText) -> [Matches] {
        var results = [Matches](repeating: Matches(), count: queries.count)
        let tree = QuotePrefixTree(queries)
        let short = queries.indices.filter { !queries.quote($0).isEmpty && queries.quote($0).count < keyLength }
        queries.bytes.withUnsafeBytes { queryBytes in
            text.paddedBytes.withUnsafeBytes { buffer in
                let scan = Scan(queries: queries, queryBytes: queryBytes, text: text, buffer: buffer)
                if !tree.firstWords.isEmpty {
                    let filter = BitFilter(keys: tree.firstWords)
                    var position = 0
                    let last = text.count - keyLength
                    while position <= last {
                        let candidate = buffer.loadUnaligned(fromByteOffset: position, as: UInt64.self)
                        if filter.mayContain(candidate) {
                            tree.forEachCandidate(at: position, firstWord: candidate, in: buffer, count: text.count) { index in
                                scan.record(index, at: position, in: &results)
                            }
                        }
                        position += 1
                    }
                }
                for index in short {
                    var position = 0
                    while position + queries.quote(index).count <= text.count {
                        scan.record(index, at: position, in: &results)
                        position += 1
                    }
                }
            }
        }
        return results
    }

    /// One search's queries and text, as raw bytes.
    private struct Scan {
        let queries: QuoteQueries
        let queryBytes: UnsafeRawBufferPointer
        let text: FoldedText
        let buffer: UnsafeRawBufferPointer

        /// Records query `index` at `position` if its quote stands there as whole characters.
        func record(_ index: Int, at position: Int, in results: inout [Matches]) {
            let quote = queries.quote(index)
            guard matches(quote, at: position),
                  text.isCharacterBoundary(position), text.isCharacterBoundary(position + quote.count)
            else { return }
            results[index].record(position, fits: fits(index, at: position, quoteLength: quote.count))
        }

        private func matches(_ needle: Range<Int>, at position: Int) -> Bool {
            guard position >= 0, position + needle.count <= text.count else { return false }
            var offset = 0
            while offset < needle.count {
                if buffer[position + offset] != queryBytes[needle.lowerBound + offset] { return false }
                offset += 1
            }
            return true
        }

        /// Whether the text around the occurrence at `position` agrees with the query's prefix and
        /// suffix; one space between context and quote is allowed either way.
        private func fits(_ index: Int, at position: Int, quoteLength: Int) -> Bool {
            if let prefix = queries.prefix(index) {
                let end = position > 0 && buffer[position - 1] == 0x20 ? position - 1 : position
                if !matches(prefix, at: end - prefix.count) { return false }
            }
            if let suffix = queries.suffix(index) {
                let after = position + quoteLength
                let start = after < text.count && buffer[after] == 0x20 ? after + 1 : after
                if !matches(suffix, at: start) { return false }
            }
            return true
        }
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

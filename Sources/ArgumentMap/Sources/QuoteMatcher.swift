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

    /// The matches of each query in `original` once folded, at folded offsets and in the order
    /// of `queries`, and where the folded bytes came from. The text is folded a window at a
    /// time: `windowSize` positions are scanned in each (by default a megabyte's, or more when
    /// a query is longer), with what the longest query and its context can reach on either
    /// side, so a large source is never held twice.
    static func find(_ queries: QuoteQueries, in original: [UInt8], windowSize: Int? = nil) -> (matches: [Matches], shifts: FoldedShifts) {
        var results = [Matches](repeating: Matches(), count: queries.count)
        let tree = QuotePrefixTree(queries)
        let filter = BitFilter(keys: tree.firstWords)
        let short = queries.indices.filter { !queries.quote($0).isEmpty && queries.quote($0).count < keyLength }
        var (behind, ahead) = (0, 0)
        for index in queries.indices {
            behind = max(behind, queries.prefix(index)?.count ?? 0)
            ahead = max(ahead, queries.quote(index).count + (queries.suffix(index)?.count ?? 0))
        }
        // A space between context and quote, the characters around a match's ends, the tree's last word.
        behind += 1 + Window.characterReach + keyLength
        ahead += 1 + Window.characterReach + 2 * keyLength
        let step = windowSize ?? max(1 << 20, behind + ahead)

        var reader = FoldingReader(original)
        var folded: [UInt8] = []
        var base = 0
        var next = 0
        var finished = false
        queries.bytes.withUnsafeBytes { queryBytes in
            while !finished {
                reader.read(into: &folded, upTo: next - base + step + ahead)
                finished = reader.isFinished
                let end = base + folded.count
                let scanEnd = finished ? end : end - ahead
                folded.withUnsafeBytes { buffer in
                    let scan = Scan(queries: queries, queryBytes: queryBytes, window: Window(buffer: buffer, base: base, end: end))
                    if !tree.firstWords.isEmpty {
                        var position = next
                        let last = min(scanEnd - 1, end - keyLength)
                        while position <= last {
                            let candidate = buffer.loadUnaligned(fromByteOffset: position - base, as: UInt64.self)
                            if filter.mayContain(candidate) {
                                tree.forEachCandidate(at: position - base, firstWord: candidate, in: buffer, count: end - base) { index in
                                    scan.record(index, at: position, in: &results)
                                }
                            }
                            position += 1
                        }
                    }
                    for index in short {
                        var position = next
                        while position < scanEnd, position + queries.quote(index).count <= end {
                            scan.record(index, at: position, in: &results)
                            position += 1
                        }
                    }
                }
                next = scanEnd
                let kept = max(base, next - behind)
                folded.removeFirst(kept - base)
                base = kept
            }
        }
        return (results, reader.shifts)
    }

    /// The folded bytes at hand: from global offset `base` up to `end`, the end of the text once it is all folded.
    private struct Window {
        let buffer: UnsafeRawBufferPointer
        let base: Int
        let end: Int

        /// How far either side of an offset its character is judged from.
        static let characterReach = 128

        subscript(offset: Int) -> UInt8 { buffer[offset - base] }

        func matches(_ needle: Range<Int>, of bytes: UnsafeRawBufferPointer, at position: Int) -> Bool {
            guard position >= 0, position + needle.count <= end else { return false }
            var offset = 0
            while offset < needle.count {
                if self[position + offset] != bytes[needle.lowerBound + offset] { return false }
                offset += 1
            }
            return true
        }

        /// Whether `offset` falls between two characters (grapheme clusters), so that a quote
        /// never starts or ends inside one: `cafe` is not in `café` written with a combining accent.
        /// Judged from the 128 bytes on either side, which holds for all but freak clusters.
        func isCharacterBoundary(_ offset: Int) -> Bool {
            guard offset > 0, offset < end else { return true }
            // Folded text has no CR, so two ASCII bytes never share a character.
            if self[offset - 1] < 0x80, self[offset] < 0x80 { return true }
            if Self.isContinuation(self[offset]) { return false }
            var start = max(0, offset - Self.characterReach)
            while start < offset, Self.isContinuation(self[start]) { start += 1 }
            var stop = min(end, offset + Self.characterReach)
            while stop < end, Self.isContinuation(self[stop]) { stop += 1 }
            let window = String(decoding: UnsafeRawBufferPointer(rebasing: buffer[(start - base)..<(stop - base)]), as: UTF8.self)
            return window.utf8.index(window.utf8.startIndex, offsetBy: offset - start).samePosition(in: window) != nil
        }

        private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
    }

    /// One search's queries and the window of text it is at.
    private struct Scan {
        let queries: QuoteQueries
        let queryBytes: UnsafeRawBufferPointer
        let window: Window

        /// Records query `index` at `position` if its quote stands there as whole characters.
        func record(_ index: Int, at position: Int, in results: inout [Matches]) {
            let quote = queries.quote(index)
            guard window.matches(quote, of: queryBytes, at: position),
                  window.isCharacterBoundary(position), window.isCharacterBoundary(position + quote.count)
            else { return }
            results[index].record(position, fits: fits(index, at: position, quoteLength: quote.count))
        }

        /// Whether the text around the occurrence at `position` agrees with the query's prefix and
        /// suffix; one space between context and quote is allowed either way.
        private func fits(_ index: Int, at position: Int, quoteLength: Int) -> Bool {
            if let prefix = queries.prefix(index) {
                let end = position > 0 && window[position - 1] == 0x20 ? position - 1 : position
                if !window.matches(prefix, of: queryBytes, at: end - prefix.count) { return false }
            }
            if let suffix = queries.suffix(index) {
                let after = position + quoteLength
                let start = after < window.end && window[after] == 0x20 ? after + 1 : after
                if !window.matches(suffix, of: queryBytes, at: start) { return false }
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

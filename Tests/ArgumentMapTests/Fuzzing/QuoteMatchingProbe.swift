@testable import ArgumentMap

/// Quote matching checked against the obvious slow way, for any source text and quotes.
///
/// An input is citations and a source separated by NUL bytes (`citation NUL ... NUL source`);
/// a citation is `quote`, `prefix SOH quote` or `prefix SOH quote SOH suffix`. Without a NUL
/// the middle third of the input is quoted from the whole of it.
enum QuoteMatchingProbe {
    /// One query's folded parts, copied out of the matcher's buffer.
    private struct Query {
        var quote: [UInt8]
        var prefix: [UInt8]?
        var suffix: [UInt8]?

        init(_ table: QuoteQueries, _ index: Int) {
            quote = Array(table.bytes[table.quote(index)])
            prefix = table.prefix(index).map { Array(table.bytes[$0]) }
            suffix = table.suffix(index).map { Array(table.bytes[$0]) }
        }
    }

    static func violations(for input: [UInt8]) -> [String] {
        let (citations, sourceBytes) = split(input)
        let lines = SourceLines(utf8: Array(String(decoding: sourceBytes, as: UTF8.self).utf8))
        var table = QuoteQueries()
        for citation in citations { _ = table.insert(citation) }
        table.finishInserting()
        let queries = table.indices.map { Query(table, $0) }
        let (found, shifts) = QuoteMatcher.find(table, in: lines.bytes)
        let source = SourceText(lines: lines, shifts: shifts)
        let folded = FoldedText(lines.bytes).bytes
        let boundaries = characterBoundaries(folded)
        var broken: [String] = []
        if QuoteMatcher.find(table, in: lines.bytes, windowSize: 1).matches != found {
            broken.append("the text searched a window at a time gives other matches")
        }
        for (query, matches) in zip(queries, found) where !query.quote.isEmpty {
            let expected = slowMatches(query, in: folded, boundaries: boundaries)
            if matches.occurrences != expected.occurrences || matches.fitting != expected.fitting
                || matches.firstOccurrences != expected.firstOccurrences || matches.firstFitting != expected.firstFitting {
                broken.append("\(describe(query)): found \(matches), expected \(expected)")
            }
            for start in matches.firstOccurrences {
                let span = source.span(ofFolded: start..<(start + query.quote.count))
                guard let covered = text(in: lines, covering: span) else {
                    broken.append("\(describe(query)): span \(span) lies outside the \(lines.count) lines")
                    continue
                }
                if Array(FoldedText(Array(covered.utf8), trimmed: true).bytes) != query.quote {
                    broken.append("\(describe(query)): span \(span) covers \(covered.debugDescription)")
                }
                if source.line(ofFolded: start) != span.line {
                    broken.append("\(describe(query)): line \(source.line(ofFolded: start)) disagrees with span \(span)")
                }
            }
        }
        return broken
    }

    private static func split(_ input: [UInt8]) -> (citations: [Citation], source: ArraySlice<UInt8>) {
        let parts = input.split(separator: 0, omittingEmptySubsequences: false)
        guard let source = parts.last, parts.count > 1 else {
            let third = input.count / 3
            return ([citation(input[third..<(input.count - third)])], input[...])
        }
        return (parts.dropLast().map(citation), source)
    }

    private static func citation(_ bytes: ArraySlice<UInt8>) -> Citation {
        let fields = bytes.split(separator: 1, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        let location = SourceLocation(file: "fuzz", line: 1, column: 1)
        switch fields.count {
        case 1: return Citation(source: "s", quote: fields[0], location: location)
        case 2: return Citation(source: "s", quote: fields[1], prefix: fields[0], location: location)
        default: return Citation(source: "s", quote: fields[1], prefix: fields[0], suffix: fields[2], location: location)
        }
    }

    /// Every occurrence of whole characters tried at every offset, context compared as the matcher documents it.
    private static func slowMatches(_ query: Query, in text: [UInt8], boundaries: Set<Int>) -> QuoteMatcher.Matches {
        var matches = QuoteMatcher.Matches()
        guard query.quote.count <= text.count else { return matches }
        for start in 0...(text.count - query.quote.count) where text[start..<(start + query.quote.count)].elementsEqual(query.quote) {
            guard boundaries.contains(start), boundaries.contains(start + query.quote.count) else { continue }
            matches.record(start, fits: fits(query, at: start, in: text))
        }
        return matches
    }

    /// The byte offsets where the characters of the whole text start, and its end.
    private static func characterBoundaries(_ text: [UInt8]) -> Set<Int> {
        let string = String(decoding: text, as: UTF8.self)
        var offsets = Set(string.indices.map { string.utf8.distance(from: string.startIndex, to: $0) })
        offsets.insert(text.count)
        return offsets
    }

    private static func fits(_ query: Query, at start: Int, in text: [UInt8]) -> Bool {
        let end = start + query.quote.count
        if let prefix = query.prefix {
            let before = text[..<start]
            let trimmed = before.last == 0x20 ? before.dropLast() : before
            if !trimmed.suffix(prefix.count).elementsEqual(prefix) { return false }
        }
        if let suffix = query.suffix {
            let after = text[end...]
            let trimmed = after.first == 0x20 ? after.dropFirst() : after
            if !trimmed.prefix(suffix.count).elementsEqual(suffix) { return false }
        }
        return true
    }

    /// The text a span covers, its lines joined by newlines; nil when it leaves the document.
    private static func text(in lines: SourceLines, covering span: TextSpan) -> String? {
        guard span.line >= 1, span.endLine >= span.line, span.endLine <= lines.count, span.column >= 1 else { return nil }
        var pieces: [Substring] = []
        for number in span.line...span.endLine {
            let line = lines[number - 1]
            let from = number == span.line ? span.column - 1 : 0
            let to = number == span.endLine ? span.endColumn : line.count
            guard from <= to, to <= line.count else { return nil }
            pieces.append(line.dropFirst(from).prefix(to - from))
        }
        return pieces.joined(separator: "\n")
    }

    private static func describe(_ query: Query) -> String {
        "quote \(String(decoding: query.quote, as: UTF8.self).debugDescription)"
    }
}

import ArgumentMap

/// The cited spans of one document in reading order, each once, able to say which of them touch
/// the lines on screen without looking at the rest: a source cited a quarter of a million times
/// is drawn as fast as one cited once.
struct CitedSpans: RandomAccessCollection, Hashable, Sendable {
    private let spans: [TextSpan]
    /// The furthest end line of the spans up to each one, so the first span that can reach a
    /// line is found by bisection even when a long span starts far above it.
    private let reach: [Int]

    /// `spans` sorted in reading order.
    init(sorted spans: [TextSpan]) {
        self.spans = spans
        var furthest = Int.min
        reach = spans.map { span in
            furthest = Swift.max(furthest, span.endLine)
            return furthest
        }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { spans.count }
    subscript(position: Int) -> TextSpan { spans[position] }

    /// The spans with a character on one of `lines` (one-based), in reading order.
    func touching(lines: ClosedRange<Int>) -> [TextSpan] {
        spans[candidates(for: lines)].filter { $0.endLine >= lines.lowerBound }
    }

    /// The position of the first span with a character on one of `lines`, if any.
    func firstIndex(touching lines: ClosedRange<Int>) -> Int? {
        candidates(for: lines).first { spans[$0].endLine >= lines.lowerBound }
    }

    /// The positions from the first span that some span up to it reaches `lines` by, to the last
    /// that starts by their end: every span touching them, and some ending above them.
    private func candidates(for lines: ClosedRange<Int>) -> Range<Int> {
        let first = reach.partitionPoint { $0 >= lines.lowerBound }
        let end = spans.partitionPoint { $0.line > lines.upperBound }
        return first..<Swift.max(first, end)
    }
}

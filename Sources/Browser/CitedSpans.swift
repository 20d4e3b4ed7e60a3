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
        let first = partitionPoint { reach[$0] >= lines.lowerBound }
        let end = partitionPoint { spans[$0].line > lines.upperBound }
        guard first < end else { return [] }
        return spans[first..<end].filter { $0.endLine >= lines.lowerBound }
    }

    /// The position of the first span with a character on one of `lines`, if any.
    func firstIndex(touching lines: ClosedRange<Int>) -> Int? {
        let first = partitionPoint { reach[$0] >= lines.lowerBound }
        let end = partitionPoint { spans[$0].line > lines.upperBound }
        return (first..<Swift.max(first, end)).first { spans[$0].endLine >= lines.lowerBound }
    }

    /// The first index for which `isAtOrAfter` holds; it must hold for every index after it.
    private func partitionPoint(where isAtOrAfter: (Int) -> Bool) -> Int {
        var low = 0
        var high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if isAtOrAfter(middle) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

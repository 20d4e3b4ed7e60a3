import ArgumentMap

/// The cited spans of one document in reading order, each once with the claims citing it, able
/// to say which of them touch the lines on screen without looking at the rest: a source cited a
/// quarter of a million times is drawn as fast as one cited once.
struct CitedSpans: RandomAccessCollection, Hashable, Sendable {
    private let spans: [TextSpan]
    /// The furthest end line of the spans up to each one, so the first span that can reach a
    /// line is found by bisection even when a long span starts far above it.
    private let reach: [Int32]
    /// The claims citing each span, in node order: those of `spans[i]` are
    /// `citingNodes[citersStart[i]..<citersStart[i + 1]]`.
    private let citingNodes: [NodeID]
    private let citersStart: [Int32]

    /// The spans `citations` cite, each with the node citing it, in any order.
    init(citations: [(span: TextSpan, node: NodeID)]) {
        let sorted = citations.sorted { Self.precedes($0.span, $1.span) || ($0.span == $1.span && $0.node < $1.node) }
        var spans: [TextSpan] = []
        var reach: [Int32] = []
        var citingNodes: [NodeID] = []
        var citersStart: [Int32] = []
        var furthest = Int32.min
        for (span, node) in sorted {
            if spans.last != span {
                spans.append(span)
                furthest = Swift.max(furthest, Int32(span.endLine))
                reach.append(furthest)
                citersStart.append(Int32(citingNodes.count))
            } else if citingNodes.last == node {
                continue
            }
            citingNodes.append(node)
        }
        citersStart.append(Int32(citingNodes.count))
        self.spans = spans
        self.reach = reach
        self.citingNodes = citingNodes
        self.citersStart = citersStart
    }

    var startIndex: Int { 0 }
    var endIndex: Int { spans.count }
    subscript(position: Int) -> TextSpan { spans[position] }

    /// The claims citing the span at `position`, in node order.
    func citers(at position: Int) -> ArraySlice<NodeID> {
        citingNodes[Int(citersStart[position])..<Int(citersStart[position + 1])]
    }

    /// The position of `span`, if it is cited.
    func position(of span: TextSpan) -> Int? {
        let position = spans.partitionPoint { !Self.precedes($0, span) }
        return position < spans.count && spans[position] == span ? position : nil
    }

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

    /// Reading order: by start, then by end.
    private static func precedes(_ left: TextSpan, _ right: TextSpan) -> Bool {
        (left.line, left.column, left.endLine, left.endColumn) < (right.line, right.column, right.endLine, right.endColumn)
    }
}

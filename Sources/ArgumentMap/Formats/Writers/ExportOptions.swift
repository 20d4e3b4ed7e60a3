/// What a writer may add to the map itself: the reader's marks, resolved citation spans, and
/// evaluation results. Every field is optional; a writer given none writes the map alone.
public struct ExportOptions: Sendable {
    /// Written as a `#disputed` tag and a `mark-note` data entry on each marked node
    /// (`--with-marks`); `json` also lists them under "marks".
    public var marks: Marks
    /// Citations found in their sources (from `LoadedMap.citations`): `json` gives their line spans,
    /// `markdown` their lines in the footnotes.
    public var resolvedCitations: [ResolvedCitation]
    /// Evaluation labels ("in", "out", "undec", ...) by node, for `json` and `dot`.
    public var labels: NodeValues<String>
    /// Evaluation strengths in 0...1 by node, for `json`.
    public var strengths: NodeValues<Double>

    public init(marks: Marks = Marks(), resolvedCitations: [ResolvedCitation] = [], labels: NodeValues<String> = [:], strengths: NodeValues<Double> = [:]) {
        self.marks = marks
        self.resolvedCitations = resolvedCitations
        self.labels = labels
        self.strengths = strengths
    }

    /// The spans of the resolved citations, looked up by node and position.
    func citationSpans() -> CitationSpans { CitationSpans(resolvedCitations) }
}

/// A value for some of a map's nodes, in an array by node: a million nodes' values need a
/// million slots, not a hash table's worth of buckets.
public struct NodeValues<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private var values: [Value?] = []

    public init(dictionaryLiteral elements: (NodeID, Value)...) {
        for (id, value) in elements { self[id] = value }
    }

    /// Room for the values of `count` nodes.
    public mutating func reserveCapacity(_ count: Int) { values.reserveCapacity(count) }

    public subscript(id: NodeID) -> Value? {
        get { id.offset < values.count ? values[id.offset] : nil }
        set {
            if id.offset >= values.count { values += repeatElement(nil, count: id.offset + 1 - values.count) }
            values[id.offset] = newValue
        }
    }
}

/// Resolved citations sorted by node and position, found by binary search: no dictionary per node.
struct CitationSpans {
    private let sorted: [ResolvedCitation]

    init(_ citations: [ResolvedCitation]) {
        sorted = citations.sorted { ($0.node.offset, $0.index) < ($1.node.offset, $1.index) }
    }

    /// The span of the node's citation at `index`, when it was found in its source.
    subscript(node: NodeID, index: Int) -> TextSpan? {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if (sorted[middle].node.offset, sorted[middle].index) < (node.offset, index) { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low].node == node && sorted[low].index == index ? sorted[low].span : nil
    }
}

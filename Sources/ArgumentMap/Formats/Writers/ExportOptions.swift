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
    public var labels: [NodeID: String]
    /// Evaluation strengths in 0...1 by node, for `json`.
    public var strengths: [NodeID: Double]

    public init(marks: Marks = Marks(), resolvedCitations: [ResolvedCitation] = [], labels: [NodeID: String] = [:], strengths: [NodeID: Double] = [:]) {
        self.marks = marks
        self.resolvedCitations = resolvedCitations
        self.labels = labels
        self.strengths = strengths
    }

    /// The spans of each node's citations, by the citation's position among them.
    func spansByNode() -> [NodeID: [Int: TextSpan]] {
        var result: [NodeID: [Int: TextSpan]] = [:]
        for resolved in resolvedCitations { result[resolved.node, default: [:]][resolved.index] = resolved.span }
        return result
    }
}

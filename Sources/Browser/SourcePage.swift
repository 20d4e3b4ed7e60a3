import ArgumentMap

/// A source document open at a cited span: which passage is highlighted, the cited passages
/// n/N step through, and the first display row in the viewport.
struct SourcePage: Hashable, Sendable {
    var document: String
    /// Every cited span of this document, in reading order.
    var spans: CitedSpans
    var current: Int
    var top: SourceLayout.Row = .first
    var layout: SourceLayout

    var highlighted: TextSpan? { spans.indices.contains(current) ? spans[current] : nil }
}

import ArgumentMap

/// A source document open at a cited span: which passage is highlighted, the cited passages
/// n/N step through, and the scroll position in wrapped display rows.
struct SourcePage: Hashable, Sendable {
    var document: String
    /// Every cited span of this document, in reading order.
    var spans: [TextSpan]
    var current: Int
    /// The first display row in the viewport.
    var top: Int = 0
    var layout: SourceLayout

    var highlighted: TextSpan? { spans.indices.contains(current) ? spans[current] : nil }
}

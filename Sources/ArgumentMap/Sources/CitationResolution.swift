/// What loading a map's sources and finding its citations in them came to.
public struct CitationResolution: Sendable {
    /// By source id.
    public var documents: [String: SourceDocument]
    /// Every citation that was found, in node order, then in each node's citation order.
    public var citations: [ResolvedCitation]
    /// Sources that could not be loaded and quotes that were not found exactly once.
    public var diagnostics: [Diagnostic]
    /// How many times each quote that fits more than one passage occurs, by its citation's location.
    public var ambiguousQuotes: [SourceLocation: Int]

    public init(documents: [String: SourceDocument] = [:], citations: [ResolvedCitation] = [], diagnostics: [Diagnostic] = [], ambiguousQuotes: [SourceLocation: Int] = [:]) {
        self.documents = documents
        self.citations = citations
        self.diagnostics = diagnostics
        self.ambiguousQuotes = ambiguousQuotes
    }
}

import ArgumentMap

/// A map's found citations by the document cited, for the source view. Building it sorts
/// every span, so the run loop builds it in the background with the citations. (By node they
/// need no index: `LoadedMap.citations` is in node order.)
public struct CitationIndex: Sendable {
    /// Every cited span of each document, in reading order, each once with its citing claims.
    let spansByDocument: [String: CitedSpans]

    /// `citations` found for `map`'s nodes.
    public init(_ citations: [ResolvedCitation], in map: ArgumentMap) {
        var byDocument: [String: [(span: TextSpan, node: NodeID)]] = [:]
        for resolved in citations {
            byDocument[map[resolved.node].citations[resolved.index].source, default: []].append((resolved.span, resolved.node))
        }
        spansByDocument = byDocument.mapValues(CitedSpans.init(citations:))
    }
}

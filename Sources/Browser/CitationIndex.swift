import ArgumentMap

/// A map's found citations by the document cited, for the source view. Building it sorts
/// every span, so the run loop builds it in the background with the citations. (By node they
/// need no index: `LoadedMap.citations` is in node order.)
public struct CitationIndex: Sendable {
    /// Every cited span of each document, in reading order.
    let spansByDocument: [String: [TextSpan]]

    public init(_ citations: [ResolvedCitation]) {
        var byDocument: [String: Set<TextSpan>] = [:]
        for resolved in citations {
            byDocument[resolved.citation.source, default: []].insert(resolved.span)
        }
        spansByDocument = byDocument.mapValues {
            $0.sorted { ($0.line, $0.column, $0.endLine, $0.endColumn) < ($1.line, $1.column, $1.endLine, $1.endColumn) }
        }
    }
}

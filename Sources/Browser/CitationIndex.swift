import ArgumentMap

/// A map's found citations by the document cited, for the source view. Building it sorts
/// every span, so the run loop builds it in the background with the citations. (By node they
/// need no index: `LoadedMap.citations` is in node order.)
public struct CitationIndex: Sendable {
    /// Every cited span of each document, in reading order, each once.
    let spansByDocument: [String: CitedSpans]

    /// `citations` found for `map`'s nodes.
    public init(_ citations: [ResolvedCitation], in map: ArgumentMap) {
        var byDocument: [String: [TextSpan]] = [:]
        for resolved in citations {
            byDocument[map[resolved.node].citations[resolved.index].source, default: []].append(resolved.span)
        }
        spansByDocument = byDocument.mapValues { spans in
            var sorted = spans.sorted { ($0.line, $0.column, $0.endLine, $0.endColumn) < ($1.line, $1.column, $1.endLine, $1.endColumn) }
            var kept = 0
            for span in sorted where kept == 0 || sorted[kept - 1] != span {
                sorted[kept] = span
                kept += 1
            }
            sorted.removeSubrange(kept...)
            return CitedSpans(sorted: sorted)
        }
    }
}

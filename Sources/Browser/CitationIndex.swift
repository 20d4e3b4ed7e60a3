import ArgumentMap

/// A map's found citations looked up the two ways the browser needs: by the node that cites,
/// and by the document cited. Building it is linear in the citations, so the run loop can
/// build it in the background with them.
public struct CitationIndex: Sendable {
    /// Indices into the citations, per node.
    let byNode: [NodeID: [Int]]
    /// Every cited span of each document, in reading order.
    let spansByDocument: [String: [TextSpan]]

    public init(_ citations: [ResolvedCitation]) {
        var byNode: [NodeID: [Int]] = [:]
        var byDocument: [String: Set<TextSpan>] = [:]
        for (index, resolved) in citations.enumerated() {
            byNode[resolved.node, default: []].append(index)
            byDocument[resolved.citation.source, default: []].insert(resolved.span)
        }
        self.byNode = byNode
        spansByDocument = byDocument.mapValues {
            $0.sorted { ($0.line, $0.column, $0.endLine, $0.endColumn) < ($1.line, $1.column, $1.endLine, $1.endColumn) }
        }
    }
}

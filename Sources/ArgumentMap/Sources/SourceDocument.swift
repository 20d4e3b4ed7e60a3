/// A source document's text as loaded, split into lines for display and line/column spans.
public struct SourceDocument: Hashable, Sendable {
    public var id: String
    public var title: String
    /// The path it was read from.
    public var path: String
    public var url: String?
    /// Its lines, without line terminators.
    public var lines: SourceLines

    public init(id: String, title: String, path: String, url: String? = nil, lines: SourceLines) {
        self.id = id
        self.title = title
        self.path = path
        self.url = url
        self.lines = lines
    }

    /// A document of these lines, joined by line feeds.
    public init(id: String, title: String, path: String, url: String? = nil, lines: [String]) {
        self.init(id: id, title: title, path: path, url: url, lines: SourceLines(lines))
    }
}

/// A span of a source document: from (line, column) up to and including (endLine, endColumn).
/// Lines and columns are one-based; columns count Characters (grapheme clusters) of the line.
public struct TextSpan: Hashable, Sendable, CustomStringConvertible {
    // In 32 bits, like `SourceLocation`'s: a map has a span for each of its citations.
    @Compact32 public var line: Int
    @Compact32 public var column: Int
    @Compact32 public var endLine: Int
    @Compact32 public var endColumn: Int

    public init(line: Int, column: Int, endLine: Int, endColumn: Int) {
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
    }

    /// `12:5-13:40`, or `12:5-40` within one line.
    public var description: String {
        line == endLine ? "\(line):\(column)-\(endColumn)" : "\(line):\(column)-\(endLine):\(endColumn)"
    }
}

/// A citation found in its source: `map[node].citations[index]` (`LoadedMap.citation(_:)`)
/// covers `span`. The citation itself is not copied: a map may have a million.
public struct ResolvedCitation: Hashable, Sendable {
    public var node: NodeID
    /// The position of the citation among the node's citations.
    @Compact32 public var index: Int
    public var span: TextSpan

    public init(node: NodeID, index: Int, span: TextSpan) {
        self.node = node
        self.index = index
        self.span = span
    }
}

/// A map with its sources loaded and its citations found: what every command and the browser work from.
public struct LoadedMap: Sendable {
    public var map: ArgumentMap
    /// By source id.
    public var documents: [String: SourceDocument]
    /// Every citation that was found, in node order, then in each node's citation order.
    public var citations: [ResolvedCitation]
    public var diagnostics: [Diagnostic]
    /// How many times each quote that fits more than one passage occurs, by its citation's location.
    public var ambiguousQuotes: [SourceLocation: Int]

    public init(map: ArgumentMap, documents: [String: SourceDocument] = [:], citations: [ResolvedCitation] = [], diagnostics: [Diagnostic] = [], ambiguousQuotes: [SourceLocation: Int] = [:]) {
        self.map = map
        self.documents = documents
        self.citations = citations
        self.diagnostics = diagnostics
        self.ambiguousQuotes = ambiguousQuotes
    }

    /// The citation that `resolved` found.
    public func citation(_ resolved: ResolvedCitation) -> Citation {
        map[resolved.node].citations[resolved.index]
    }

    /// Takes in what resolving its citations found: the documents, the citations, and their
    /// problems after the map's own.
    public mutating func add(_ resolution: CitationResolution) {
        // Taken over whole when there is nothing yet, as there is not when the map was read
        // without its sources: a million citations are not copied.
        if documents.isEmpty { documents = resolution.documents } else { documents.merge(resolution.documents) { current, _ in current } }
        // Kept in node order, then each node's citation order: the browser finds a node's
        // citations by binary search.
        citations = citations.isEmpty
            ? resolution.citations
            : (citations + resolution.citations).sorted { ($0.node, $0.index) < ($1.node, $1.index) }
        diagnostics += resolution.diagnostics
        ambiguousQuotes.merge(resolution.ambiguousQuotes) { current, _ in current }
    }
}

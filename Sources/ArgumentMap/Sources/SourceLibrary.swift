/// Loads the sources a map declares and finds each of its citations in them.
///
/// Every source is read and indexed once; all quotes into it are then found in one pass.
/// A quote must match exactly once (after folding white space), or once among the matches
/// its `prefix` and `suffix` agree with; anything else is an error naming the citing node.
public struct SourceLibrary: Sendable {
    public var policy: SourcePathPolicy

    public init(policy: SourcePathPolicy = SourcePathPolicy()) {
        self.policy = policy
    }

    /// The map with its sources loaded and its citations resolved; `mapFolder` is the folder
    /// source paths are relative to.
    public func resolve(_ map: ArgumentMap, mapFolder: String) -> LoadedMap {
        var loaded = LoadedMap(map: map)
        loaded.add(locateCitations(of: map, mapFolder: mapFolder))
        return loaded
    }

    /// The map's sources loaded and its citations found in them, apart from the map: what the
    /// browser works out in the background once it shows the map.
    public func locateCitations(of map: ArgumentMap, mapFolder: String) -> CitationResolution {
        var diagnostics: [Diagnostic] = []
        var declarations: [String: SourceDeclaration] = [:]
        var texts: [String: SourceText] = [:]
        var documents: [String: SourceDocument] = [:]

        for declaration in map.sources {
            guard declarations[declaration.id] == nil else {
                diagnostics.append(.warning("source `\(declaration.id)` is declared twice; the first declaration is used", at: declaration.location))
                continue
            }
            declarations[declaration.id] = declaration
            switch load(declaration, mapFolder: mapFolder) {
            case .success(let (path, text)):
                texts[declaration.id] = text
                documents[declaration.id] = SourceDocument(
                    id: declaration.id, title: declaration.title ?? declaration.id, path: path,
                    url: declaration.url, lines: text.lines
                )
            case .failure(let failure):
                diagnostics.append(.error("source `\(declaration.id)`: \(failure.message)", at: declaration.location))
            }
        }

        var requests = CitationRequests()
        // A source that failed is reported at its declaration, then once for each node citing it.
        var nodesCitingFailedSources = Set<SourceAndNode>()
        let loadedSources = Set(texts.keys)
        // Only the nodes that cite are copied out of the map: most do not.
        for offset in map.nodes.indices where !map.nodes[offset].citations.isEmpty {
            let node = map.nodes[offset]
            for (index, citation) in node.citations.enumerated() {
                guard declarations.keys.contains(citation.source) else {
                    diagnostics.append(.error(unknownSourceMessage(node, citation, declared: map.sources), at: citation.location))
                    continue
                }
                guard loadedSources.contains(citation.source) else {
                    if nodesCitingFailedSources.insert(SourceAndNode(source: citation.source, node: node.id)).inserted {
                        diagnostics.append(.error("\(label(node)) cites source `\(citation.source)`, which could not be loaded (see its declaration)", at: citation.location))
                    }
                    continue
                }
                requests.add(node: node.id, index: index, citation: citation)
            }
        }

        requests.finishAdding()
        let citedTexts = requests.sources.map { texts[$0] }
        var matches: [[QuoteMatcher.Matches]] = []
        for (slot, text) in citedTexts.enumerated() {
            matches.append(text.map { QuoteMatcher.find(requests.queries[slot], in: $0.folded) } ?? [])
        }

        var citations: [ResolvedCitation] = []
        citations.reserveCapacity(requests.pending.count)
        for request in requests.pending {
            guard let text = citedTexts[request.source] else { continue }
            let citation = map.nodes[request.node.offset].citations[request.index]
            let found = matches[request.source][request.query]
            let query = requests.queries[request.source][request.query]
            switch outcome(of: query, found) {
            case .unique(let start):
                let span = text.span(ofFolded: start..<(start + query.quote.count))
                citations.append(ResolvedCitation(node: request.node, index: request.index, citation: citation, span: span))
            case .failed(let problem):
                let lines = problem.offsets.map(text.line(ofFolded:))
                diagnostics.append(.error(problem.message(label(map[request.node]), citation, lines: lines), at: citation.location))
            }
        }
        return CitationResolution(documents: documents, citations: citations, diagnostics: diagnostics)
    }

    private func load(_ declaration: SourceDeclaration, mapFolder: String) -> Result<(String, SourceText), SourceFailure> {
        policy.resolve(declaration.file, mapFolder: mapFolder).flatMap { path in
            TextFileReader.read(path).mapError(SourceFailure.file).flatMap { bytes in
                switch UTF8Text.decode(bytes) {
                case .success: .success((path, SourceText(utf8: bytes)))
                case .failure(let position): .failure(.invalidUTF8(path, line: position.line, column: position.column))
                }
            }
        }
    }

    private func outcome(of query: QuoteMatcher.Query, _ found: QuoteMatcher.Matches) -> MatchOutcome {
        if found.occurrences == 0 { return .failed(.notFound) }
        if !query.hasContext {
            guard found.occurrences == 1, let only = found.firstOccurrences.first else {
                return .failed(.ambiguous(count: found.occurrences, offsets: found.firstOccurrences, withContext: false))
            }
            return .unique(only)
        }
        switch found.fitting {
        case 0: return .failed(.contextMismatch(count: found.occurrences, offsets: found.firstOccurrences))
        case 1: return found.firstFitting.first.map(MatchOutcome.unique) ?? .failed(.notFound)
        default: return .failed(.ambiguous(count: found.fitting, offsets: found.firstFitting, withContext: true))
        }
    }

    private func unknownSourceMessage(_ node: Node, _ citation: Citation, declared: [SourceDeclaration]) -> String {
        let known = declared.isEmpty
            ? "the front matter declares no sources; add `sources: {\(citation.source): {file: PATH}}`"
            : "the front matter declares " + declared.map { "`\($0.id)`" }.joined(separator: ", ")
        return "\(label(node)) cites unknown source `\(citation.source)`; \(known)"
    }

    private func label(_ node: Node) -> String {
        node.kind == .statement ? "[\(node.title)]" : "<\(node.title)>"
    }
}

private struct SourceAndNode: Hashable {
    var source: String
    var node: NodeID
}

/// The citations of a map grouped by source, each distinct quote asked for once.
private struct CitationRequests {
    /// The citation is `map[node].citations[index]`, looked up again when its span is made.
    struct Pending {
        var node: NodeID
        var index: Int
        /// Its source's position in `sources`.
        var source: Int
        /// The position of its query in `queries[source]`.
        var query: Int
    }

    var pending: [Pending] = []
    /// Source ids in the order first cited.
    private(set) var sources: [String] = []
    private(set) var queries: [[QuoteMatcher.Query]] = []
    private var sourceSlots: [String: Int] = [:]
    private var queryIndex: [[QuoteMatcher.Query: Int]] = []

    mutating func add(node: NodeID, index: Int, citation: Citation) {
        let source: Int
        if let known = sourceSlots[citation.source] {
            source = known
        } else {
            source = sources.count
            sourceSlots[citation.source] = source
            sources.append(citation.source)
            queries.append([])
            queryIndex.append([:])
        }
        let query = QuoteMatcher.Query(citation)
        let position: Int
        if let known = queryIndex[source][query] {
            position = known
        } else {
            position = queries[source].count
            queries[source].append(query)
            queryIndex[source][query] = position
        }
        pending.append(Pending(node: node, index: index, source: source, query: position))
    }

    /// Lets go of what only `add` needs (a hash table as large as the queries) before the search.
    mutating func finishAdding() {
        sourceSlots = [:]
        queryIndex = []
    }
}

private enum MatchOutcome {
    case unique(Int)
    case failed(QuoteProblem)
}

/// Why a quote did not pick out exactly one passage.
private enum QuoteProblem {
    case notFound
    case ambiguous(count: Int, offsets: [Int], withContext: Bool)
    case contextMismatch(count: Int, offsets: [Int])

    var offsets: [Int] {
        switch self {
        case .notFound: []
        case .ambiguous(_, let offsets, _), .contextMismatch(_, let offsets): offsets
        }
    }

    func message(_ label: String, _ citation: Citation, lines: [Int]) -> String {
        let quote = "\"\(Self.excerpt(citation.quote))\""
        let source = "`\(citation.source)`"
        switch self {
        case .notFound:
            return "\(label): quote \(quote) is not in source \(source); check the exact words against the source (only differences in white space are ignored)"
        case let .ambiguous(count, _, withContext):
            let fix = withContext
                ? "lengthen the prefix or suffix until only one fits"
                : "add `prefix:` or `suffix:` with the words just before or after the one you mean"
            return "\(label): quote \(quote) occurs \(count) times in source \(source) (\(Self.describe(lines, total: count))); \(fix)"
        case let .contextMismatch(count, _):
            return "\(label): quote \(quote) occurs \(count == 1 ? "once" : "\(count) times") in source \(source) (\(Self.describe(lines, total: count))) but never with the given prefix/suffix; check them against the source"
        }
    }

    private static func describe(_ lines: [Int], total: Int) -> String {
        var distinct: [Int] = []
        for line in lines where distinct.last != line { distinct.append(line) }
        let listed = distinct.map(String.init).joined(separator: ", ")
        return (distinct.count == 1 ? "line " : "lines ") + listed + (total > lines.count ? ", …" : "")
    }

    private static func excerpt(_ quote: String) -> String {
        let words = quote.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return words.count > 60 ? words.prefix(57) + "..." : words
    }
}

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
        var documents: [String: SourceDocument] = [:]

        for declaration in map.sources {
            guard declarations[declaration.id] == nil else {
                diagnostics.append(.warning("source `\(declaration.id)` is declared twice; the first declaration is used", at: declaration.location))
                continue
            }
            declarations[declaration.id] = declaration
            switch load(declaration, mapFolder: mapFolder) {
            case .success(let (path, lines)):
                documents[declaration.id] = SourceDocument(
                    id: declaration.id, title: declaration.title ?? declaration.id, path: path,
                    url: declaration.url, lines: lines
                )
            case .failure(let failure):
                diagnostics.append(.error("source `\(declaration.id)`: \(failure.message)", at: declaration.location))
            }
        }

        var requests = CitationRequests(reservingFor: map)
        // A source that failed is reported at its declaration, then once for each node citing it.
        var nodesCitingFailedSources = Set<SourceAndNode>()
        // Only the nodes that cite are copied out of the map: most do not.
        for offset in map.nodes.indices where !map.nodes[offset].citations.isEmpty {
            let node = map.nodes[offset]
            for (index, citation) in node.citations.enumerated() {
                guard declarations.keys.contains(citation.source) else {
                    diagnostics.append(.error(unknownSourceMessage(node, citation, in: map), at: citation.location))
                    continue
                }
                guard documents[citation.source] != nil else {
                    if nodesCitingFailedSources.insert(SourceAndNode(source: citation.source, node: node.id)).inserted {
                        diagnostics.append(.error("\(label(node)) cites source `\(citation.source)`, which could not be loaded (see its declaration)", at: citation.location))
                    }
                    continue
                }
                requests.add(node: node.id, index: index, citation: citation)
            }
        }

        requests.finishAdding()
        // One source at a time, its quote tree and matches let go before the next.
        var outcomes: [[MatchOutcome]] = []
        for (slot, source) in requests.sources.enumerated() {
            let lines = documents[source]!.lines
            let queries = requests.takeQueries(of: slot)
            let (found, shifts) = QuoteMatcher.find(queries, in: lines.bytes)
            let text = SourceText(lines: lines, shifts: shifts)
            outcomes.append(queries.indices.map { outcome(of: $0, in: queries, found[$0], text) })
        }

        var citations: [ResolvedCitation] = []
        var ambiguousQuotes: [SourceLocation: Int] = [:]
        citations.reserveCapacity(requests.pending.count)
        for request in requests.pending {
            switch outcomes[Int(request.source)][Int(request.query)] {
            case .found(let span):
                citations.append(ResolvedCitation(node: request.node, index: Int(request.index), span: span))
            case .failed(let problem):
                let citation = map.nodes[request.node.offset].citations[Int(request.index)]
                diagnostics.append(.error(problem.message(label(map[request.node]), citation), at: citation.location))
                if case .ambiguous(let count, _) = problem.reason { ambiguousQuotes[citation.location] = count }
            }
        }
        return CitationResolution(documents: documents, citations: citations, diagnostics: diagnostics, ambiguousQuotes: ambiguousQuotes)
    }

    private func load(_ declaration: SourceDeclaration, mapFolder: String) -> Result<(String, SourceLines), SourceFailure> {
        policy.resolve(declaration.file, mapFolder: mapFolder).flatMap { path in
            TextFileReader.read(path).mapError(SourceFailure.file).flatMap { bytes in
                guard let position = UTF8Text.invalidPosition(in: bytes) else { return .success((path, SourceLines(utf8: bytes))) }
                // A NUL alone is valid UTF-8, so a source is called binary only once it is not.
                switch BinaryFileCheck.verdict(of: bytes) {
                case .utf16: return .failure(.utf16(path))
                case .binary(let nul):
                    let location = ArgdownInput.location(ofByte: nul, in: bytes, file: path)
                    return .failure(.binary(path, line: location.line, column: location.column))
                case nil: return .failure(.invalidUTF8(path, line: position.line, column: position.column))
                }
            }
        }
    }

    /// What query `index` came to: its span when it picks out exactly one passage, else why not.
    private func outcome(of index: Int, in queries: QuoteQueries, _ matches: QuoteMatcher.Matches, _ text: SourceText) -> MatchOutcome {
        func failed(_ reason: QuoteProblem.Reason, _ offsets: [Int]) -> MatchOutcome {
            .failed(QuoteProblem(reason: reason, lines: offsets.map(text.line(ofFolded:))))
        }
        func found(at start: Int) -> MatchOutcome {
            .found(text.span(ofFolded: start..<(start + queries.quote(index).count)))
        }
        if matches.occurrences == 0 { return failed(.notFound, []) }
        if !queries.hasContext(index) {
            guard matches.occurrences == 1 else {
                return failed(.ambiguous(count: matches.occurrences, withContext: false), matches.firstOccurrences)
            }
            return found(at: matches.firstOccurrence)
        }
        switch matches.fitting {
        case 0: return failed(.contextMismatch(count: matches.occurrences), matches.firstOccurrences)
        case 1: return found(at: matches.firstFit)
        default: return failed(.ambiguous(count: matches.fitting, withContext: true), matches.firstFitting)
        }
    }

    private func unknownSourceMessage(_ node: Node, _ citation: Citation, in map: ArgumentMap) -> String {
        let cites = "\(label(node)) cites unknown source `\(citation.source)`"
        let shape = "`sources: {\(citation.source): {file: PATH}}`"
        // A declaration refused for its shape is reported where it stands; the citation points there.
        switch map.frontMatter["sources"] {
        case nil where map.sources.isEmpty:
            return "\(cites); the front matter declares no sources; add \(shape)"
        case let sources? where sources.entries == nil:
            return "\(cites); the front matter's `sources` must map each id to its file, as in \(shape)"
        case let sources? where sources.entries?[citation.source] != nil:
            return "\(label(node)) cites source `\(citation.source)`, whose declaration names no file; write \(shape)"
        default:
            let declared = map.sources.map { "`\($0.id)`" }.joined(separator: ", ")
            return "\(cites); the front matter declares " + (declared.isEmpty ? "no usable sources; write \(shape)" : declared)
        }
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
        var index: Int32
        /// Its source's position in `sources`.
        var source: Int32
        /// The position of its query in `queries[source]`.
        var query: Int32
    }

    private(set) var pending: [Pending] = []
    /// Source ids in the order first cited.
    private(set) var sources: [String] = []
    private var queries: [QuoteQueries] = []
    private var sourceSlots: [String: Int] = [:]

    init(reservingFor map: ArgumentMap) {
        var count = 0
        for offset in map.nodes.indices { count += map.nodes[offset].citations.count }
        pending.reserveCapacity(count)
    }

    mutating func add(node: NodeID, index: Int, citation: Citation) {
        let source: Int
        if let known = sourceSlots[citation.source] {
            source = known
        } else {
            source = sources.count
            sourceSlots[citation.source] = source
            sources.append(citation.source)
            queries.append(QuoteQueries())
        }
        let query = queries[source].insert(citation)
        pending.append(Pending(node: node, index: Int32(clamping: index), source: Int32(source), query: Int32(query)))
    }

    /// Lets go of what only `add` needs (hash tables as large as the queries) before the search.
    mutating func finishAdding() {
        sourceSlots = [:]
        for slot in queries.indices { queries[slot].finishInserting() }
    }

    /// The queries into source `slot`, handed over so they are let go once searched.
    mutating func takeQueries(of slot: Int) -> QuoteQueries {
        defer { queries[slot] = QuoteQueries() }
        return queries[slot]
    }
}

private enum MatchOutcome {
    case found(TextSpan)
    case failed(QuoteProblem)
}

/// Why a quote did not pick out exactly one passage, and the lines of the first few places it did occur.
private struct QuoteProblem {
    enum Reason {
        case notFound
        case ambiguous(count: Int, withContext: Bool)
        case contextMismatch(count: Int)
    }

    var reason: Reason
    var lines: [Int]

    func message(_ label: String, _ citation: Citation) -> String {
        let quote = "\"\(Self.excerpt(citation.quote))\""
        let source = "`\(citation.source)`"
        switch reason {
        case .notFound:
            return "\(label): quote \(quote) is not in source \(source); check the exact words against the source (only differences in white space are ignored)"
        case let .ambiguous(count, withContext):
            let fix = withContext
                ? "lengthen the prefix or suffix until only one fits"
                : "add `prefix:` or `suffix:` with the words just before or after the one you mean"
            return "\(label): quote \(quote) occurs \(count) times in source \(source) (\(Self.describe(lines, total: count))); \(fix)"
        case let .contextMismatch(count):
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

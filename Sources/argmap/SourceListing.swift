import ArgumentMap

/// Each declared source with where the map cites it, as `argmap sources` prints it.
struct SourceListing {
    var loaded: LoadedMap

    func write(_ emit: (String) -> Void) {
        let map = loaded.map
        guard !map.sources.isEmpty else {
            emit("\(map.title) declares no sources.")
            return
        }
        var cited: [String: Int] = [:]
        for node in map.nodes {
            for citation in node.citations { cited[citation.source, default: 0] += 1 }
        }
        var spans: [String: [TextSpan]] = [:]
        for resolved in loaded.citations { spans[loaded.citation(resolved).source, default: []].append(resolved.span) }

        var seen = Set<String>()
        for declaration in map.sources where seen.insert(declaration.id).inserted {
            let document = loaded.documents[declaration.id]
            emit(declaration.title.map { "\(declaration.id): \($0)" } ?? declaration.id)
            emit("  file: " + Self.file(declaration, readFrom: document.map { DisplayPath.relative($0.path) }))
            if let url = declaration.url { emit("  url: \(url)") }
            let found = spans[declaration.id] ?? []
            let total = cited[declaration.id] ?? 0
            var line = "  " + NodeLabel.count(total, "citation")
            if total > found.count { line += " (\(total - found.count) not verified)" }
            if !found.isEmpty { line += ", " + Self.lineRanges(found) }
            emit(line)
        }
    }

    /// The path as the map writes it, then where it was read from when that reads differently.
    static func file(_ declaration: SourceDeclaration, readFrom path: String?) -> String {
        guard let path else { return declaration.file + " (not loaded; `argmap check` says why)" }
        return path == declaration.file ? path : "\(declaration.file) (read from \(path))"
    }

    /// `line 4` or `lines 4, 10-12, 88`: every line a span touches, adjacent lines merged.
    static func lineRanges(_ spans: [TextSpan]) -> String {
        var ranges: [ClosedRange<Int>] = []
        for span in spans.sorted(by: { ($0.line, $0.endLine) < ($1.line, $1.endLine) }) {
            if let last = ranges.last, span.line <= last.upperBound + 1 {
                ranges[ranges.count - 1] = last.lowerBound...max(last.upperBound, span.endLine)
            } else {
                ranges.append(span.line...span.endLine)
            }
        }
        let listed = ranges.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)" }
        return (ranges.count == 1 && ranges[0].count == 1 ? "line " : "lines ") + listed.joined(separator: ", ")
    }
}

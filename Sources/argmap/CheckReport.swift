import ArgumentMap
import Foundation

/// What `argmap check` found in each map, for people or for tools.
struct CheckReport {
    struct MapSummary: Encodable {
        var file: String
        var nodes: Int
        var relations: Int
        var citations: Int
        var verified: Int
        var errors: Int
        var warnings: Int
        var notes: Int

        var text: String {
            "\(file): \(NodeLabel.count(nodes, "node")), \(NodeLabel.count(relations, "relation")), "
                + "\(verified) of \(NodeLabel.count(citations, "citation")) verified; "
                + "\(NodeLabel.count(errors, "error")), \(NodeLabel.count(warnings, "warning")), \(NodeLabel.count(notes, "note"))"
        }
    }

    struct Entry: Encodable {
        var file: String
        var line: Int
        var column: Int
        var severity: String
        var message: String

        /// Like a compiler: `file:line:column: severity: message`; `argmap: message` for an unreadable map.
        var text: String {
            line > 0 ? "\(file):\(line):\(column): \(severity): \(message)" : "argmap: \(message)"
        }
    }

    private(set) var maps: [MapSummary] = []
    private(set) var diagnostics: [Entry] = []
    private(set) var hasUnreadableMap = false
    var hasErrors: Bool { diagnostics.contains { $0.severity == Diagnostic.Severity.error.rawValue } }

    mutating func add(_ loaded: LoadedMap) {
        let map = loaded.map
        let found = (loaded.diagnostics + Self.warningsBeyondReading(map, diagnostics: loaded.diagnostics) + Self.cycleNotes(map)).enumerated()
            .sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
            .map(\.element)
        diagnostics += found.map {
            Entry(file: $0.location.file, line: $0.location.line, column: $0.location.column, severity: $0.severity.rawValue, message: $0.message)
        }
        maps.append(MapSummary(
            file: map.file ?? map.title, nodes: map.nodes.count, relations: map.relations.count,
            citations: map.nodes.reduce(0) { $0 + $1.citations.count }, verified: loaded.citations.count,
            errors: found.count { $0.severity == .error }, warnings: found.count { $0.severity == .warning },
            notes: found.count { $0.severity == .note }
        ))
    }

    mutating func addUnreadable(file: String, message: String) {
        addUnreadable(Diagnostic(.error, at: SourceLocation(file: file, line: 0, column: 0), message))
    }

    /// A map refused for what its first bytes hold, reported where they hold it.
    mutating func addUnreadable(_ problem: Diagnostic) {
        hasUnreadableMap = true
        let location = problem.location
        diagnostics.append(Entry(file: location.file, line: location.line, column: location.column, severity: problem.severity.rawValue, message: problem.message))
    }

    /// What `check` warns of besides what reading found, and every command counts with it: weights
    /// evaluation cannot read, and a map whose shape says it is the wrong file.
    static func warningsBeyondReading(_ map: ArgumentMap, diagnostics: [Diagnostic]) -> [Diagnostic] {
        Evaluator.weightProblems(in: map) + shapeWarning(map, diagnostics: diagnostics)
    }

    /// A map with nothing in it, or with text but nothing that makes a map, is almost always the
    /// wrong file, or one whose content went unread; when reading it found errors, they already say why.
    private static func shapeWarning(_ map: ArgumentMap, diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return [] }
        let start = SourceLocation(file: map.file ?? map.title, line: 1, column: 1)
        if map.nodes.isEmpty {
            return [.warning("the map is empty: it holds no statements or arguments", at: start)]
        }
        if map.relations.isEmpty, map.sections.isEmpty, map.nodes.allSatisfy(isUntitled) {
            return [.warning("the map has text but no titles, relations or headings: is this an Argdown map? Title a claim with `[Title]: text` and relate others to it with `+ [Other]`", at: start)]
        }
        return []
    }

    /// A statement the Argdown reader titled itself ("Untitled 3"), from text without a title.
    private static func isUntitled(_ node: Node) -> Bool {
        guard node.title.hasPrefix("Untitled ") else { return false }
        let number = node.title.dropFirst("Untitled ".count)
        return !number.isEmpty && number.allSatisfy(\.isASCII) && number.allSatisfy(\.isNumber)
    }

    /// One note per cycle: legitimate in a debate (two claims attacking each other), but worth knowing.
    static func cycleNotes(_ map: ArgumentMap) -> [Diagnostic] {
        map.cycles.map { cycle in
            let names = cycle.prefix(5).map { NodeLabel.title(map[$0]) }.joined(separator: ", ")
            let more = cycle.count > 5 ? " and \(cycle.count - 5) more" : ""
            let message = cycle.count == 1
                ? "\(names) bears on itself; the outline shows it once"
                : "\(names)\(more) form a cycle of relations; the outline shows each once and cross-references the rest"
            return Diagnostic(.note, at: map[cycle[0]].location, message)
        }
    }

    /// The report as pretty-printed JSON, with every character a terminal could act on escaped.
    var json: String {
        struct Document: Encodable {
            var maps: [MapSummary]
            var diagnostics: [Entry]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(Document(maps: maps, diagnostics: diagnostics)) else { return "{}" }
        return String(decoding: data, as: UTF8.self).jsonTerminalSafe
    }
}

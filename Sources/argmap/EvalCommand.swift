import ArgumentMap
import ArgumentParser
import Foundation

/// `argmap eval`: which theses still stand under the reader's disputes, and how strongly.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Show which theses still stand: each one's label and strength.",
        discussion: """
            Labels come from the grounded semantics over the map's attacks, undercuts and \
            contradictions, each disputed claim counting as defeated: in (stands), out \
            (defeated), undec (caught in a cycle of attacks), unsupported (undefeated, but \
            every reason given for it has fallen). Strengths (0 to 1) come from DF-QuAD. \
            Without --dispute the marks saved by the browser count; with it, only the titles \
            named do, and saved marks are left as they are.

            With --format json, standard output is an array, in map order, of
              {"title", "kind": "statement"|"argument", "label": "in"|"out"|"undec",
               "strength", "unsupported": bool, "disputed": bool}
            Exit status: 0 success, 64 an unknown title, 65 a map with errors, 66 a map that \
            cannot be read.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The map file.")
    var map: String?

    @Flag(help: "Every statement and argument, not just the theses.")
    var all = false

    @Option(help: ArgumentHelp("Evaluate as if TITLE were disputed, ignoring saved marks (repeatable).", valueName: "TITLE"))
    var dispute: [String] = []

    @Option(help: "text for people (default), json for tools.")
    var format: Format = .text

    func run() throws {
        let (map, diagnostics) = try loadMap()
        let evaluator = Evaluator(map: map)
        for diagnostic in diagnostics + evaluator.diagnostics {
            Self.printError(diagnostic.description)
        }
        if diagnostics.containsErrors { throw ExitCode(65) }

        let evaluation = evaluator.evaluate(disputed: try disputedNodes(in: map))
        let report = EvaluationReport(evaluation, nodes: all ? map.nodeIDs : map.theses)
        switch format {
        case .text:
            if report.rows.isEmpty { Self.printError("argmap: \(map.title) has no theses; --all lists every node") }
            FileHandle.standardOutput.write(Data(report.text.utf8))
        case .json:
            FileHandle.standardOutput.write(Data(report.json.utf8))
        }
        if let note = report.unsettledNote { Self.printError("argmap: note: \(note)") }
    }

    /// The titles named with --dispute, or else the marks saved for this map.
    private func disputedNodes(in map: ArgumentMap) throws -> Set<NodeID> {
        guard dispute.isEmpty else {
            return Set(try dispute.map { title in
                guard let id = map.node(titled: title) else {
                    Self.printError("argmap: no statement or argument titled \"\(title)\" in \(map.title); titles are matched exactly, as [Title] or <Title> or bare")
                    throw ExitCode(64)
                }
                return id
            })
        }
        guard let file = map.file else { return [] }
        let saved = MarkStore().load(mapAt: file)
        for warning in saved.warnings { Self.printError("argmap: warning: \(warning)") }
        return saved.marks.disputedNodes(in: map)
    }

    // Until the map loader lands: read Argdown directly.
    private func loadMap() throws -> (ArgumentMap, [Diagnostic]) {
        guard let path = map else {
            Self.printError("argmap: name the map to evaluate: argmap eval MAP")
            throw ExitCode(64)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            Self.printError("argmap: cannot read \(path): no such readable file")
            throw ExitCode(66)
        }
        return ArgdownReader.read(String(decoding: data, as: UTF8.self), file: path)
    }

    private static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line.terminalSafe + "\n").utf8))
    }
}

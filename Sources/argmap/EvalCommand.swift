import ArgumentMap
import ArgumentParser

/// `argmap eval`: which theses still stand under the reader's disputes, and how strongly.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Show which theses still stand: each one's label and strength.",
        discussion: """
            A thesis is a statement or argument that others bear on but that bears on nothing \
            itself (a top of the outline with replies), or one tagged #thesis. \
            Labels come from the grounded semantics over the map's attacks, undercuts and \
            contradictions, each disputed claim counting as defeated: in (stands), out \
            (defeated), undec (caught in a cycle of attacks), unsupported (undefeated, but \
            every reason given for it has fallen). Strengths (0 to 1) come from DF-QuAD. \
            Without --dispute the marks saved by the browser count; with it, only the titles \
            named do, and saved marks are left as they are.

            With --format json, standard output is an array, in map order, of
              {"title", "kind": "statement"|"argument", "label": "in"|"out"|"undec",
               "strength", "unsupported": bool, "disputed": bool}
            Warnings about weights go to standard error. Exit status: 0 success, 64 an unknown \
            title, 65 a map with errors (evaluated as far as it could be read), 66 a map that \
            cannot be read.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The map file (- reads it from standard input); the bundled debate if omitted.")
    var map: String?

    @Flag(help: "Every statement and argument, not just the theses.")
    var all = false

    @Option(help: ArgumentHelp("Evaluate as if TITLE were disputed, ignoring saved marks (repeatable).", valueName: "TITLE"))
    var dispute: [String] = []

    @Option(help: "text for people (default), json for tools.")
    var format: Format = .text

    @OptionGroup var mapOptions: MapOptions

    func run() throws {
        let loaded = try mapOptions.open(map)
        let map = loaded.map
        let evaluator = Evaluator(map: map)
        for diagnostic in evaluator.diagnostics { StandardError.write(diagnostic.description) }
        let errors = loaded.diagnostics.filter { $0.severity == .error }.count
        if errors > 0 {
            StandardError.write("argmap: note: the map has \(errors) error\(errors == 1 ? "" : "s"), so labels may mislead; `argmap check` lists them")
        }

        let evaluation = evaluator.evaluate(disputed: try disputedNodes(in: map))
        let report = EvaluationReport(evaluation, nodes: all ? map.nodeIDs : map.theses)
        if report.rows.isEmpty && format == .text {
            StandardError.write("argmap: \(map.title) has no theses (a thesis is a claim that others support or attack but that bears on nothing itself, or one tagged #thesis); --all lists every node")
        }
        var output = TextOutput()
        for line in (format == .text ? report.text : report.json).split(separator: "\n") {
            output.line(String(line))
        }
        output.flush()
        if let note = report.unsettledNote { StandardError.write("argmap: note: \(note)") }
    }

    /// The titles named with --dispute, or else the marks saved for this map.
    private func disputedNodes(in map: ArgumentMap) throws -> Set<NodeID> {
        guard dispute.isEmpty else {
            return Set(try dispute.map { try NodeLookup.find($0, in: map) })
        }
        guard let file = map.file else { return [] }
        let saved = MarkStore().load(mapAt: file)
        for warning in saved.warnings { StandardError.write("argmap: warning: \(warning)") }
        saved.marks.noteGone(from: map)
        return saved.marks.disputedNodes(in: map)
    }
}

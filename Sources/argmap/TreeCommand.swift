import ArgumentMap
import ArgumentParser

/// `argmap tree`: the outline as text.
struct TreeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tree",
        abstract: "Print the map as an outline with relation glyphs and citation counts.",
        discussion: """
            Each node stands under the nodes it bears on: + supports, - attacks, _ undercuts, \
            >< contradicts, * is a premise of. A node met a second time is printed as \
            "↪ [Title] (see above)" and not expanded again, so cycles end.
            """
    )

    @Argument(help: "The map file (- reads it from standard input); the bundled debate if omitted.")
    var map: String?

    // Unconditional, so `--depth -1` reaches validate() instead of reading as a missing value.
    @Option(parsing: .unconditional, help: ArgumentHelp("Show at most N levels below the top (0: the top nodes only).", valueName: "N"))
    var depth: Int?

    @Option(help: ArgumentHelp("Start from this node: a title, [statement] or <argument>.", valueName: "TITLE"))
    var from: String?

    @OptionGroup var mapOptions: OutlineMapOptions

    func validate() throws {
        if let depth, depth < 0 { throw ValidationError("--depth must be 0 or more (0 prints only the top nodes); got \(depth)") }
    }

    func run() throws {
        let loaded = try mapOptions.open(map)
        let start = try from.map { try NodeLookup.find($0, in: loaded.map) }
        TextOutput.printLines(TextOutline(loaded: loaded, start: start, depth: depth).write)
    }
}

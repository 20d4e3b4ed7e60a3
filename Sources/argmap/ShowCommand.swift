import ArgumentMap
import ArgumentParser

/// `argmap show TITLE`: one node in full.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one node: its full text, every relation in and out, and each citation with its quote and lines.",
        usage: "argmap show [MAP] TITLE [--sources DIR ...]"
    )

    @Argument(help: ArgumentHelp("The map file (the bundled debate if omitted), then the node's title: Title, [Statement] or <Argument>.", valueName: "MAP TITLE"))
    var arguments: [String]

    @OptionGroup var mapOptions: MapOptions

    func validate() throws {
        guard (1...2).contains(arguments.count) else {
            throw ValidationError("give a node's title, optionally after the map file: argmap show [MAP] TITLE")
        }
    }

    func run() throws {
        let loaded = try mapOptions.open(arguments.count == 2 ? arguments[0] : nil)
        let id = try NodeLookup.find(arguments[arguments.count - 1], in: loaded.map)
        TextOutput.printLines(NodeReport(loaded: loaded, node: id).write)
    }
}

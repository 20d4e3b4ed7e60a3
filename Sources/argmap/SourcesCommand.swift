import ArgumentMap
import ArgumentParser

/// `argmap sources`: what each source is and where the map quotes it.
struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List the map's sources, each with its citation count and the lines cited."
    )

    @Argument(help: "The map file (- reads it from standard input); the bundled debate if omitted.")
    var map: String?

    @OptionGroup var mapOptions: MapOptions

    func run() throws {
        TextOutput.printLines(SourceListing(loaded: try mapOptions.open(map)).write)
    }
}

import ArgumentMap
import ArgumentParser

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `argmap [MAP]`: the interactive browser on a terminal, the outline anywhere else.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Browse the map interactively (the default command); prints the outline when not on a terminal."
    )

    @Argument(help: "The map file; the bundled debate if omitted.")
    var map: String?

    @OptionGroup var mapOptions: MapOptions

    func run() throws {
        let loaded = try mapOptions.open(map)
        if isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 {
            // Marks live in memory until the mark store is wired in here.
            try runBrowser(loaded: loaded, marks: Marks(), saveMarks: { _ in })
        } else {
            TextOutput.printLines(TextOutline(loaded: loaded).write)
        }
    }
}

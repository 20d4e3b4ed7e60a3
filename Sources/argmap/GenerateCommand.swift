import ArgumentMap
import ArgumentParser
import Foundation

/// `argmap generate`: writes a large map of a realistic shape, the same for the same seed, so
/// every performance figure can be reproduced.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a generated map of any size (the same for the same seed), for trying argmap on large maps.",
        discussion: """
            An Argdown map cites a generated source document; with -o FILE it is written next to \
            the map, named like FILE with `.source.txt` in place of its extension. Without -o the \
            map goes to standard output and the source is not written (a note says so). Exit status: 0 success, 64 \
            bad usage, 73 a file that cannot be written.
            """
    )

    // Unconditional, so `--nodes -5` and `--seed -5` reach validation instead of reading as a
    // missing value.
    @Option(parsing: .unconditional, help: "How many statements and arguments the map holds.")
    var nodes: Int

    @Option(parsing: .unconditional, help: "The seed: the same seed gives the same map.")
    var seed: UInt64 = 1

    @Option(help: "argdown or kialo.")
    var format: String = MapGenerator.Format.argdown.rawValue

    @Option(name: [.short, .customLong("output")], help: "The map file to write (default: standard output).")
    var output: String?

    func validate() throws {
        guard nodes > 0 else { throw ValidationError("--nodes must be at least 1; got \(nodes)") }
        guard MapGenerator.Format(rawValue: format) != nil else {
            throw ValidationError("--format must be argdown or kialo, not \(format.terminalSafe)")
        }
    }

    func run() throws {
        let format = MapGenerator.Format(rawValue: format) ?? .argdown
        guard let output else {
            let generator = MapGenerator(nodeCount: nodes, seed: seed)
            StandardOutput.write(generator.generate(format).map)
            if format == .argdown {
                StandardError.write("argmap: note: the map cites \(generator.sourceFile), which is not written to standard output, so `check` will report its citations; write the map with -o FILE to have its source written beside it")
            }
            return
        }
        let mapURL = URL(fileURLWithPath: output)
        let sourceURL = mapURL.deletingPathExtension().appendingPathExtension("source.txt")
        let generated = MapGenerator(nodeCount: nodes, seed: seed, sourceFile: sourceURL.lastPathComponent).generate(format)
        do {
            try ExportDestination.write(generated.map, toFile: output)
            if format == .argdown {
                try ExportDestination.write(generated.source, toFile: sourceURL.path)
            }
        } catch {
            StandardError.write("argmap: \(error)")
            throw ExitCode(73)
        }
    }
}

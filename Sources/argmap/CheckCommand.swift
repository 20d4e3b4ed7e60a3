import ArgumentMap
import ArgumentParser
import Foundation

/// `argmap check`: parse each map, resolve every citation, report every problem.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check maps: parse them, verify every citation, report every problem.",
        discussion: """
            Problems go to standard error as FILE:LINE:COLUMN: error|warning|note: MESSAGE, \
            and a summary line per map to standard output. Exit status: 0 when no map has an \
            error, 65 when one has, 66 when a map cannot be read.

            With --format json, standard output is one JSON object:
              {"maps": [{"file", "nodes", "relations", "citations", "verified", "errors", "warnings", "notes"}],
               "diagnostics": [{"file", "line", "column", "severity", "message"}]}
            A map that cannot be read appears only in "diagnostics", at line 0, column 0.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The map files (- reads one from standard input); the bundled debate if none is given.")
    var maps: [String] = []

    @Option(help: "text for people (default), json for tools.")
    var format: Format = .text

    @OptionGroup var mapOptions: MapOptions

    func validate() throws {
        if maps.count { $0 == MapLoader.standardInput } > 1 {
            throw ValidationError("give - (standard input) once: it holds one map")
        }
    }

    func run() throws {
        var report = CheckReport()
        for path in maps.isEmpty ? [nil] : maps.map(Optional.some) {
            do throws(MapLoadError) {
                var loaded = try mapOptions.load(path)
                // The report quotes no source: their text is let go before the cycles are looked for.
                loaded.documents = [:]
                report.add(loaded)
            } catch .binary(let problem) {
                report.addUnreadable(problem)
            } catch {
                report.addUnreadable(file: path ?? "the bundled debate", message: error.description)
            }
        }
        var output = TextOutput()
        switch format {
        case .text:
            var errors = TextOutput(descriptor: 2)
            for diagnostic in report.diagnostics { errors.line(diagnostic.text) }
            errors.flush()
            for summary in report.maps { output.line(summary.text) }
        case .json:
            for line in report.json.split(separator: "\n") { output.line(String(line)) }
        }
        output.flush()
        if report.hasUnreadableMap { throw ExitCode(66) }
        if report.hasErrors { throw ExitCode(65) }
    }
}

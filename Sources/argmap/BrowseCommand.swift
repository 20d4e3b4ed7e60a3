import ArgumentMap
import ArgumentParser
import Browser
import Foundation
import Terminal

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
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            TextOutput.printLines(TextOutline(loaded: loaded).write)
            return
        }
        let terminalType = ProcessInfo.processInfo.environment["TERM"] ?? ""
        guard !terminalType.isEmpty, terminalType != "dumb" else {
            return printOutline(loaded, because: "TERM is \(terminalType.isEmpty ? "not set" : "dumb"), so there is no screen to browse on")
        }
        do {
            try browse(loaded)
        } catch TerminalError.unknownTerminalType(let name) {
            printOutline(loaded, because: "the terminal type '\(name.terminalSafe)' is not known to this system")
        }
    }

    private func printOutline(_ loaded: LoadedMap, because reason: String) {
        StandardError.write("argmap: \(reason); printing the outline instead (set TERM to one terminfo knows, such as xterm-256color, to browse)")
        TextOutput.printLines(TextOutline(loaded: loaded).write)
    }

    private func browse(_ loaded: LoadedMap) throws {
        let evaluator = LiveEvaluator(map: loaded.map)
        for diagnostic in evaluator.evaluator.diagnostics { StandardError.write(diagnostic.description) }
        guard let file = loaded.map.file else {
            try runBrowser(loaded: loaded, marks: Marks(), evaluator: evaluator, saveMarks: { _ in })
            return
        }
        let store = MarkStore()
        let stored = store.load(mapAt: file)
        for warning in stored.warnings { StandardError.write("argmap: warning: \(warning)") }
        // The marks as of the last load or save: what `save` merges this session's changes against.
        var saved = stored.marks
        var unsaved: (any Error)?
        try runBrowser(loaded: loaded, marks: stored.marks, evaluator: evaluator) { marks in
            do {
                try store.save(marks, loaded: saved, mapAt: file)
                saved = marks
                unsaved = nil
            } catch {
                unsaved = error
                throw error
            }
        }
        if let unsaved {
            StandardError.write("argmap: warning: your last mark changes were not saved: \(unsaved)")
        }
    }
}

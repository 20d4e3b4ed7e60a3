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

    @Argument(help: "The map file (- reads it from standard input); the bundled debate if omitted.")
    var map: String?

    @OptionGroup var mapOptions: MapOptions

    func run() throws {
        // A map on a pipe, as `less` reads text: the keys then come from the terminal itself.
        let mapOnPipe = map == MapLoader.standardInput && isatty(STDIN_FILENO) != 1
        guard mapOnPipe || isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            TextOutput.printLines(TextOutline(loaded: try mapOptions.open(map)).write)
            return
        }
        let terminalType = ProcessInfo.processInfo.environment["TERM"] ?? ""
        guard !terminalType.isEmpty, terminalType != "dumb" else {
            return printOutline(try mapOptions.open(map), because: "TERM is \(terminalType.isEmpty ? "not set" : "dumb"), so there is no screen to browse on")
        }
        // A large map shows its beginning while the whole is read; any other as soon as it is read.
        // Its sources are searched after that.
        let opening: BrowserOpening
        let loader: MapLoader
        if mapOnPipe {
            let (parsed, parsedLoader) = try mapOptions.openUnresolved(map)
            guard Self.readKeysFromTerminal() else {
                return printOutline(parsed, loader: parsedLoader, because: "the map came on standard input and no terminal (/dev/tty) could be opened to read keys from; give the map as a file to browse it")
            }
            (opening, loader) = (.whole(parsed), parsedLoader)
        } else if let (beginning, beginningLoader, path) = mapOptions.readBeginning(map) {
            (opening, loader) = (.beginning(beginning, path: path, format: mapOptions.format), beginningLoader)
        } else {
            let (parsed, parsedLoader) = try mapOptions.openUnresolved(map)
            (opening, loader) = (.whole(parsed), parsedLoader)
        }
        do {
            try browse(opening, loader: loader)
        } catch TerminalError.unknownTerminalType(let name) {
            let parsed: ParsedMap
            switch opening {
            case .whole(let whole): parsed = whole
            case .beginning: parsed = try mapOptions.openUnresolved(map).0
            }
            printOutline(parsed, loader: loader, because: "the terminal type '\(name.terminalSafe)' is not known to this system")
        } catch let failure as MapLoadError {
            // The whole map, read after its beginning was shown, could not be read: said as any map that cannot be.
            StandardError.write("argmap: \(failure)")
            throw ExitCode(66)
        }
    }

    /// The outline of `parsed` once its citations are found, their problems reported.
    private func printOutline(_ parsed: ParsedMap, loader: MapLoader, because reason: String) {
        let resolution = loader.locateCitations(of: parsed)
        MapProblems.report(citationProblems: resolution.diagnostics, in: parsed.map)
        var loaded = parsed.unresolved
        loaded.add(resolution)
        printOutline(loaded, because: reason)
    }

    /// Makes the terminal standard input, for a map read from a pipe; false when there is none.
    private static func readKeysFromTerminal() -> Bool {
        let terminal = open("/dev/tty", O_RDWR)
        guard terminal >= 0 else { return false }
        defer { close(terminal) }
        return dup2(terminal, STDIN_FILENO) == STDIN_FILENO
    }

    private func printOutline(_ loaded: LoadedMap, because reason: String) {
        StandardError.write("argmap: \(reason); printing the outline instead (set TERM to one terminfo knows, such as xterm-256color, to browse)")
        TextOutput.printLines(TextOutline(loaded: loaded).write)
    }

    private func browse(_ opening: BrowserOpening, loader: MapLoader) throws {
        guard let file = opening.file else {
            report(try runBrowser(opening: opening, loader: loader, marks: Marks(), saveMarks: { _ in throw MarksKeptForThisSessionOnly() }))
            return
        }
        let store = MarkStore()
        let stored = store.load(mapAt: file)
        // Printed now, to be read once the browser is gone, and shown in its status line meanwhile.
        for warning in stored.warnings { StandardError.write("argmap: warning: \(warning)") }
        // The marks as of the last load or save: what `save` merges this session's changes against.
        var saved = stored.marks
        var unsaved: (any Error)?
        let notice = stored.warnings.first.map { "warning: \($0)" }
        let findings = try runBrowser(opening: opening, loader: loader, marks: stored.marks, notice: notice) { marks in
            do {
                try store.save(marks, loaded: saved, mapAt: file)
                saved = marks
                unsaved = nil
            } catch {
                unsaved = error
                throw error
            }
        }
        report(findings)
        if let unsaved {
            StandardError.write("argmap: warning: your last mark changes were not saved: \(unsaved)")
        }
    }

    /// What the browser found wrong in the background, now that the terminal is back. Weights
    /// the evaluation could not read were counted with the map's own warnings.
    private func report(_ findings: BackgroundFindings) {
        if let problems = findings.citationProblems, let parsed = findings.parsed {
            MapProblems.report(citationProblems: problems, in: parsed.map)
        }
    }
}

import ArgumentMap
import Browser
import CFreeMemory
import Glibc
import Screen
import Terminal

/// What the browser opens on: a map read whole, or the beginning of a large one, shown while the
/// whole is read in the background.
enum BrowserOpening {
    case whole(ParsedMap)
    case beginning(MapBeginning, path: String, format: MapFormat?)

    /// The map's file as the reader named it, where its marks are kept; nil for a map without one
    /// (or read from standard input).
    var file: String? {
        switch self {
        case .whole(let parsed): parsed.map.file.flatMap { $0 == MapLoader.standardInputName ? nil : $0 }
        case .beginning(_, let path, _): path
        }
    }
}

/// What the browser works out in the background after its first frame.
enum BackgroundResult: Sendable {
    /// The whole map, read after its beginning was shown.
    case wholeMap(ParsedMap, OutlinedMap)
    /// Why the whole map could not be read after its beginning was shown.
    case unreadable(MapLoadError)
    case citations(CitationResolution, CitationIndex)
    case evaluation(LiveEvaluator, evaluatedWith: Marks)
}

/// What the background work found, reported once the terminal is given back.
struct BackgroundFindings {
    /// The whole map, as read: from the start, or once the background has read it.
    var parsed: ParsedMap?
    /// Why the whole map could not be read after its beginning was shown; the session ends on it.
    var readFailure: MapLoadError?
    /// Sources not loaded and quotes not found, once the citations are located.
    var citationProblems: [Diagnostic]?

    /// Hands `results` to the browser and keeps what they found.
    mutating func adopt(_ results: [BackgroundResult], into state: inout BrowserState) {
        for result in results {
            switch result {
            case let .wholeMap(whole, outlined):
                state.adopt(outlined)
                parsed = whole
            case .unreadable(let failure):
                readFailure = failure
            case let .citations(resolution, index):
                state.adopt(resolution, index: index)
                citationProblems = resolution.diagnostics
            case let .evaluation(evaluator, evaluated):
                state.adopt(evaluator, evaluatedWith: evaluated)
            }
        }
    }
}

/// Opens the browser on `opening` in the terminal and runs it until the reader quits. The
/// first frame shows the map as read, or the beginning of a large one, whose whole is then read
/// on another thread and shown when done; its sources are searched and its first evaluation is
/// worked out there after that, and each shows when done. The terminal is given back on every
/// way out: quitting, an error, and Ctrl-C, SIGTERM or SIGHUP, after which the process ends by
/// that signal. An error thrown by `saveMarks` does not end the session: it is shown in the
/// status line, and the marks stay as they are, to be saved with the next change. Returns what
/// the background work found by the time the reader quit; quitting is never kept waiting for it.
/// Throws the `MapLoadError` of a whole map that could not be read after its beginning was shown.
/// `notice`, if any, is shown in the status line of the first frame.
func runBrowser(opening: BrowserOpening, loader: MapLoader, marks: Marks, notice: String? = nil, saveMarks: (Marks) throws -> Void) throws -> BackgroundFindings {
    let terminal = try Terminal()
    let options = BrowserOptions(color: terminal.usesColor, unicode: terminal.isUTF8)
    let work = BackgroundWork<BackgroundResult>()
    var findings = BackgroundFindings()
    var state: BrowserState
    let startWork: () -> Void
    switch opening {
    case .whole(let parsed):
        state = BrowserState(showing: parsed.unresolved, marks: marks, options: options, size: terminal.size)
        findings.parsed = parsed
        // A small map is evaluated before its first frame, in a few milliseconds, rather than
        // flash its rows without labels; a large one in the background.
        let evaluatesFirst = parsed.map.nodes.count <= evaluatedBeforeFirstFrame
        if evaluatesFirst { findings.adopt([evaluation(of: parsed.map, under: marks)], into: &state) }
        startWork = {
            work.start { deliver in check(parsed, loader: loader, evaluating: !evaluatesFirst, under: marks, deliver: deliver) }
        }
    case let .beginning(beginning, path, format):
        state = BrowserState(showingBeginning: beginning, marks: marks, options: options, size: terminal.size)
        startWork = {
            // The whole map's reading, search and evaluation each free arrays of megabytes,
            // which would otherwise leave holes in the heap for the next step to stack upon.
            argmap_return_large_blocks_when_freed()
            work.start { deliver in
                let whole: ParsedMap
                do throws(MapLoadError) {
                    whole = try loader.read(path, format: format)
                } catch {
                    return deliver(.unreadable(error))
                }
                let outlined = OutlinedMap(whole.unresolved)
                // What reading let go of, given back before the search and the evaluation need more.
                argmap_return_free_memory()
                deliver(.wholeMap(whole, outlined))
                check(whole, loader: loader, evaluating: true, under: marks, deliver: deliver)
            }
        }
    }
    if let notice { state.post(notice) }
    let signal = try runSession(&state, on: terminal, background: work, findings: &findings, afterFirstPaint: startWork, saveMarks: saveMarks)
    findings.adopt(work.take(), into: &state)
    // Reported as a map read before the first frame reports them as it opens, however the session ends.
    if case .beginning = opening, let parsed = findings.parsed { MapProblems.report(parsed.unresolved) }
    if let signal { Terminal.exit(bySignal: signal) }
    if let failure = findings.readFailure { throw failure }
    guard let parsed = findings.parsed else {
        // Quitting is never kept waiting; the map is left unread, and said so.
        let file = (opening.file ?? "the map").terminalSafe
        StandardError.write("argmap: quit before \(file) was read to its end; `argmap check \(file)` reads and checks it all")
        return findings
    }
    if findings.citationProblems == nil {
        // Quitting is never kept waiting; the search is left unfinished, and said so.
        let file = parsed.map.file.map { " \($0.terminalSafe)" } ?? ""
        StandardError.write("argmap: quit before the map's citations were checked against its sources; `argmap check\(file)` checks them")
    }
    return findings
}

/// Maps up to this many nodes are evaluated before the first frame (about 2 ms at 10,000).
private let evaluatedBeforeFirstFrame = 10_000

/// Locates the citations of `parsed`, then evaluates it unless that was done before: one after
/// the other, on the second core, since at once both would hold their working memory together,
/// and with the search's working memory given back to the system in between.
private func check(_ parsed: ParsedMap, loader: MapLoader, evaluating: Bool, under marks: Marks, deliver: (BackgroundResult) -> Void) {
    let resolution = loader.locateCitations(of: parsed)
    let index = CitationIndex(resolution.citations, in: parsed.map)
    argmap_return_free_memory()
    deliver(.citations(resolution, index))
    if evaluating { deliver(evaluation(of: parsed.map, under: marks)) }
}

private func evaluation(of map: ArgumentMap, under marks: Marks) -> BackgroundResult {
    var evaluator = LiveEvaluator(map: map)
    evaluator.update(map, marks: marks)
    return .evaluation(evaluator, evaluatedWith: marks)
}

/// The loop itself: paint, wait, update, perform effects. Returns the signal that ended it, if any.
private func runSession(
    _ state: inout BrowserState, on terminal: Terminal,
    background: BackgroundWork<BackgroundResult>, findings: inout BackgroundFindings,
    afterFirstPaint: () -> Void, saveMarks: (Marks) throws -> Void
) throws -> Int32? {
    defer { terminal.stop() }
    terminal.paint(state.render(size: terminal.size))
    afterFirstPaint()
    // Without a pipe to wake it, the work was done at once.
    let done = background.take()
    if !done.isEmpty {
        findings.adopt(done, into: &state)
        if findings.readFailure != nil { return nil }
        terminal.paint(state.render(size: terminal.size))
    }
    // A search going on between keys repaints its progress once `progressInterval` has passed since this.
    var lastPaint = ContinuousClock.now
    while true {
        let input: InputEvent
        switch terminal.nextEvent(wakingOn: background.wakeUp, waiting: !state.hasWorkBetweenKeys) {
        case nil:
            let done = background.take()
            findings.adopt(done, into: &state)
            if findings.readFailure != nil { return nil }
            if done.isEmpty, state.hasWorkBetweenKeys {
                state.workBetweenKeys()
                if state.hasWorkBetweenKeys, ContinuousClock.now - lastPaint < progressInterval { continue }
            }
            terminal.paint(state.render(size: terminal.size))
            lastPaint = .now
            continue
        // Ctrl-C is a key (the terminal is in raw mode): in a prompt it cancels the prompt, as in
        // vim; elsewhere it ends the session as the signal would. A SIGINT sent from elsewhere does too.
        case .input(.key(.control("c"))) where !state.isTyping: return SIGINT
        case .terminate(let signal) where signal == SIGINT && state.isTyping: input = .key(.control("c"))
        case .terminate(let signal): return signal
        case .input(let event): input = event
        }
        for effect in state.handle(input) {
            switch effect {
            case .quit: return nil
            case .saveMarks(let marks):
                do {
                    try saveMarks(marks)
                } catch let unsaved as MarksKeptForThisSessionOnly {
                    state.post(unsaved.description)
                } catch {
                    state.post("marks not saved (\(error)); they are kept and saved again with the next change")
                }
            case .suspend: terminal.suspend()
            case .redrawAll: terminal.repaintAll()
            }
        }
        terminal.paint(state.render(size: terminal.size))
        lastPaint = .now
    }
}

/// Why a map's marks are not saved: it was read from standard input, so no file names it.
struct MarksKeptForThisSessionOnly: Error, CustomStringConvertible {
    var description: String { "marks on a map read from standard input last for this session only" }
}

/// How often the status line says how far a search going on between keys has got.
private let progressInterval = Duration.milliseconds(50)

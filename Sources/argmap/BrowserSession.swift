import ArgumentMap
import Browser
import Screen
import Terminal

/// What the browser works out in the background after its first frame.
enum BackgroundResult: Sendable {
    case citations(CitationResolution, CitationIndex)
    case evaluation(LiveEvaluator, evaluatedWith: Marks)
}

/// What the background work found wrong, reported once the terminal is given back.
struct BackgroundFindings {
    /// Sources not loaded and quotes not found, once the citations are located.
    var citationProblems: [Diagnostic]?
    /// Node weights the evaluator could not read, once it is built.
    var evaluatorWarnings: [Diagnostic]?

    var isComplete: Bool { citationProblems != nil && evaluatorWarnings != nil }

    /// Hands `results` to the browser and keeps what they found wrong.
    mutating func adopt(_ results: [BackgroundResult], into state: inout BrowserState) {
        for result in results {
            switch result {
            case let .citations(resolution, index):
                state.adopt(resolution, index: index)
                citationProblems = resolution.diagnostics
            case let .evaluation(evaluator, evaluated):
                state.adopt(evaluator, evaluatedWith: evaluated)
                evaluatorWarnings = evaluator.evaluator.diagnostics
            }
        }
    }
}

/// Opens the browser on `parsed` in the terminal and runs it until the reader quits. The
/// first frame shows the map as read; its sources are searched and its first evaluation is
/// worked out on other threads after that, and each shows when done. The terminal is given
/// back on every way out: quitting, an error, and Ctrl-C, SIGTERM or SIGHUP, after which the
/// process ends by that signal. An error thrown by `saveMarks` does not end the session: it
/// is shown in the status line, and the marks stay as they are, to be saved with the next
/// change. Returns what the background work found wrong by the time the reader quit; quitting
/// is never kept waiting for it.
/// `notice`, if any, is shown in the status line of the first frame.
func runBrowser(parsed: ParsedMap, loader: MapLoader, marks: Marks, notice: String? = nil, saveMarks: (Marks) throws -> Void) throws -> BackgroundFindings {
    let terminal = try Terminal()
    var state = BrowserState(
        showing: parsed.unresolved, marks: marks,
        options: BrowserOptions(color: terminal.usesColor, unicode: terminal.isUTF8),
        size: terminal.size)
    if let notice { state.post(notice) }
    let work = BackgroundWork<BackgroundResult>()
    var findings = BackgroundFindings()
    // A small map is evaluated before its first frame, in a few milliseconds, rather than
    // flash its rows without labels; a large one in the background.
    let evaluatesFirst = parsed.map.nodes.count <= evaluatedBeforeFirstFrame
    if evaluatesFirst { findings.adopt([evaluation(of: parsed.map, under: marks)], into: &state) }
    // One after the other, on the second core: at once, locating the citations and the
    // evaluator would each hold their working memory at the same time.
    let startWork = {
        work.start { deliver in
            let resolution = loader.locateCitations(of: parsed)
            deliver(.citations(resolution, CitationIndex(resolution.citations, in: parsed.map)))
            if !evaluatesFirst { deliver(evaluation(of: parsed.map, under: marks)) }
        }
    }
    let signal = try runSession(&state, on: terminal, background: work, findings: &findings, afterFirstPaint: startWork, saveMarks: saveMarks)
    if let signal { Terminal.exit(bySignal: signal) }
    findings.adopt(work.take(), into: &state)
    if findings.citationProblems == nil {
        // Quitting is never kept waiting; the search is left unfinished, and said so.
        let file = parsed.map.file.map { " \($0.terminalSafe)" } ?? ""
        StandardError.write("argmap: quit before the map's citations were checked against its sources; `argmap check\(file)` checks them")
    }
    return findings
}

/// Maps up to this many nodes are evaluated before the first frame (about 2 ms at 10,000).
private let evaluatedBeforeFirstFrame = 10_000

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
        terminal.paint(state.render(size: terminal.size))
    }
    while true {
        let input: InputEvent
        switch terminal.nextEvent(wakingOn: background.wakeUp) {
        case nil:
            findings.adopt(background.take(), into: &state)
            terminal.paint(state.render(size: terminal.size))
            continue
        case .terminate(let signal): return signal
        case .input(let event): input = event
        }
        for effect in state.handle(input) {
            switch effect {
            case .quit: return nil
            case .saveMarks(let marks):
                do {
                    try saveMarks(marks)
                } catch {
                    state.post("marks not saved (\(error)); they are kept and saved again with the next change")
                }
            case .suspend: terminal.suspend()
            case .redrawAll: terminal.repaintAll()
            }
        }
        terminal.paint(state.render(size: terminal.size))
    }
}

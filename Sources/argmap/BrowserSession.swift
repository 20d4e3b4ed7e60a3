import ArgumentMap
import Browser
import Screen
import Terminal

/// Opens the browser on `loaded` in the terminal and runs it until the reader quits. The
/// terminal is given back on every way out: quitting, an error, and Ctrl-C, SIGTERM or
/// SIGHUP, after which the process ends by that signal. An error thrown by `saveMarks` does
/// not end the session: it is shown in the status line, and the marks stay as they are, to
/// be saved with the next change.
func runBrowser(
    loaded: LoadedMap, marks: Marks, evaluator: (any MapEvaluator)? = nil,
    saveMarks: (Marks) throws -> Void
) throws {
    let terminal = try Terminal()
    var state = BrowserState(
        loaded: loaded, marks: marks,
        options: BrowserOptions(color: terminal.usesColor, unicode: terminal.isUTF8),
        size: terminal.size, evaluator: evaluator)
    if let signal = try runSession(&state, on: terminal, saveMarks: saveMarks) {
        Terminal.exit(bySignal: signal)
    }
}

/// The loop itself: paint, wait, update, perform effects. Returns the signal that ended it, if any.
func runSession(_ state: inout BrowserState, on terminal: Terminal, saveMarks: (Marks) throws -> Void) throws -> Int32? {
    defer { terminal.stop() }
    terminal.paint(state.render(size: terminal.size))
    while true {
        let input: InputEvent
        switch terminal.nextEvent() {
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

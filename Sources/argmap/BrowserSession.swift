import ArgumentMap
import Screen
import Terminal

/// What the run loop needs from the interactive program: an update from input to effects,
/// and a render of the current state at a size.
protocol SessionProgram {
    mutating func handle(_ event: InputEvent) -> [SessionEffect]
    func render(size: Size) -> Frame
}

/// What the program asks the run loop to do after an event.
enum SessionEffect: Equatable {
    case quit
    case saveMarks(Marks)
    case suspend
    /// Redraw every cell, not only what changed (Ctrl-L).
    case redraw
}

/// Opens the browser on `loaded` in the terminal and runs it until the reader quits. The
/// terminal is given back on every way out: quitting, an error thrown by `saveMarks`, and
/// Ctrl-C, SIGTERM or SIGHUP, after which the process ends by that signal.
func runBrowser(loaded: LoadedMap, marks: Marks, saveMarks: (Marks) throws -> Void) throws {
    let terminal = try Terminal()
    var program = StandInBrowser(loaded: loaded, marks: marks, asciiOnly: !terminal.isUTF8)
    let signal = try runSession(&program, on: terminal, saveMarks: saveMarks)
    if let signal { Terminal.exit(bySignal: signal) }
}

/// The loop itself: paint, wait, update, perform effects. Returns the signal that ended it, if any.
func runSession<Program: SessionProgram>(
    _ program: inout Program, on terminal: Terminal, saveMarks: (Marks) throws -> Void
) throws -> Int32? {
    defer { terminal.stop() }
    terminal.paint(program.render(size: terminal.size))
    while true {
        let input: InputEvent
        switch terminal.nextEvent() {
        case .terminate(let signal): return signal
        case .input(let event): input = event
        }
        if input == .key(.control("l")) { terminal.repaintAll() }
        for effect in program.handle(input) {
            switch effect {
            case .quit: return nil
            case .saveMarks(let marks): try saveMarks(marks)
            case .suspend: terminal.suspend()
            case .redraw: terminal.repaintAll()
            }
        }
        terminal.paint(program.render(size: terminal.size))
    }
}

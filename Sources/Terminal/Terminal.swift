import CNcursesW
import Glibc
import Screen

/// The process's terminal, taken over for full-screen drawing: the only code that calls
/// ncurses. A class, unlike the rest of the program, because it owns a resource that must
/// be given back exactly once (`stop`, also run on deinit).
public final class Terminal {
    /// Whether the locale is UTF-8; without it the browser should draw with ASCII glyphs.
    public let isUTF8: Bool
    /// False when NO_COLOR is set or the terminal has no colors: styles keep only their attributes.
    public let usesColor: Bool
    public private(set) var size: Size

    private var screen: OpaquePointer?
    private let signalPipe: Int32
    private var onScreen: Frame?
    private var pairs: ColorPairs
    private var pending: [TerminalEvent] = []
    private var cursorShown: Bool?
    /// The text pasted so far, between the terminal's paste marks; nil outside a paste.
    private var pasted: String?

    /// How long a lone Esc waits for the rest of an escape sequence, in milliseconds.
    public static let escapeDelay: Int32 = 25

    public init() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        setlocale(LC_ALL, "")
        isUTF8 = argmap_locale_is_utf8() != 0
        // Installed before ncurses starts, so ncurses leaves these signals to us.
        signalPipe = SignalTrap.install()
        guard let screen = argmap_newterm() else {
            SignalTrap.uninstall()
            throw TerminalError.unknownTerminalType(getenv("TERM").map { String(cString: $0) } ?? "")
        }
        self.screen = screen
        // Ctrl-C and Ctrl-Z come as keys, in order with what was typed around them, as in vim: as
        // signals they overtook the keys typed before them (`/` then Ctrl-C quit instead of cancelling).
        raw()
        noecho()
        nonl()
        keypad(argmap_stdscr(), true)
        nodelay(argmap_stdscr(), true)
        set_escdelay(Self.escapeDelay)
        _ = mousemask(argmap_button1_pressed() | argmap_button4_pressed() | argmap_button5_pressed(), nil)
        mouseinterval(0)
        argmap_define_paste_keys()
        Self.disableFlowControl()

        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        usesColor = !noColor && has_colors()
        if usesColor {
            start_color()
            use_default_colors()
        }
        pairs = ColorPairs(capacity: usesColor ? Int(argmap_color_pairs()) : 1)
        size = Size(width: Int(argmap_cols()), height: Int(argmap_lines()))
        SignalTrap.setResetSequence(Self.resetSequence())
        showCursor(false)
        Self.setBracketedPaste(true)
    }

    deinit { stop() }

    /// Gives the terminal back as it was: normal screen, cursor visible, modes restored.
    public func stop() {
        guard let screen else { return }
        endwin()
        Self.setBracketedPaste(false)
        delscreen(screen)
        self.screen = nil
        SignalTrap.restoreModes()
        SignalTrap.uninstall()
    }

    // MARK: Drawing

    /// Draws `frame`, sending only the cells that differ from the last frame painted.
    public func paint(_ frame: Frame) {
        guard screen != nil else { return }
        let window = argmap_stdscr()
        let rows = min(frame.size.height, size.height)
        let columns = min(frame.size.width, size.width)
        for run in FrameDiff.runs(from: onScreen, to: frame) where run.row < rows {
            for column in run.column..<min(run.column + run.count, columns) {
                draw(frame[column, run.row], column: column, row: run.row, columns: columns, in: window)
            }
        }
        if let cursor = frame.cursor, cursor.row < rows, cursor.column < columns, cursor.row >= 0, cursor.column >= 0 {
            wmove(window, Int32(cursor.row), Int32(cursor.column))
            showCursor(true)
        } else {
            showCursor(false)
        }
        wnoutrefresh(window)
        doupdate()
        onScreen = frame
    }

    /// Forgets what is on screen, so the next `paint` redraws every cell (Ctrl-L).
    public func repaintAll() {
        guard screen != nil else { return }
        clearok(argmap_curscr(), true)
        werase(argmap_stdscr())
        onScreen = nil
    }

    private func draw(_ cell: Cell, column: Int, row: Int, columns: Int, in window: UnsafeMutablePointer<WINDOW>?) {
        guard !cell.isContinuation else { return }
        var text = CellText.sendable(cell.text.isEmpty ? " " : cell.text, asciiOnly: !isUTF8)
        if DisplayWidth.of(text) == 2, column == columns - 1 { text = " " }
        let style = usesColor ? cell.style : cell.style.withoutColor
        let (pair, isNew) = pairs.number(foreground: style.foreground, background: style.background)
        if isNew {
            init_pair(pair, ColorPairs.cursesColor(style.foreground), ColorPairs.cursesColor(style.background))
        }
        var character = cchar_t()
        var wide = text.unicodeScalars.prefix(Int(CCHARW_MAX)).map { wchar_t(bitPattern: $0.value) }
        wide.append(0)
        if setcchar(&character, wide, Self.attributes(of: style), pair, nil) == ERR {
            setcchar(&character, [wchar_t(63), 0], Self.attributes(of: style), pair, nil)
        }
        mvwadd_wch(window, Int32(row), Int32(column), &character)
    }

    private static func attributes(of style: Style) -> attr_t {
        var attributes = argmap_a_normal()
        if style.bold { attributes |= argmap_a_bold() }
        if style.dim { attributes |= argmap_a_dim() }
        if style.underline { attributes |= argmap_a_underline() }
        if style.reverse { attributes |= argmap_a_reverse() }
        if style.italic { attributes |= argmap_a_italic() }
        return attributes
    }

    private func showCursor(_ shown: Bool) {
        guard cursorShown != shown else { return }
        curs_set(shown ? 1 : 0)
        cursorShown = shown
    }

    // MARK: Input

    /// Waits for the next key, mouse report, resize or terminating signal. Ctrl-Z suspends
    /// the program here and, once resumed, reports a resize so the caller redraws. Returns nil
    /// as soon as `wakeUp` (a descriptor, such as a pipe's reading end, or -1 for none) has
    /// something to read: how work done on another thread gets the run loop's attention.
    /// Reading from `wakeUp` is left to the caller. Unless `waiting`, returns nil at once too
    /// when nothing has come: for a caller with work to do between keys.
    public func nextEvent(wakingOn wakeUp: Int32, waiting: Bool = true) -> TerminalEvent? {
        while true {
            if !pending.isEmpty { return pending.removeFirst() }
            if let event = readInput() { return event }
            if waitForInputOrSignal(wakingOn: wakeUp, waiting: waiting) { return nil }
            if !waiting { return pending.isEmpty ? readInput() : pending.removeFirst() }
        }
    }

    private func readInput() -> TerminalEvent? {
        guard screen != nil else { return nil }
        while true {
            var value: wint_t = 0
            let result = wget_wch(argmap_stdscr(), &value)
            if result == ERR { return nil }
            let raw: InputDecoder.RawInput = result == KEY_CODE_YES ? .function(Int32(value)) : .character(UInt32(value))
            let decoded = InputDecoder.decode(raw)
            if pasted != nil, decoded != .pasteEnd {
                if case .character(let value) = raw { pasted?.append(InputDecoder.pastedCharacter(value)) }
                continue
            }
            switch decoded {
            case .pasteStart:
                pasted = ""
            case .pasteEnd:
                guard let text = pasted else { continue }
                pasted = nil
                return .input(.paste(text))
            case .key(let key):
                return .input(.key(key))
            case .resize:
                return .input(.resize(refreshSize()))
            case .mouse:
                var report = MEVENT()
                if getmouse(&report) == OK,
                   let mouse = InputDecoder.mouse(buttons: report.bstate, column: Int(report.x), row: Int(report.y)) {
                    return .input(.mouse(mouse))
                }
            case .ignored:
                continue
            }
        }
    }

    /// Whether `wakeUp` became readable; unless `waiting`, only looks.
    private func waitForInputOrSignal(wakingOn wakeUp: Int32, waiting: Bool) -> Bool {
        // A negative descriptor is one poll skips.
        var descriptors = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: signalPipe, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wakeUp, events: Int16(POLLIN), revents: 0),
        ]
        let ready = poll(&descriptors, nfds_t(descriptors.count), waiting ? -1 : 0)
        let failed = ready < 0 && errno != EINTR
        if failed || (ready > 0 && descriptors[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0) {
            // The terminal has gone away: nothing more will come from it, and waiting again
            // would only spin.
            pending.append(.terminate(signal: SIGHUP))
        }
        while let signal = SignalTrap.next() {
            switch signal {
            case SIGWINCH:
                adoptWindowSize()
            case SIGTSTP:
                suspend()
            default:
                pending.append(.terminate(signal: signal))
            }
        }
        return ready > 0 && descriptors[2].revents & Int16(POLLIN | POLLHUP) != 0
    }

    /// Gives the terminal back to the shell and stops the process (Ctrl-Z); when `fg`
    /// continues it, takes the terminal again and asks for a full redraw.
    public func suspend() {
        guard screen != nil else { return }
        endwin()
        Self.setBracketedPaste(false)
        SignalTrap.restoreModes()
        raise(SIGSTOP)
        Self.setBracketedPaste(true)
        cursorShown = nil
        adoptWindowSize()
    }

    /// Takes the window's size as the system now reports it and asks for a full redraw.
    private func adoptWindowSize() {
        var rows: Int32 = 0
        var columns: Int32 = 0
        if argmap_window_size(&rows, &columns) != 0, rows > 0, columns > 0 { resize_term(rows, columns) }
        repaintAll()
        pending.append(.input(.resize(refreshSize())))
    }

    private func refreshSize() -> Size {
        size = Size(width: Int(argmap_cols()), height: Int(argmap_lines()))
        return size
    }

    // MARK: Setup

    /// Ctrl-S and Ctrl-Q should reach the browser, not freeze the terminal's output.
    private static func disableFlowControl() {
        var modes = termios()
        guard tcgetattr(STDIN_FILENO, &modes) == 0 else { return }
        modes.c_iflag &= ~tcflag_t(IXON)
        modes.c_lflag &= ~tcflag_t(IEXTEN)
        tcsetattr(STDIN_FILENO, TCSANOW, &modes)
        def_prog_mode()
    }

    /// Asks the terminal to mark pasted text (`ESC [200~` before it, `ESC [201~` after), so a
    /// paste with newlines in it is read as text rather than run as keys.
    private static func setBracketedPaste(_ on: Bool) {
        let sequence = on ? bracketedPasteOn : bracketedPasteOff
        _ = sequence.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
    }

    private static let bracketedPasteOn = "\u{1B}[?2004h"
    private static let bracketedPasteOff = "\u{1B}[?2004l"

    /// What a crash handler writes to put the screen back without ncurses: attributes off,
    /// mouse reporting and bracketed paste off, keypad transmit off, cursor visible, alternate
    /// screen left.
    private static func resetSequence() -> [UInt8] {
        var bytes = capability("sgr0")
        bytes += Array("\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l\(bracketedPasteOff)".utf8)
        for name in ["rmkx", "cnorm", "rmcup"] { bytes += capability(name) }
        return bytes
    }

    private static func capability(_ name: String) -> [UInt8] {
        guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return [] }
        return Array(String(cString: value).utf8)
    }
}

extension Terminal {
    /// Ends the process by `signal`'s default action, as if it had never been caught, so
    /// the shell sees how the program ended. Call after `stop`.
    public static func exit(bySignal signal: Int32) -> Never { SignalTrap.reraise(signal) }
}

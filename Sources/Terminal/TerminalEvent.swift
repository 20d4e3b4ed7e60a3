import Screen

/// What the terminal reports to the run loop: input for the browser, or a signal asking the
/// program to end (Ctrl-C, SIGTERM, SIGHUP).
public enum TerminalEvent: Hashable, Sendable {
    case input(InputEvent)
    case terminate(signal: Int32)
}

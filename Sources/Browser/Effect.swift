import ArgumentMap

/// What the run loop must do after a key: the browser itself never touches files or the terminal.
public enum Effect: Hashable, Sendable {
    case quit
    /// Write the marks (atomically) where the next start finds them.
    case saveMarks(Marks)
    /// Restore the terminal, stop the process (Ctrl-Z), and redraw everything on resume.
    case suspend
    /// Repaint every cell, not only what changed (Ctrl-L).
    case redrawAll
}

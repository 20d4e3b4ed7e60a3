/// Why the terminal could not be taken over.
public enum TerminalError: Error, CustomStringConvertible, Equatable {
    case notATerminal
    case unknownTerminalType(String)

    public var description: String {
        switch self {
        case .notATerminal:
            "the browser needs a terminal on standard input and output; run argmap from an interactive shell"
        case .unknownTerminalType(let name):
            "the terminal type '\(name)' is not known to this system's terminfo; set TERM to one it has, such as xterm-256color"
        }
    }
}

import Foundation
import Testing

/// A detached tmux session running one command, driven as a person would: keys in, screen out.
/// Each session has its own tmux server socket, so tests never see each other's windows,
/// and the server is killed however the test ends.
struct TmuxSession {
    let socket: String
    let name = "argmap"

    static let executable: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    static var isAvailable: Bool { executable != nil }
    static let missingMessage: Comment = "tmux is not installed: end-to-end tests are skipped (apt-get install tmux)"

    /// How long `waitUntil` waits before failing: generous, for a loaded 2-core machine.
    static let patience: Duration = .seconds(10)

    /// Runs `body` with a fresh session running `command` at `width` x `height`, then kills it.
    static func with<Result>(
        _ command: String, width: Int = 100, height: Int = 30,
        _ body: (TmuxSession) throws -> Result
    ) throws -> Result {
        let session = TmuxSession(socket: "argmap-test-\(getpid())-\(UUID().uuidString.prefix(8))")
        defer { session.killServer() }
        try session.tmux(
            "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", session.name,
            "-e", "TERM=xterm-256color", "-e", "LANG=C.UTF-8", "-e", "LC_ALL=C.UTF-8", command)
        try session.tmux("set-option", "-t", session.name, "remain-on-exit", "on")
        return try body(session)
    }

    /// Sends keys in tmux's names: "j", "Enter", "C-c", "Escape", "PageDown".
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", name] + keys)
    }

    /// Sends keys, then waits until the screen shows `text`; returns that screen.
    @discardableResult
    func press(_ keys: String..., until text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try tmux(["send-keys", "-t", name] + keys)
        return try waitFor(text, sourceLocation: sourceLocation)
    }

    /// Sends text literally, character by character.
    func type(_ text: String) throws {
        try tmux("send-keys", "-t", name, "-l", text)
    }

    /// Pastes `text` as a terminal does: in one piece, between bracketed-paste marks when the
    /// program asked for them (tmux sends each newline as a carriage return).
    func paste(_ text: String) throws {
        try tmux("set-buffer", "-b", "argmap-test", "--", text)
        try tmux("paste-buffer", "-p", "-d", "-b", "argmap-test", "-t", name)
    }

    /// The visible screen as plain text, one line per row.
    func screen() throws -> String {
        try tmux("capture-pane", "-p", "-t", name)
    }

    /// The visible screen with SGR escape sequences for colors and attributes.
    func styledScreen() throws -> String {
        try tmux("capture-pane", "-p", "-e", "-t", name)
    }

    /// A tmux format evaluated for the pane, e.g. `#{alternate_on}`.
    func display(_ format: String) throws -> String {
        try tmux("display-message", "-p", "-t", name, format).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Appends everything the program writes to the pane from now on to the file at `path`.
    func recordOutput(to path: String) throws {
        try tmux("pipe-pane", "-o", "-t", name, "cat >> '\(path)'")
    }

    /// Stops the recording `recordOutput` started.
    func stopRecording() throws {
        try tmux("pipe-pane", "-t", name)
    }

    /// Sends `key` and returns how many bytes the program writes to the terminal in answer,
    /// recorded into the file at `path` (which must not exist yet): waits until the screen has
    /// changed, unless the key repaints it as it was (Ctrl-L), and then until the recording,
    /// which runs behind the screen, has stopped growing.
    func bytesSent(for key: String, recordingTo path: String, changesScreen: Bool = true) throws -> Int {
        try recordOutput(to: path)
        let before = try screen()
        try send(key)
        if changesScreen { try waitUntil("the screen has changed after \(key)") { $0 != before } }
        var sizes: [Int] = []
        try waitUntil("the recording has settled") { _ in
            sizes.append((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
            return sizes.count >= 5 && sizes.suffix(5).allSatisfy { $0 > 0 && $0 == sizes.last }
        }
        try stopRecording()
        return sizes.last ?? 0
    }

    /// Closes the pane, as closing a terminal window does: its processes get a hang-up.
    func closePane() throws {
        try tmux("kill-pane", "-t", name)
    }

    func resize(width: Int, height: Int) throws {
        try tmux("resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)")
    }

    /// Polls the screen every 20 ms until `condition` holds and returns it; fails the test
    /// with the last screen seen when it has not held within `patience` (by default `Self.patience`).
    @discardableResult
    func waitUntil(
        _ description: String, within patience: Duration = patience, sourceLocation: SourceLocation = #_sourceLocation,
        _ condition: (String) throws -> Bool
    ) throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: patience)
        var last = ""
        while clock.now < deadline {
            last = try screen()
            if try condition(last) { return try settled(last, condition) }
            Thread.sleep(forTimeInterval: 0.02)
        }
        Issue.record("timed out waiting until \(description); last screen:\n\(last)", sourceLocation: sourceLocation)
        throw TmuxError.timedOut(description)
    }

    /// `screen` once the program has finished painting it: tmux may show a frame half written,
    /// so it is read again until two readings agree. A later screen that no longer meets
    /// `condition` (a passing state) leaves `screen` as the answer.
    private func settled(_ screen: String, _ condition: (String) throws -> Bool) throws -> String {
        var last = screen
        for _ in 0..<10 {
            Thread.sleep(forTimeInterval: 0.02)
            let next = try self.screen()
            guard next != last, try condition(next) else { return last }
            last = next
        }
        return last
    }

    /// Waits until the screen shows `text`.
    @discardableResult
    func waitFor(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitUntil("the screen shows \"\(text)\"", sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// Polls a tmux format until it has `value`, as `waitUntil` does for the screen.
    func waitUntilDisplay(_ format: String, is value: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try waitUntil("\(format) is \(value)", sourceLocation: sourceLocation) { _ in try display(format) == value }
    }

    /// Sets a tmux option for the whole server, e.g. `set-clipboard on`.
    func setOption(_ name: String, _ value: String) throws {
        try tmux("set-option", "-g", name, value)
    }

    /// Sets the pane's title, as a program's OSC 0 or OSC 2 would.
    func setTitle(_ title: String) throws {
        try tmux("select-pane", "-t", name, "-T", title)
    }

    /// tmux's paste buffers, one line each (what OSC 52 clipboard writes land in with `set-clipboard on`).
    func pasteBuffers() throws -> String {
        try tmux("list-buffers")
    }

    @discardableResult
    private func tmux(_ arguments: String...) throws -> String { try tmux(arguments) }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        guard let executable = Self.executable else { throw TmuxError.missing }
        let result = try TmuxCommand.run(executable, ["-L", socket, "-f", "/dev/null"] + arguments)
        guard result.status == 0 else { throw TmuxError.failed(arguments.joined(separator: " "), result.output) }
        return result.output
    }

    private func killServer() {
        _ = try? tmux("kill-server")
    }
}

enum TmuxError: Error, CustomStringConvertible {
    case missing
    case failed(String, String)
    case timedOut(String)

    var description: String {
        switch self {
        case .missing: "tmux is not installed"
        case .failed(let command, let output): "tmux \(command) failed: \(output)"
        case .timedOut(let what): "timed out waiting until \(what)"
        }
    }
}

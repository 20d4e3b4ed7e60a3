import Foundation
import Testing

/// The built `argmap` binary, run inside tmux through a shell wrapper that records what a
/// user's shell would see: the terminal modes (`stty -g`) before and after, the exit
/// status, and the program's process id (so tests can signal it).
struct TmuxProgram {
    let folder: URL
    let binary: String

    /// What every screen of the program shows once it has drawn.
    static let readyMarker = "? help"
    /// What the wrapper prints once the program has ended.
    static let exitedMarker = "ARGMAP-EXITED"

    init(arguments: [String] = [], environment: [String: String] = [:]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        binary = try Self.locateBinary()
        // Marks go to a folder of this run's own unless a test names one, never to the user's.
        var environment = environment
        if environment["XDG_STATE_HOME"] == nil {
            environment["XDG_STATE_HOME"] = folder.appendingPathComponent("state").path
        }
        let exports = environment.map { "export \($0.key)=\(Self.quoted($0.value))" }.joined(separator: "\n")
        let script = """
            #!/bin/sh
            trap ':' INT TERM HUP
            \(exports)
            stty -g > \(Self.quoted(path("modes-before")))
            sh -c 'echo $$ > "$0"; exec "$@"' \(Self.quoted(path("pid"))) \(Self.quoted(binary)) \(arguments.map(Self.quoted).joined(separator: " "))
            echo $? > \(Self.quoted(path("status")))
            stty -g > \(Self.quoted(path("modes-after")))
            echo \(Self.exitedMarker)
            exec sleep 600
            """
        try script.write(to: folder.appendingPathComponent("run.sh"), atomically: true, encoding: .utf8)
    }

    /// Runs the program in a fresh tmux session, runs `body` once the screen shows `ready`,
    /// then quits with q and expects a clean exit.
    static func browse(arguments: [String], environment: [String: String] = [:], ready: String, _ body: (TmuxSession) throws -> Void) throws {
        let program = try TmuxProgram(arguments: arguments, environment: environment)
        defer { program.removeFiles() }
        try TmuxSession.with(program.command) { tmux in
            try tmux.waitFor(ready)
            try body(tmux)
            try tmux.press("q", until: exitedMarker)
            #expect(program.exitStatus == 0)
        }
    }

    /// The command line that tmux runs.
    var command: String { "sh \(Self.quoted(path("run.sh")))" }

    /// A shell command that starts the program in an interactive shell, for job control tests.
    var shellCommand: String { Self.quoted(binary) }

    var processID: pid_t? { read("pid").flatMap { pid_t($0) } }
    var exitStatus: Int? { read("status").flatMap { Int($0) } }
    var modesBefore: String? { read("modes-before") }
    var modesAfter: String? { read("modes-after") }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func removeFiles() { try? FileManager.default.removeItem(at: folder) }

    private func read(_ name: String) -> String? {
        (try? String(contentsOfFile: path(name), encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The `argmap` built beside this test bundle, or the one named by ARGMAP_BINARY.
    static func locateBinary() throws -> String {
        var candidates: [String] = []
        if let named = ProcessInfo.processInfo.environment["ARGMAP_BINARY"] { candidates.append(named) }
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        candidates.append(testBinary.deletingLastPathComponent().appendingPathComponent("argmap").path)
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent(".build/debug/argmap").path)
        guard let found = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw BinaryNotFound(searched: candidates)
        }
        return found
    }
}

struct BinaryNotFound: Error, CustomStringConvertible {
    var searched: [String]
    var description: String {
        "the argmap binary was not found (build it with `swift build --product argmap`, or set ARGMAP_BINARY); looked at "
            + searched.joined(separator: ", ")
    }
}

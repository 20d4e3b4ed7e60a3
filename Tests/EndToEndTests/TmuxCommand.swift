import Foundation

/// Runs one tmux command and collects what it printed. Spawned directly and waited for with
/// `waitpid`, and its output sent to a file rather than a pipe: the server that new-session
/// starts keeps the client's descriptors open, so a pipe would never reach its end.
enum TmuxCommand {
    struct Result {
        var status: Int32
        var output: String
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> Result {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-tmux-\(UUID().uuidString)").path
        defer { unlink(outputPath) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        // Start tmux as a shell would: no signal blocked, every signal at its default, whatever
        // the test runner's thread has set.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        // Only what a login would have, so the runner's own settings (NO_COLOR, LC_*, TMUX)
        // do not leak into the program under test.
        let inherited = ProcessInfo.processInfo.environment.filter { ["PATH", "HOME", "USER", "TMPDIR"].contains($0.key) }
        let environment = inherited.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + environment).forEach { free($0) } }

        var processID: pid_t = 0
        let spawned = posix_spawn(&processID, executable, &actions, &attributes, argv, environment)
        guard spawned == 0 else { throw TmuxError.failed(arguments.joined(separator: " "), String(cString: strerror(spawned))) }
        var status: Int32 = 0
        while waitpid(processID, &status, 0) == -1 && errno == EINTR {}
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exited = status & 0x7F == 0
        return Result(status: exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), output: output)
    }
}

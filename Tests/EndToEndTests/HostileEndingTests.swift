import ArgumentMap
import Foundation
import Testing

/// The ways out `BrowserTerminalTests` does not take: the other crash signals, and crashes
/// that land while the screen is being painted. After each, the shell finds its terminal
/// modes as `stty -g` had them, the cursor visible and the alternate screen left.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, TmuxSession.missingMessage))
struct HostileEndingTests {
    /// The crash signals the browser restores the terminal for, besides SIGSEGV and SIGABRT.
    @Test(arguments: [SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGQUIT])
    func terminalIsRestoredAfterTheCrashSignal(_ signal: Int32) throws {
        try Self.endMidSession(by: signal, keys: [])
    }

    /// A flood of keys keeps the browser repainting (unfold all, fold all, page through a big
    /// map, resize) when the signal arrives, so the restore is written after a half-sent paint.
    @Test func terminalIsRestoredAfterACrashInTheMiddleOfPainting() throws {
        var random = SplitMix64(seed: 11)
        let signals = [SIGSEGV, SIGBUS, SIGABRT, SIGTERM, SIGHUP, SIGINT]
        for round in 0..<12 {
            let keys = String(repeating: "ZzZG", count: 30) + String(repeating: "jk", count: 100)
            try Self.endMidSession(by: signals[round % signals.count], keys: [keys], delay: .milliseconds(Int(random.next() % 400)), round: round)
        }
    }

    /// Opens a map of a thousand claims, types `keys`, waits `delay`, sends `signal`, and checks
    /// how the terminal was left and how the program ended.
    private static func endMidSession(by signal: Int32, keys: [String], delay: Duration = .zero, round: Int = 0) throws {
        let folder = FileManager.default.temporaryDirectory.path + "/argmap-ending-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let map = (0..<1_000).map { "[Claim \($0)]: \(String(repeating: "A long text that wraps in the detail pane. ", count: 4))\n  + [Reason \($0)]: why.\n" }.joined()
        try map.write(toFile: folder + "/big.argdown", atomically: true, encoding: .utf8)
        let program = try TmuxProgram(arguments: [folder + "/big.argdown"], environment: ["XDG_STATE_HOME": folder + "/state"])
        defer { program.removeFiles() }
        try TmuxSession.with(program.command) { tmux in
            try tmux.waitFor(TmuxProgram.readyMarker)
            try tmux.waitUntilDisplay("#{alternate_on}", is: "1")
            let processID = try #require(program.processID)
            for text in keys { try tmux.type(text) }
            if !keys.isEmpty { try tmux.resize(width: 80 + round % 3 * 20, height: 24 + round % 2 * 6) }
            Thread.sleep(forTimeInterval: Double(delay.components.attoseconds) / 1e18)
            kill(processID, signal)
            try tmux.waitFor(TmuxProgram.exitedMarker)
            #expect(try tmux.display("#{alternate_on}") == "0", "signal \(signal), round \(round)")
            #expect(try tmux.display("#{cursor_flag}") == "1", "signal \(signal), round \(round)")
            #expect(program.modesBefore != nil)
            #expect(program.modesAfter == program.modesBefore, "signal \(signal), round \(round)")
            #expect(program.exitStatus == 128 + Int(signal), "signal \(signal), round \(round)")
        }
    }
}

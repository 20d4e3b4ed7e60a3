import Foundation
import Testing

/// The terminal as the user's shell finds it after the browser: modes as `stty -g` had
/// them, the cursor visible and the alternate screen left, however the program ended.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, TmuxSession.missingMessage))
struct BrowserTerminalTests {
    enum Ending: String, CaseIterable {
        case quitKey, controlC, terminate, hangUp, segmentationFault, abort
    }

    @Test(arguments: Ending.allCases)
    func terminalIsRestored(after ending: Ending) throws {
        let program = try TmuxProgram()
        defer { program.removeFiles() }
        try TmuxSession.with(program.command) { tmux in
            try tmux.waitFor(TmuxProgram.readyMarker)
            try tmux.waitUntilDisplay("#{alternate_on}", is: "1")
            #expect(try tmux.display("#{cursor_flag}") == "1", "the cursor rests on the cursor row")
            // The help screen hides the cursor, so that showing it again on the way out is seen.
            try tmux.press("?", until: "argmap keys")
            try tmux.waitUntilDisplay("#{cursor_flag}", is: "0")
            let processID = try #require(program.processID)
            switch ending {
            case .quitKey: try tmux.send("q", "q")  // the first leaves the help screen
            case .controlC: try tmux.send("C-c")
            case .terminate: kill(processID, SIGTERM)
            case .hangUp: kill(processID, SIGHUP)
            case .segmentationFault: kill(processID, SIGSEGV)
            case .abort: kill(processID, SIGABRT)
            }
            try tmux.waitFor(TmuxProgram.exitedMarker)
            #expect(try tmux.display("#{alternate_on}") == "0")
            #expect(try tmux.display("#{cursor_flag}") == "1")
            #expect(program.modesBefore != nil)
            #expect(program.modesAfter == program.modesBefore)
            #expect(program.exitStatus == expectedStatus(ending))
            // Bracketed paste is off again: the shell would otherwise get the marks as text.
            try tmux.paste("pasted after")
            let shell = try tmux.waitFor("pasted after")
            #expect(!shell.contains("200~"))
        }
    }

    private func expectedStatus(_ ending: Ending) -> Int {
        switch ending {
        case .quitKey: 0
        case .controlC: 128 + Int(SIGINT)
        case .terminate: 128 + Int(SIGTERM)
        case .hangUp: 128 + Int(SIGHUP)
        case .segmentationFault: 128 + Int(SIGSEGV)
        case .abort: 128 + Int(SIGABRT)
        }
    }

    @Test func resizeRedrawsAtTheNewSize() throws {
        let program = try TmuxProgram()
        defer { program.removeFiles() }
        try TmuxSession.with(program.command) { tmux in
            try tmux.waitFor(TmuxProgram.readyMarker)
            for (width, height) in [(70, 18), (120, 40), (1, 1), (20, 5), (100, 30)] {
                try tmux.resize(width: width, height: height)
                if width >= 20 {
                    try tmux.waitUntil("the status line is the last of \(height) rows") { screen in
                        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
                        return rows.count >= height && rows[height - 1].contains(TmuxProgram.readyMarker.prefix(width))
                    }
                }
            }
            try tmux.press("q", until: TmuxProgram.exitedMarker)
            #expect(program.exitStatus == 0)
        }
    }

    @Test func closingTheWindowEndsTheProgram() throws {
        let program = try TmuxProgram()
        defer { program.removeFiles() }
        try TmuxSession.with(program.command) { tmux in
            try tmux.waitFor(TmuxProgram.readyMarker)
            let processID = try #require(program.processID)
            try tmux.closePane()
            let clock = ContinuousClock()
            let deadline = clock.now.advanced(by: TmuxSession.patience)
            while kill(processID, 0) == 0, clock.now < deadline { Thread.sleep(forTimeInterval: 0.02) }
            #expect(kill(processID, 0) != 0, "argmap (pid \(processID)) still runs after its terminal closed")
        }
    }

    @Test func controlZSuspendsAndForegroundRedraws() throws {
        let program = try TmuxProgram()
        defer { program.removeFiles() }
        try TmuxSession.with("bash --norc --noprofile -i") { tmux in
            try tmux.type("PS1='shell> '; stty -g > \(program.path("modes-before"))")
            try tmux.send("Enter")
            // Alone on its line: bash runs the rest of a list when one of its commands stops.
            try tmux.type(program.shellCommand)
            try tmux.press("Enter", until: TmuxProgram.readyMarker)
            try tmux.press("C-z", until: "Stopped")
            #expect(try tmux.display("#{alternate_on}") == "0")
            #expect(try tmux.display("#{cursor_flag}") == "1")
            try tmux.resize(width: 80, height: 20)
            try tmux.type("fg")
            try tmux.send("Enter")
            try tmux.waitUntil("the browser is drawn again at 80x20") { screen in
                let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
                return rows.count >= 20 && rows[19].contains(TmuxProgram.readyMarker) && !screen.contains("Stopped")
            }
            #expect(try tmux.display("#{alternate_on}") == "1")
            try tmux.send("q")
            try tmux.waitUntilDisplay("#{alternate_on}", is: "0")
            try tmux.type("stty -g > \(program.path("modes-after")); echo \(TmuxProgram.exitedMarker)")
            try tmux.send("Enter")
            // The shell creates the file before stty writes to it: wait for its contents.
            try tmux.waitUntil("the shell ran stty after the browser") { _ in !(program.modesAfter ?? "").isEmpty }
            #expect(program.modesAfter == program.modesBefore)
            #expect(try tmux.display("#{cursor_flag}") == "1")
        }
    }
}

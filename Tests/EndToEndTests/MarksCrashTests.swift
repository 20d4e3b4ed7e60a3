import ArgumentMap
import Foundation
import Testing

/// Marks survive whatever ends the browser: a kill in the middle of a burst of marking, a
/// corrupt state file, a second browser on the same map. Each test runs the real binary in
/// tmux with its own state folder (`XDG_STATE_HOME`).
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, TmuxSession.missingMessage))
struct MarksCrashTests {
    static let claims = (1...60).map { String(format: "Claim %02d", $0) }
    static let map = "[Thesis]: The claim under dispute.\n" + claims.map { "  - [\($0)]: An objection.\n" }.joined()

    /// A map and a state folder in a fresh temporary folder.
    struct Workspace {
        let folder: String
        var mapPath: String { folder + "/debate.argdown" }
        var stateFolder: String { folder + "/state" }
        var store: MarkStore { MarkStore(directory: URL(fileURLWithPath: stateFolder).appendingPathComponent("argmap")) }
        var stateFile: String { store.fileURL(forMap: mapPath).path }

        init() throws {
            folder = FileManager.default.temporaryDirectory.path + "/argmap-marks-e2e-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try MarksCrashTests.map.write(toFile: mapPath, atomically: true, encoding: .utf8)
        }

        func program() throws -> TmuxProgram {
            try TmuxProgram(arguments: [mapPath], environment: ["XDG_STATE_HOME": stateFolder])
        }

        /// The titles disputed in the state file; nil when there is no file, and a failed
        /// expectation when the file is there but not a whole marks file.
        func disputedTitles(sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Set<String>? {
            guard let data = FileManager.default.contents(atPath: stateFile) else { return nil }
            let document = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            guard let marks = document?["marks"] as? [[String: Any]] else {
                Issue.record("the state file is not a whole marks file: \(String(decoding: data, as: UTF8.self))", sourceLocation: sourceLocation)
                return nil
            }
            return Set(marks.filter { $0["disputed"] as? Bool == true }.compactMap { $0["title"] as? String })
        }

        /// Waits until the state file disputes exactly `titles`.
        func waitUntilSaved(_ titles: Set<String>, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
            let clock = ContinuousClock()
            let deadline = clock.now.advanced(by: TmuxSession.patience)
            while clock.now < deadline {
                if disputedTitles(sourceLocation: sourceLocation) == titles { return }
                Thread.sleep(forTimeInterval: 0.02)
            }
            Issue.record("the state file never held \(titles.sorted()); it holds \(disputedTitles()?.sorted() ?? [])", sourceLocation: sourceLocation)
        }

        func remove() { try? FileManager.default.removeItem(atPath: folder) }
    }

    /// Each round types `dj` forty times (dispute, next claim: forty saves in a row) and kills
    /// the browser with SIGKILL at a random moment. Whatever the file held while the burst ran
    /// was a completed save; afterwards the file must still be whole, hold all of that, and be
    /// exactly the first k claims for some k, as the saves happened in that order.
    @Test func aKillDuringABurstOfMarkingLosesNoCompletedSave() throws {
        var random = SplitMix64(seed: 8)
        var outcomes: [Int] = []
        for round in 1...12 {
            let workspace = try Workspace()
            defer { workspace.remove() }
            let program = try workspace.program()
            defer { program.removeFiles() }
            try TmuxSession.with(program.command) { tmux in
                try tmux.waitFor(TmuxProgram.readyMarker)
                let processID = try #require(program.processID)
                try tmux.type("j" + String(repeating: "dj", count: 40))
                var completed: Set<String> = []
                let clock = ContinuousClock()
                let killAt = clock.now.advanced(by: .milliseconds(Int(random.next() % 1_500)))
                while clock.now < killAt {
                    if let saved = workspace.disputedTitles() { completed = saved }
                    Thread.sleep(forTimeInterval: 0.005)
                }
                kill(processID, SIGKILL)
                try tmux.waitFor(TmuxProgram.exitedMarker)
                let after = workspace.disputedTitles() ?? []
                #expect(after.isSuperset(of: completed), "round \(round): saved \(completed.sorted()), after the kill \(after.sorted())")
                #expect(after == Set(Self.claims.prefix(after.count)), "round \(round): not the first claims in order: \(after.sorted())")
                outcomes.append(after.count)
            }
        }
        // The kills must land mid-burst, not only before or after it, for the test to mean anything.
        #expect(outcomes.contains { $0 > 0 && $0 < 40 }, "marks saved before each kill: \(outcomes)")
    }

    @Test(arguments: ["", "{\"version\": 1, \"map\": \"/x\", \"marks\": [{\"kind\": \"statem", "\u{0}\u{0}\u{0}\u{0}"])
    func aCorruptStateFileIsMovedAsideAndTheMapStillOpens(_ contents: String) throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try FileManager.default.createDirectory(atPath: workspace.store.directory.path, withIntermediateDirectories: true)
        try contents.write(toFile: workspace.stateFile, atomically: true, encoding: .utf8)
        let program = try workspace.program()
        defer { program.removeFiles() }
        try TmuxSession.with(program.command) { tmux in
            // Said in the browser itself, not only on the terminal it hides until it quits;
            // the status line gives it the room `? help` had.
            try tmux.waitFor("warning: marks for")
            try tmux.press("j", "d", until: "Claim 01 ⚑")
            workspace.waitUntilSaved(["Claim 01"])
            let screen = try tmux.press("q", until: TmuxProgram.exitedMarker)
            #expect(screen.contains("argmap: warning: marks for"), "\(screen)")
            #expect(screen.contains("could not be read"))
            #expect(program.exitStatus == 0)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: workspace.store.directory.path)
        let aside = try #require(names.first { $0.contains(".corrupt-") })
        #expect(FileManager.default.contents(atPath: workspace.store.directory.path + "/" + aside) == Data(contents.utf8))
    }

    /// A marks Claim 01; B, opened before that, marks Claim 02; A marks Claim 03. Neither knows
    /// the other's marks, and the file keeps all three, as a third browser shows.
    @Test func twoBrowsersOnOneMapKeepEachOthersMarks() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let first = try workspace.program()
        let second = try workspace.program()
        defer { first.removeFiles(); second.removeFiles() }
        try TmuxSession.with(first.command) { a in
            try a.waitFor(TmuxProgram.readyMarker)
            try TmuxSession.with(second.command) { b in
                try b.waitFor(TmuxProgram.readyMarker)
                try a.press("j", "d", until: "Claim 01 ⚑")
                workspace.waitUntilSaved(["Claim 01"])
                try b.press("j", "j", "d", until: "Claim 02 ⚑")
                workspace.waitUntilSaved(["Claim 01", "Claim 02"])
                try a.press("j", "j", "d", until: "Claim 03 ⚑")
                workspace.waitUntilSaved(["Claim 01", "Claim 02", "Claim 03"])
                try b.press("q", until: TmuxProgram.exitedMarker)
            }
            try a.press("q", until: TmuxProgram.exitedMarker)
        }
        #expect(workspace.disputedTitles() == ["Claim 01", "Claim 02", "Claim 03"])
        let third = try workspace.program()
        defer { third.removeFiles() }
        try TmuxSession.with(third.command) { c in
            try c.waitFor(TmuxProgram.readyMarker)
            try c.press("m", until: "Marks (3)")
            try c.press("q", "q", until: TmuxProgram.exitedMarker)
        }
    }
}

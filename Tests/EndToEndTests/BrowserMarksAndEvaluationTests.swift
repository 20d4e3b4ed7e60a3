import ArgumentMap
import Foundation
import Testing

/// Citations, saved marks, the note editor, the marks list and the live evaluation, driven by
/// keys in a real terminal. Each test has its own folder: the map, its source, and the state
/// folder (`XDG_STATE_HOME`) where marks are saved.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, TmuxSession.missingMessage))
struct BrowserMarksAndEvaluationTests {
    static let map = """
        ===
        title: Cited debate
        sources:
          report: {file: report.txt, title: The Scaling Report}
        ===

        [Thesis A]: Capability comes from scaling.
          + [Loss falls]: Loss keeps falling with scale. {source: report, quote: "loss keeps falling"}
            - [Benchmarks saturate]: Benchmarks stop measuring progress.
          - [Data wall]: High-quality data ran short. {source: report, quote: "data ran short around 2024"}

        [Thesis B]: Capability comes from RL.
          + [Reasoning]: RL taught models to reason.
        """

    static let report = """
        Intro line.
        Our runs show that loss keeps falling as compute grows.
        But high-quality data ran short around 2024, and that changed the plan.
        End.
        """

    /// A folder holding the map, its source and a state folder, removed at the end.
    struct Workspace {
        let folder: URL
        var mapPath: String { folder.appendingPathComponent("debate.argdown").path }
        var stateFolder: String { folder.appendingPathComponent("state").path }
        /// The titles of the marks saved for the map, as the next start reads them.
        var savedMarkTitles: [String] {
            MarkStore(directory: URL(fileURLWithPath: stateFolder).appendingPathComponent("argmap")).load(mapAt: mapPath).marks.all.map(\.title)
        }

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-e2e-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try BrowserMarksAndEvaluationTests.map.write(toFile: mapPath, atomically: true, encoding: .utf8)
            try BrowserMarksAndEvaluationTests.report.write(to: folder.appendingPathComponent("report.txt"), atomically: true, encoding: .utf8)
        }

        /// Runs the browser on the map with this state folder, then quits with q and expects a clean exit.
        func browse(arguments: [String]? = nil, stateFolder: String? = nil, ready: String = "│ 1/6", _ body: (TmuxSession) throws -> Void) throws {
            try TmuxProgram.browse(
                arguments: arguments ?? [mapPath], environment: ["XDG_STATE_HOME": stateFolder ?? self.stateFolder], ready: ready, body)
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    /// The outline column only: each row up to the detail pane's border.
    static func outline(_ screen: String) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false)
            .map { row in row.lastIndex(of: "│").map { row[..<$0] } ?? row }
            .joined(separator: "\n")
    }

    @Test func followACitationToItsQuoteAndComeBackToTheSameRow() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.browse { tmux in
            try tmux.press("j", until: "│ 2/6")
            // The status line is drawn last: once it shows, the whole view is on screen.
            let source = try tmux.press("Enter", until: "1/2 cited passages")
            #expect(source.contains("Our runs show that loss keeps falling as compute grows."))
            #expect(source.split(separator: "\n").first?.contains("The Scaling Report") == true, "the header names the source")
            let back = try tmux.press("Escape", until: "│ 2/6")
            #expect(!back.contains("cited passages"))
        }
    }

    @Test func aDisputeAndANoteAreThereAfterARestart() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.browse { tmux in
            try tmux.press("G", until: "│ 6/6")
            try tmux.press("d", until: "Reasoning ⚑")
            try tmux.press("e", until: "(Enter saves, Esc cancels)")
            try tmux.type("only on math")
            try tmux.press("Enter", until: "note: only on math")
        }
        let saved = try FileManager.default.contentsOfDirectory(atPath: workspace.stateFolder + "/argmap")
        #expect(saved.contains { $0.hasPrefix("debate.argdown-") && $0.hasSuffix(".json") })
        try workspace.browse { tmux in
            try tmux.waitFor("Reasoning ⚑")
            try tmux.press("G", until: "│ 6/6")
            try tmux.waitFor("note: only on math")
            try tmux.waitFor("⚑ disputed")
        }
    }

    @Test func linesPastedIntoTheNotePromptAreTextNotKeys() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.browse { tmux in
            try tmux.press("e", until: "(Enter saves, Esc cancels)")
            // Unbracketed, the newline would save the note and j, d and q would move, dispute and quit.
            try tmux.paste("first line\njdq")
            try tmux.waitFor("Esc cancels): first line jdq")
            try tmux.press("Enter", until: "note: first line jdq")
            let screen = try tmux.waitFor("│ 1/6")
            #expect(!screen.contains("⚑"), "nothing was disputed")
        }
    }

    @Test func controlCCancelsThePromptsInsteadOfQuitting() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.browse { tmux in
            try tmux.press("e", until: "(Enter saves, Esc cancels)")
            try tmux.type("half a note")
            try tmux.waitFor("half a note")
            try tmux.press("C-c", until: "│ 1/6")
            #expect(try !tmux.screen().contains("half a note"))
            try tmux.press("/", until: "/")
            try tmux.type("Data wall")
            try tmux.waitFor("[Data wall]")
            let cancelled = try tmux.press("C-c", until: "│ 1/6")
            #expect(!cancelled.contains("/Data wall"))
        }
    }

    /// `/` and Ctrl-C in one burst, then `e`, two letters and Ctrl-C: as a signal, Ctrl-C overtook
    /// the keys typed before it and quit (a new user's finding); as a key it cancels each prompt.
    @Test func controlCRightAfterTheKeyThatOpensAPromptCancelsIt() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.browse { tmux in
            try tmux.send("/", "C-c")
            try tmux.send("e", "a", "b", "C-c")
            let moved = try tmux.press("j", until: "│ 2/6")
            #expect(!moved.contains("note on"))
        }
    }

    @Test func linesPastedOutsideAPromptAreNotRunAsKeys() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.browse { tmux in
            try tmux.paste("jjd\nq")
            let screen = try tmux.waitFor("pasted text is not run as keys")
            #expect(screen.contains("│ 1/6"))
            #expect(!screen.contains("⚑"))
        }
    }

    @Test func theMarksListJumpsToTheChosenClaim() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.browse { tmux in
            try tmux.press("j", "j", until: "│ 3/6")
            try tmux.press("d", until: "Benchmarks saturate ⚑")
            try tmux.press("G", until: "│ 6/6")
            try tmux.press("d", until: "Reasoning ⚑")
            try tmux.press("g", until: "│ 1/6")
            try tmux.press("m", until: "Marks (2)")
            try tmux.waitFor("⚑ Benchmarks saturate")
            try tmux.press("Enter", until: "│ 3/6")
            try tmux.press("Escape", until: "Marks (2)")
            try tmux.press("Escape", until: "│ 1/6")
        }
    }

    /// A new user's finding: a mark on a claim the edited map no longer has looked like a live
    /// one in the marks list, and only editing the marks file by hand took it away.
    @Test func aMarkWhoseClaimIsGoneFromTheMapCanBeDropped() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.browse { tmux in
            try tmux.press("j", "j", "j", until: "│ 4/6")
            try tmux.press("d", until: "Data wall ❝ ⚑")
            try tmux.press("G", until: "│ 6/6")
            try tmux.press("d", until: "Reasoning ⚑")
        }
        let edited = Self.map.replacingOccurrences(of: "\n  + [Reasoning]: RL taught models to reason.", with: "")
        #expect(edited != Self.map)
        try edited.write(toFile: workspace.mapPath, atomically: true, encoding: .utf8)
        #expect(workspace.savedMarkTitles == ["Data wall", "Reasoning"])

        try workspace.browse(ready: "│ 1/5") { tmux in
            try tmux.press("m", until: "Marks (2)")
            try tmux.waitFor("⚑ Reasoning (gone from the map)")
            let list = try tmux.press("j", until: "d drops the mark")
            #expect(!list.contains("Data wall (gone"), "a live claim's mark looks as before")
            try tmux.press("d", until: "dropped the mark on “Reasoning”")
            let after = try tmux.waitFor("Marks (1)")
            #expect(!after.contains("⚑ Reasoning"), "the list no longer holds it")
            try tmux.press("Escape", until: "│ 1/5")
        }
        #expect(workspace.savedMarkTitles == ["Data wall"], "the dropped mark is gone from the saved marks, the live one kept")
    }

    @Test func disputingAClaimChangesTheLabelsOnScreen() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.browse { tmux in
            // Data wall stands, so Thesis A is defeated.
            try tmux.waitFor("✗ Thesis A")
            try tmux.waitFor("✓ Thesis B")
            try tmux.press("j", "j", "j", until: "│ 4/6")
            // With Data wall disputed nothing defeats Thesis A, but its one supporter is still
            // attacked, so it stands on nothing: unsupported.
            try tmux.press("d", until: "○ Thesis A")
            try tmux.waitFor("✗ Data wall ❝ ⚑")
            try tmux.press("d", until: "✗ Thesis A")
        }
    }

    @Test func theEvaluationToggleAndTheWhyView() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.browse { tmux in
            try tmux.press("v", until: "evaluation hidden")
            #expect(!Self.outline(try tmux.screen()).contains("✗"))
            try tmux.press("v", until: "✗ Thesis A")
            try tmux.press("w", until: "Why: Thesis A (defeated)")
            try tmux.waitFor("✓ standing attacker: Data wall")
            try tmux.waitFor("✗ fallen supporter: Loss falls")
            try tmux.press("Enter", until: "│ 4/6")
            try tmux.press("Escape", until: "Why: Thesis A")
            try tmux.press("Escape", until: "│ 1/6")
        }
    }

    @Test func aMarkThatCannotBeSavedIsKeptAndSaysSo() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        // A state "folder" that is a file: the marks folder cannot be created in it.
        let blocked = workspace.folder.appendingPathComponent("not-a-folder").path
        try "".write(toFile: blocked, atomically: true, encoding: .utf8)
        let program = try TmuxProgram(arguments: [workspace.mapPath], environment: ["XDG_STATE_HOME": blocked])
        defer { program.removeFiles() }
        try TmuxSession.with(program.command) { tmux in
            try tmux.waitFor("│ 1/6")
            try tmux.press("d", until: "marks not saved")
            try tmux.waitFor("Thesis A ⚑")
            try tmux.press("j", until: "│ 2/6")
            // Quitting with the change still unsaved says so where the shell shows it.
            let after = try tmux.press("q", until: TmuxProgram.exitedMarker)
            #expect(after.contains("argmap: warning: your last mark changes were not saved"))
            #expect(program.exitStatus == 0)
        }
    }

    @Test func theBundledDebateOpensOnItsThesesAndTheirDirectReasons() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.browse(arguments: [], ready: TmuxProgram.readyMarker) { tmux in
            let outline = Self.outline(try tmux.waitFor("Pre-training scaling or post-training RL? │ 1/"))
            #expect(outline.hasPrefix(" # Is pre-training scaling running out?"), "the first section's heading:\n\(outline)")
            #expect(outline.contains("\n▌▾  ✗ Pre-training is plateauing"), "the first thesis, open and marked as the cursor row:\n\(outline)")
            #expect(outline.contains("├─ + ✓ Diminishing returns per doubling"), "its direct reasons")
            #expect(outline.contains("▸"), "deeper threads folded, showing they hold more")
            let deeper = outline.split(separator: "\n").filter { $0.hasPrefix(" │ ├") || $0.hasPrefix(" │ └") || $0.hasPrefix("   ├") || $0.hasPrefix("   └") }
            #expect(deeper.isEmpty, "nothing below the direct reasons is open: \(deeper)")
        }
    }

    @Test func theBundledDebateGroupsItsThesesUnderItsSections() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.browse(arguments: [], ready: TmuxProgram.readyMarker) { tmux in
            _ = try tmux.waitFor("Pre-training scaling or post-training RL? │ 1/")
            let screen = Self.outline(try tmux.press("z", until: "# The economics"))
            let folded = screen.split(separator: "\n").map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) }.joined(separator: "\n")
            #expect(folded.contains(" # Is post-training RL the new frontier?\n ▸  ✗ Post-training RL is the frontier"), "\(folded)")
            #expect(folded.contains(" # Asides in the thread\n    ✓ Continual learning matters"), "a section whose claims all sit under other theses has no heading of its own")
            let position = try tmux.press("j", until: "│ 2/")
            #expect(position.contains("│ 2/14"), "headings are not counted as rows")
        }
    }

    @Test func theDetailPaneScrollsWithBrackets() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.browse(arguments: [], ready: TmuxProgram.readyMarker) { tmux in
            _ = try tmux.waitFor("Pre-training scaling or post-training RL? │ 1/")
            _ = try tmux.waitFor("more lines: ] scrolls down")
            let scrolled = try tmux.press("]", until: "more lines above: [ scrolls up")
            #expect(!scrolled.contains("[Pre-training is plateauing]"), "the title scrolled out of the pane")
            _ = try tmux.press("j", until: "│ 2/")
            let moved = try tmux.waitFor("[Diminishing returns per doubling]")
            #expect(!moved.contains("lines above"), "a new row's detail starts at the top")
        }
    }

    @Test(arguments: [("dumb", "TERM is dumb"), ("no-such-terminal", "the terminal type 'no-such-terminal' is not known")])
    func aTerminalWithoutAScreenGetsTheOutline(terminalType: String, reason: String) throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let program = try TmuxProgram(arguments: [workspace.mapPath], environment: ["TERM": terminalType])
        defer { program.removeFiles() }
        try TmuxSession.with(program.command) { tmux in
            // The note is longer than the pane is wide: read it with the wrapping undone.
            let screen = try tmux.waitFor(TmuxProgram.exitedMarker).replacingOccurrences(of: "\n", with: "")
            #expect(screen.contains("argmap: \(reason)"))
            #expect(screen.contains("printing the outline instead"))
            #expect(screen.contains("Benchmarks saturate"))
            #expect(program.exitStatus == 0)
        }
    }
}

import Foundation
import Testing

/// The browser driven by keys in a real terminal, read back from the screen.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, TmuxSession.missingMessage))
struct BrowserWalkTests {
    static let map = """
        ===
        title: Test debate
        ===

        [Thesis A]: Capability comes from scaling.
          + [Loss falls]: Loss keeps falling with scale.
            - [Benchmarks saturate]: Benchmarks stop measuring progress.
          - [Data wall]: High-quality data ran short.

        [Thesis B]: Capability comes from RL.
          + [Reasoning]: RL taught models to reason.
        """

    /// Opens the test map, runs `body`, then quits with q and expects a clean exit.
    private func withBrowser(_ body: (TmuxSession) throws -> Void) throws {
        let mapFile = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-e2e-\(UUID().uuidString).argdown")
        try Self.map.write(to: mapFile, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: mapFile) }
        let program = try TmuxProgram(arguments: [mapFile.path])
        defer { program.removeFiles() }
        try TmuxSession.with(program.command) { tmux in
            try tmux.waitFor("│ 1/6")
            try body(tmux)
            try tmux.press("q", until: TmuxProgram.exitedMarker)
            #expect(program.exitStatus == 0)
        }
    }

    /// The outline column only: each row up to the detail pane's border (its last │; tree guides come before).
    private func outline(_ screen: String) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false)
            .map { row in row.lastIndex(of: "│").map { row[..<$0] } ?? row }
            .joined(separator: "\n")
    }

    @Test func walkDownUpAndToBothEnds() throws {
        try withBrowser { tmux in
            try tmux.press("j", "Down", until: "│ 3/6")
            try tmux.waitFor("[Benchmarks saturate]")
            try tmux.press("G", until: "│ 6/6")
            try tmux.press("k", until: "│ 5/6")
            try tmux.press("Home", until: "│ 1/6")
            try tmux.press("End", until: "│ 6/6")
        }
    }

    @Test func foldAllThenUnfoldAll() throws {
        try withBrowser { tmux in
            try tmux.press("z", until: "│ 1/2")
            let folded = outline(try tmux.screen())
            #expect(!folded.contains("Loss falls"))
            #expect(folded.contains("Thesis A [+1 −2]"))
            try tmux.press("Z", until: "│ 1/6")
            #expect(outline(try tmux.screen()).contains("Benchmarks saturate"))
        }
    }

    @Test func unfoldToADepth() throws {
        try withBrowser { tmux in
            try tmux.press("z", until: "│ 1/2")
            try tmux.press("2", until: "│ 1/5")
            let screen = outline(try tmux.screen())
            #expect(screen.contains("Loss falls"))
            #expect(!screen.contains("Benchmarks saturate"))
        }
    }

    @Test func searchAsYouTypeThenAccept() throws {
        try withBrowser { tmux in
            try tmux.send("/")
            try tmux.type("Reas")
            try tmux.waitFor("[Reasoning]")
            try tmux.press("Enter", until: "│ 6/6 │ /Reas")
        }
    }

    @Test func markADisputedClaimAndListTheMarks() throws {
        try withBrowser { tmux in
            try tmux.press("G", until: "│ 6/6")
            try tmux.press("d", until: "Reasoning ⚑")
            try tmux.press("m", until: "Marks (1)")
            #expect(try tmux.screen().contains("⚑ Reasoning"))
            try tmux.press("Escape", until: "│ 6/6")
        }
    }

    @Test func helpListsTheKeysAndGoesBack() throws {
        try withBrowser { tmux in
            try tmux.press("j", until: "│ 2/6")
            try tmux.press("?", until: "argmap keys")
            #expect(try tmux.screen().contains("fold everything"))
            try tmux.press("Escape", until: "│ 2/6")
        }
    }
}

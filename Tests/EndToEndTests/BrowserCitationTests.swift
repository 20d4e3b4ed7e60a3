import Foundation
import Testing

/// The browser shows a map before its quotes are located in the sources (and a large one
/// before it is evaluated); what locating them finds wrong reaches the status line when it is
/// done, and standard error and the exit status once the reader quits, as every other
/// command reports it.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, TmuxSession.missingMessage))
struct BrowserCitationTests {
    static let map = """
        ===
        title: Quoted debate
        sources:
          report: {file: report.txt, title: The Scaling Report}
        ===

        [Thesis A]: Capability comes from scaling.
          + [Loss falls]: Loss keeps falling with scale. {source: report, quote: "loss keeps falling"}
          - [Data wall]: High-quality data ran short. {source: report, quote: "data ran out in 2030"}
        """

    static let report = """
        Intro line.
        Our runs show that loss keeps falling as compute grows.
        But high-quality data ran short around 2024.
        """

    @Test func aQuoteNotFoundIsReportedInTheStatusLineAndOnQuitting() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let mapPath = folder.appendingPathComponent("quoted.argdown").path
        try Self.map.write(toFile: mapPath, atomically: true, encoding: .utf8)
        try Self.report.write(to: folder.appendingPathComponent("report.txt"), atomically: true, encoding: .utf8)

        let program = try TmuxProgram(arguments: [mapPath])
        defer { program.removeFiles() }
        try TmuxSession.with(program.command, width: 200, height: 40) { tmux in
            let status = try tmux.waitFor("1 error: run argmap check \(mapPath)")
            let statusLine = status.split(separator: "\n").last { $0.contains("run argmap check") } ?? ""
            #expect(statusLine.components(separatedBy: "error").count == 2, "the error is counted once: \(statusLine)")
            try tmux.send("j")
            let found = try tmux.waitFor("The Scaling Report 2:20-37")
            #expect(found.contains("“loss keeps falling”"))
            try tmux.send("j")
            try tmux.waitFor("The Scaling Report (quote not found)")
            try tmux.send("k", "Enter")
            try tmux.waitFor("2:20-37")
            try tmux.send("q")
            let after = try tmux.press("q", until: TmuxProgram.exitedMarker)
            #expect(after.contains("\(mapPath):9:47: error: [Data wall]: quote \"data ran out in 2030\""))
        }
        #expect(program.exitStatus == 65)
    }

    /// Found by a new user: on quitting, the count left out weights out of range, which were
    /// then listed apart; the count is `check`'s, and nothing is listed beside it.
    @Test func onQuittingTheWarningsAreCountedAsCheckCountsThem() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let mapPath = folder.appendingPathComponent("broken.argdown").path
        try CommandLineMapProblemTests.fiveWarnings.write(toFile: mapPath, atomically: true, encoding: .utf8)
        let program = try TmuxProgram(arguments: [mapPath])
        defer { program.removeFiles() }
        try TmuxSession.with(program.command, width: 200, height: 40) { tmux in
            try tmux.waitFor(TmuxProgram.readyMarker)
            let after = try tmux.press("q", until: TmuxProgram.exitedMarker)
            #expect(after.contains("argmap: 5 warnings in \(mapPath); run `argmap check \(mapPath)` for details"), "\(after)")
            #expect(!after.contains("weight of"), "\(after)")
        }
        #expect(program.exitStatus == 0)
    }

    /// A quote that occurs twice cannot be shown; Enter on its claim says why, not "not found".
    @Test func enterOnAQuoteThatOccursTwiceSaysSo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let mapPath = folder.appendingPathComponent("twice.argdown").path
        try "===\nsources:\n  report: report.txt\n===\n\n[Twice]: Said twice. {source: report, quote: \"loss falls\"}\n"
            .write(toFile: mapPath, atomically: true, encoding: .utf8)
        try "First, loss falls.\nThen loss falls again.\n".write(to: folder.appendingPathComponent("report.txt"), atomically: true, encoding: .utf8)
        let program = try TmuxProgram(arguments: [mapPath])
        defer { program.removeFiles() }
        try TmuxSession.with(program.command) { tmux in
            try tmux.waitFor("1 error")
            let screen = try tmux.press("Enter", until: "quote occurs 2 times in its source")
            #expect(!screen.contains("quote not found"))
        }
    }

    @Test func aLargeMapIsEvaluatedAfterItsFirstFrameAndKeysTypedMeanwhileCount() throws {
        let folder = try TemporaryFolderForOutput()
        defer { folder.remove() }
        let mapPath = try folder.generatedMap(nodes: 20000)
        try TmuxProgram.browse(arguments: [mapPath], ready: "Thesis 1") { tmux in
            try tmux.send("j", "j", "j")
            let screen = try tmux.waitFor("│ 4/")
            #expect(screen.contains("Generated map of 20000 nodes"))
            let evaluated = try tmux.waitFor("✗ Thesis 1 0.51")
            #expect(evaluated.contains("├─ + ✓ Claim 7"))
            #expect(evaluated.contains("statement · ✓ stands · strength 0.50"), "the selected claim's detail, with its label")
        }
    }

    /// `q` is never kept waiting for the search of the sources: on a map whose quotes take a
    /// while to locate, it quits at once and says what was left unchecked.
    @Test func quittingBeforeTheQuotesAreLocatedQuitsAtOnceAndSaysSo() throws {
        let folder = try TemporaryFolderForOutput()
        defer { folder.remove() }
        let mapPath = try folder.generatedMap(nodes: 200000)
        let program = try TmuxProgram(arguments: [mapPath])
        defer { program.removeFiles() }
        try TmuxSession.with(program.command, width: 120, height: 30) { tmux in
            try tmux.waitFor("Thesis 1")
            // A map this large shows its beginning first; the search of its sources starts once it is all read.
            try tmux.waitUntil("the whole map is read", within: BrowserBeginningTests.wholeMapPatience) { !$0.contains("reading generated.argdown") }
            let after = try tmux.press("q", until: TmuxProgram.exitedMarker)
            #expect(after.contains("argmap: quit before the map's citations were checked against its sources"), "\(after)")
        }
        #expect(program.exitStatus == 0)
    }
}

import ArgumentMap
import Foundation
import Testing

/// `argmap eval` run as a user would: labels and strengths, what-ifs, saved marks, JSON.
@Suite struct EvalCommandTests {
    private static let map = """
        [Scaling]: Capability comes from scaling pre-training.
          + [Laws]: Scaling laws held for a decade.
            - [Wall]: Data ran short around 2024.
          - [RL]: Post-training RL drives recent gains.
            - [Costly]: RL gains cost more compute per point.

        """

    /// A folder holding the map and a state folder, so saved marks never touch the user's own.
    private struct Setup {
        let folder: TemporaryFolderForOutput
        var mapPath: String { folder.path + "/debate.argdown" }
        var environment: [String: String] { ["XDG_STATE_HOME": folder.path + "/state"] }

        init() throws {
            folder = try TemporaryFolderForOutput()
            try EvalCommandTests.map.write(toFile: folder.path + "/debate.argdown", atomically: true, encoding: .utf8)
        }

        func run(_ arguments: [String]) throws -> ArgmapRun {
            try ArgmapRun(["eval", mapPath] + arguments, environment: environment)
        }
    }

    @Test func aMapWithoutThesesSaysWhatAThesisIs() throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        try "[A]: a\n[B]: b\n".write(toFile: setup.mapPath, atomically: true, encoding: .utf8)
        let result = try setup.run([])
        #expect(result.status == 0)
        #expect(result.errors == "argmap: debate.argdown has no theses (a thesis is a claim that others support or attack but that bears on nothing itself, or one tagged #thesis); --all lists every node\n")
    }

    /// The README says `#thesis` marks seven theses of the bundled debate and `eval` lists 13.
    @Test func theBundledDebateHasSevenTaggedThesesAmongThirteen() throws {
        let result = try ArgmapRun(["eval", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(rows.count == 13)
        let debate = try String(contentsOfFile: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../maps/debate.argdown").path, encoding: .utf8)
        #expect(debate.components(separatedBy: "#thesis").count - 1 == 7)
    }

    @Test func eachThesisWithItsLabelAndStrength() throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        // Laws falls to Wall, so nothing holds Scaling up; RL falls to Costly, so nothing defeats it.
        let result = try setup.run([])
        #expect(result.status == 0)
        #expect(result.output == "unsupported  0.50  [Scaling]\n")
    }

    @Test func aWhatIfDisputeChangesTheLabelsButNotTheSavedMarks() throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        let result = try setup.run(["--dispute", "Costly", "--dispute", "[Wall]"])
        #expect(result.status == 0)
        #expect(result.output == "out          0.50  [Scaling]\n")
        #expect(!FileManager.default.fileExists(atPath: setup.folder.path + "/state/argmap"))
    }

    @Test func savedMarksCount() throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        let store = MarkStore(environment: setup.environment)
        try store.save(Marks([Mark(kind: .statement, title: "Costly")]), loaded: Marks(), mapAt: setup.mapPath)
        let result = try setup.run([])
        #expect(result.output == "out          0.38  [Scaling]\n")
    }

    /// A mark on a claim since taken out of the map counts for nothing, and is said to (a second trial's finding).
    @Test func aSavedMarkWhoseClaimIsGoneIsNoted() throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        let store = MarkStore(environment: setup.environment)
        try store.save(Marks([Mark(kind: .statement, title: "Costly"), Mark(kind: .statement, title: "Gone")]), loaded: Marks(), mapAt: setup.mapPath)
        let result = try setup.run([])
        #expect(result.output == "out          0.38  [Scaling]\n")
        #expect(result.errors == "argmap: note: 1 saved mark is for a claim no longer in the map (“Gone”), so it counts for nothing; the browser's marks list (m) drops it with d\n")
        let export = try ArgmapRun(["export", setup.mapPath, "--to", "argdown", "--with-marks"], environment: setup.environment)
        #expect(export.status == 0)
        #expect(export.errors == result.errors)
    }

    @Test func everyNodeAsJSONInMapOrder() throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        let result = try setup.run(["--all", "--format", "json"])
        #expect(result.status == 0)
        let rows = try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["title"] as? String } == ["Scaling", "Laws", "Wall", "RL", "Costly"])
        #expect(rows.map { $0["label"] as? String } == ["in", "out", "in", "out", "in"])
        #expect(rows.allSatisfy { ($0["strength"] as? Double).map((0...1).contains) == true })
    }

    @Test func anUnknownDisputeIsAUsageError() throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        let result = try setup.run(["--dispute", "Nothing"])
        #expect(result.status == 64)
        #expect(result.errors.contains("no statement or argument titled \"Nothing\""))
        #expect(result.output.isEmpty)
    }
}

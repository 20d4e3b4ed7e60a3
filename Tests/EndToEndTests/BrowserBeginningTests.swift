import Foundation
import Testing

/// A map of 4 MB or more opens on its beginning while the whole is read, as `less` shows a
/// file's start: the status line says the rest is being read, quitting meanwhile quits at once,
/// and what the whole read finds wrong is reported as it is for any map.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, TmuxSession.missingMessage))
struct BrowserBeginningTests {
    /// How long a debug build may take to read a map of tens of MB on a loaded machine.
    static let wholeMapPatience: Duration = .seconds(120)

    /// A generated map of `nodes` nodes (about 142 bytes each) in `folder`, with `tail` appended.
    private func generatedMap(nodes: Int, in folder: TemporaryFolderForOutput, tail: [UInt8] = []) throws -> String {
        let mapPath = try folder.generatedMap(nodes: nodes)
        if !tail.isEmpty {
            let handle = try #require(FileHandle(forWritingAtPath: mapPath))
            handle.seekToEndOfFile()
            handle.write(Data(tail))
            handle.closeFile()
        }
        return mapPath
    }

    @Test func aLargeMapShowsItsBeginningWhileTheRestIsReadThenTheWhole() throws {
        let folder = try TemporaryFolderForOutput()
        defer { folder.remove() }
        let mapPath = try generatedMap(nodes: 40_000, in: folder)
        let text = try String(contentsOfFile: mapPath, encoding: .utf8)
        let lastSection = try #require(text.split(separator: "\n").last { $0.hasPrefix("# ") }).dropFirst(2)
        try TmuxProgram.browse(arguments: [mapPath], ready: "Thesis 1") { tmux in
            let first = try tmux.waitFor("reading generated.argdown… (first ")
            try tmux.send("G")
            try tmux.send("j")
            let whole = try tmux.waitUntil("the whole map is shown", within: Self.wholeMapPatience) { !$0.contains("reading generated.argdown") }
            #expect(try rowCount(first) < rowCount(whole), "the beginning has fewer rows than the whole")
            #expect(!whole.contains("no more rows yet"), "what was said of the unread rest goes with it")
            let last = try tmux.press("G", until: String(lastSection))
            #expect(last.contains("Thesis"), "the last section's theses are there to move to")
        }
    }

    /// `z` on the beginning folds the rest too once it is read: only the theses are rows.
    @Test func foldingEverythingWhileTheRestIsReadFoldsTheWholeMap() throws {
        let folder = try TemporaryFolderForOutput()
        defer { folder.remove() }
        let mapPath = try generatedMap(nodes: 40_000, in: folder)
        let theses = try String(contentsOfFile: mapPath, encoding: .utf8).split(separator: "\n").count { $0.hasPrefix("[Thesis ") }
        try TmuxProgram.browse(arguments: [mapPath], ready: "Thesis 1") { tmux in
            let first = try tmux.waitFor("reading generated.argdown… (first ")
            try tmux.send("z")
            let rowsBefore = try rowCount(first)
            _ = try tmux.waitUntil("z folds the beginning") { (shownRowCount($0) ?? rowsBefore) < rowsBefore }
            let whole = try tmux.waitUntil("the whole map is shown", within: Self.wholeMapPatience) { !$0.contains("reading generated.argdown") }
            #expect(try rowCount(whole) == theses)
        }
    }

    /// The number of outline rows the status line gives ("1/316").
    private func rowCount(_ screen: String) throws -> Int {
        try #require(shownRowCount(screen))
    }

    /// The number of outline rows, or nil while the status line is not (yet) painted.
    private func shownRowCount(_ screen: String) -> Int? {
        guard let status = screen.split(separator: "\n").last(where: { $0.contains("? help") }),
              let position = status.firstMatch(of: /│ \d+\/(\d+)/) else { return nil }
        return Int(position.1)
    }

    @Test func quittingWhileTheRestIsReadQuitsAtOnceAndRestoresTheTerminal() throws {
        let folder = try TemporaryFolderForOutput()
        defer { folder.remove() }
        let mapPath = try generatedMap(nodes: 200_000, in: folder)
        let program = try TmuxProgram(arguments: [mapPath])
        defer { program.removeFiles() }
        try TmuxSession.with(program.command, width: 160, height: 30) { tmux in
            try tmux.waitFor("reading generated.argdown")
            try tmux.press("/", until: "not yet: the map is still being read")
            let after = try tmux.press("q", until: TmuxProgram.exitedMarker)
            #expect(after.contains("argmap: quit before \(mapPath) was read to its end"), "\(after)")
            #expect(try tmux.display("#{alternate_on}") == "0")
        }
        #expect(program.exitStatus == 0)
        #expect(program.modesBefore != nil)
        #expect(program.modesAfter == program.modesBefore)
    }

    @Test func invalidUTF8LateInTheMapIsReportedAsCheckReportsIt() throws {
        let folder = try TemporaryFolderForOutput()
        defer { folder.remove() }
        let mapPath = try generatedMap(nodes: 40_000, in: folder, tail: Array("\n# Tail\n\n[Broken]: bad ".utf8) + [0xFF] + Array(" byte.\n".utf8))
        let check = try ArgmapRun(["check", mapPath])
        #expect(check.status == 65)
        let reported = try #require(check.errors.split(separator: "\n").first { $0.contains("invalid UTF-8") })
        let program = try TmuxProgram(arguments: [mapPath])
        defer { program.removeFiles() }
        try TmuxSession.with(program.command, width: 250, height: 30) { tmux in
            try tmux.waitFor("reading generated.argdown")
            try tmux.waitUntil("the whole map's error is counted", within: Self.wholeMapPatience) { $0.contains("1 error: run argmap check") }
            let after = try tmux.press("q", until: TmuxProgram.exitedMarker)
            #expect(after.contains(String(reported)), "\(after)")
        }
        #expect(program.exitStatus == 65)
        #expect(program.modesAfter == program.modesBefore)
    }
}

/// Looking for a map's beginning must not open what reading it whole refuses.
@Suite(.enabled(if: TmuxSession.isAvailable, TmuxSession.missingMessage))
struct BrowserBeginningRefusalTests {
    /// Opening a pipe nobody writes to would wait forever.
    @Test func aPipeAsTheMapIsRefusedNotWaitedOn() throws {
        try expectRefused("pipe.argdown", with: { "argmap: cannot open the map: \($0) is a pipe or other special file" }) { path in
            #expect(mkfifo(path, 0o600) == 0)
        }
    }

    /// It opened the full-screen browser on "This map has no claims."
    @Test func aBinaryFileIsRefusedBeforeTheScreenIsTakenOver() throws {
        try expectRefused("bin.argdown", with: { "\($0):1:1: error: this looks like a binary file, not a map (it contains a NUL byte)" }) { path in
            #expect(FileManager.default.createFile(atPath: path, contents: nil))
            #expect(truncate(path, 300 << 20) == 0)
        }
    }

    /// Browses the map `name`, made by `make` at its path, expecting the program to end with 66
    /// and the message `message` gives for that path.
    private func expectRefused(_ name: String, with message: (String) -> String, make: (String) throws -> Void) throws {
        let folder = try TemporaryFolderForOutput()
        defer { folder.remove() }
        let mapPath = folder.path + "/" + name
        try make(mapPath)
        let program = try TmuxProgram(arguments: [mapPath])
        defer { program.removeFiles() }
        try TmuxSession.with(program.command, width: 250, height: 30) { tmux in
            let after = try tmux.waitFor(TmuxProgram.exitedMarker)
            #expect(after.contains(message(mapPath)), "\(after)")
        }
        #expect(program.exitStatus == 66)
    }
}

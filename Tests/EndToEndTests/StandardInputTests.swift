import Foundation
import Testing

/// `-` as MAP reads the map from standard input, as `cat` and `less` do.
@Suite struct StandardInputTests {
    static let map = "[Thesis]: The thesis.\n  + [Reason]: A reason {source: notes, quote: \"written down\"}\n"
    static let frontMatter = "===\nsources:\n  notes: notes.txt\n===\n"

    /// A pipe holding `text`, its writing end closed.
    static func pipe(holding text: String) throws -> FileHandle {
        let pipe = Pipe()
        try pipe.fileHandleForWriting.write(contentsOf: Data(text.utf8))
        try pipe.fileHandleForWriting.close()
        return pipe.fileHandleForReading
    }

    @Test func checkReadsTheMapFromStandardInputItsSourcesFromTheCurrentFolder() throws {
        let folder = try TemporaryFolderForOutput()
        defer { folder.remove() }
        try "The reasons are written down here.".write(toFile: folder.path + "/notes.txt", atomically: true, encoding: .utf8)
        let result = try ArgmapRun(["check", "-"], directory: folder.path, input: try Self.pipe(holding: Self.frontMatter + Self.map))
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output == "<stdin>: 2 nodes, 1 relation, 1 of 1 citation verified; 0 errors, 0 warnings, 0 notes\n")
    }

    @Test func problemsOnStandardInputAreNamedSoAndSetTheExitStatus() throws {
        let result = try ArgmapRun(["check", "-"], input: try Self.pipe(holding: "[A]: a\n  + [B]: b {quote: \"q\"}\n"))
        #expect(result.status == 65)
        #expect(result.errors == "<stdin>:2:12: error: citation has a quote but no source; add `source: ID` naming a source from the front matter\n")
    }

    @Test func standardInputGivenTwiceIsABadUsage() throws {
        let result = try ArgmapRun(["check", "-", "-"], input: try Self.pipe(holding: "[A]: a\n"))
        #expect(result.status == 64)
        #expect(result.errors.hasPrefix("Error: give - (standard input) once: it holds one map"), "\(result.errors)")
    }

    @Test func exportAndEvalReadStandardInputToo() throws {
        let exported = try ArgmapRun(["export", "--to", "argdown", "-"], input: try Self.pipe(holding: "[A]: a\n  - [B]: b\n"))
        #expect(exported.status == 0, "\(exported.errors)")
        #expect(exported.output == "[A]: a\n  - [B]: b\n")
        let evaluated = try ArgmapRun(["eval", "-"], input: try Self.pipe(holding: "[A]: a\n  - [B]: b\n"))
        #expect(evaluated.status == 0, "\(evaluated.errors)")
        #expect(evaluated.output.contains("[A]"))
        #expect(evaluated.output.contains("out"))
    }

    /// As `less` does with text on a pipe: the map comes on standard input, keys from the terminal.
    @Test(.enabled(if: TmuxSession.isAvailable, TmuxSession.missingMessage))
    func theBrowserReadsAMapOnAPipeAndItsKeysFromTheTerminal() throws {
        let binary = try TmuxProgram.locateBinary()
        let command = "printf '[Thesis]: The thesis.\\n  + [Reason]: A reason.\\n' | '\(binary)' -; echo EXITED $?; sleep 600"
        try TmuxSession.with(command) { tmux in
            try tmux.waitFor(TmuxProgram.readyMarker)
            try tmux.press("/", until: "/")
            try tmux.type("reason")
            try tmux.press("Enter", until: "A reason.")
            // Nowhere to keep marks for a map on a pipe: the first mark says so (a new user's finding).
            try tmux.press("d", until: "marks on a map read from standard input last for this session only")
            try tmux.press("q", until: "EXITED 0")
        }
    }

    /// Without a terminal to read keys from, the browser says why and prints the outline.
    @Test(.enabled(if: TmuxSession.isAvailable, TmuxSession.missingMessage))
    func withoutATerminalForKeysTheOutlineIsPrintedAndWhy() throws {
        let binary = try TmuxProgram.locateBinary()
        let command = "printf '[Thesis]: The thesis.\\n' | setsid -w '\(binary)' -; echo EXITED $?; sleep 600"
        try TmuxSession.with(command) { tmux in
            let screen = try tmux.waitFor("EXITED 0")
            #expect(screen.contains("argmap: the map came on standard input and no terminal (/dev/tty) could be opened"), "\(screen)")
            #expect(screen.contains("[Thesis]: The thesis."))
        }
    }
}

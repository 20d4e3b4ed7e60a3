import Foundation
import Testing

/// Problems in a map are shown by every command that reads one, not only by `check`.
@Suite struct CommandLineMapProblemTests {
    static let unclosedData = """
        [A]: text {a: 1

        [B]: b
          + [C]: c

        """

    private func withMap(_ text: String, _ body: (String) throws -> Void) throws {
        let folder = try TemporaryFolderForOutput()
        defer { folder.remove() }
        let file = folder.path + "/broken.argdown"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        try body(file)
    }

    @Test(arguments: [["tree"], ["show", "B"], ["sources"], ["browse"], ["export", "--to", "json"], ["import"]])
    func aMapWithErrorsIsReportedAndExitsWith65(command: [String]) throws {
        try withMap(Self.unclosedData) { file in
            let result = try ArgmapRun(command.prefix(1) + [file] + command.dropFirst())
            #expect(result.status == 65)
            #expect(result.errors.hasPrefix("\(file):1:11: error: data `{` is not closed"))
        }
    }

    @Test func treeStillPrintsWhatCouldBeRead() throws {
        try withMap(Self.unclosedData) { file in
            let result = try ArgmapRun(["tree", file])
            #expect(result.output == "[A]: text\n[B]: b\n  + [C]: c\n")
        }
    }

    @Test func aBinaryFileIsNotSilentlyAnEmptyMap() throws {
        let result = try ArgmapRun(["tree", "/bin/ls"])
        #expect(result.status == 66)
        #expect(result.errors.contains("/bin/ls:1:"))
        #expect(result.errors.contains("binary file"))
    }

    @Test func warningsAreCountedAndPointToCheck() throws {
        try withMap("[A]: a\n  + [Never defined]\n") { file in
            let result = try ArgmapRun(["tree", file])
            #expect(result.status == 0)
            #expect(result.errors == "argmap: 1 warning in \(file); run `argmap check \(file)` for details\n")
        }
    }

    /// Found by a new user: weights out of range were left out of the count and listed apart,
    /// so the count disagreed with `check`'s.
    static let fiveWarnings = "[A]: x {weight: 2}\n  + [B]: y {weight: -1}\n[C]:\n\t+ [D]: d\n  - [Nope]\n"

    @Test func warningsAreCountedAsCheckCountsThem() throws {
        try withMap(Self.fiveWarnings) { file in
            let check = try ArgmapRun(["check", file])
            #expect(check.output.contains("5 warnings"))
            let tree = try ArgmapRun(["tree", file])
            #expect(tree.errors == "argmap: 5 warnings in \(file); run `argmap check \(file)` for details\n")
        }
    }

    /// Found by a new user: /etc/passwd checked as a map gave one node and no word.
    @Test func textThatMakesNoMapIsWarnedOf() throws {
        try withMap("root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n") { file in
            let check = try ArgmapRun(["check", file])
            #expect(check.status == 0)
            #expect(check.errors == "\(file):1:1: warning: the map has text but no titles, relations or headings: is this an Argdown map? Title a claim with `[Title]: text` and relate others to it with `+ [Other]`\n")
            let tree = try ArgmapRun(["tree", file])
            #expect(tree.errors == "argmap: 1 warning in \(file); run `argmap check \(file)` for details\n")
        }
        for map in ["[A]: a\n", "# Heading\n\ntext\n", "text\n  + more\n"] {
            try withMap(map) { file in
                let check = try ArgmapRun(["check", file])
                #expect(check.errors == "", "\(map)")
            }
        }
    }

    @Test(arguments: [["tree"], ["sources"], ["show", "Pre-training is plateauing"], []])
    func theBundledDebateIsSilent(command: [String]) throws {
        let result = try ArgmapRun(command)
        #expect(result.status == 0)
        #expect(result.errors == "")
    }
}

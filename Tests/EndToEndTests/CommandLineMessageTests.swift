import Foundation
import Testing

/// The small things a new user meets first: messages, usage and version.
@Suite struct CommandLineMessageTests {
    /// `command` run in a fresh folder that holds `text` as the file `name`.
    private func run(_ command: [String], in name: String, holding text: String) throws -> ArgmapRun {
        let folder = try TemporaryFolderForOutput()
        defer { folder.remove() }
        try text.write(toFile: folder.path + "/" + name, atomically: true, encoding: .utf8)
        return try ArgmapRun(command, directory: folder.path)
    }

    @Test func importOfAMissingFileDoesNotOfferTheBundledDebate() throws {
        let result = try ArgmapRun(["import", "/no/such/discussion.txt"])
        #expect(result.status == 66)
        #expect(result.errors == "argmap: no file at /no/such/discussion.txt; give the path of the file to import: a Kialo export (.txt), AIF JSON (.json) or Argdown\n")
    }

    @Test func aNegativeDepthIsExplained() throws {
        let result = try ArgmapRun(["tree", "--depth", "-1"])
        #expect(result.status == 64)
        #expect(result.errors.hasPrefix("Error: --depth must be 0 or more (0 prints only the top nodes); got -1\n"))
    }

    @Test func anUnwritableOutputNamesThePathAndTheReason() throws {
        let result = try ArgmapRun(["export", "--to", "dot", "-o", "/no/such/folder/map.dot"])
        #expect(result.status == 73)
        #expect(result.errors == "argmap: cannot write /no/such/folder/map.dot: there is no folder /no/such/folder; create it first or write elsewhere\n")
    }

    @Test func anOutputInsideAFileSaysTheFileIsNoFolder() throws {
        let folder = try TemporaryFolderForOutput()
        defer { folder.remove() }
        FileManager.default.createFile(atPath: folder.path + "/afile", contents: Data())
        let result = try ArgmapRun(["export", "--to", "json", "-o", "afile/x.json"], directory: folder.path)
        #expect(result.status == 73)
        #expect(result.errors.hasPrefix("argmap: cannot write afile/x.json: /"))
        #expect(result.errors.hasSuffix("/afile is a file, not a folder; write elsewhere\n"))
    }

    /// Said before the map is read, which for a large map takes seconds (a new user's finding).
    @Test func anUnwritableOutputIsRefusedBeforeTheMapIsRead() throws {
        let result = try ArgmapRun(["export", "/no/such/map.argdown", "--to", "dot", "-o", "/no/such/folder/map.dot"])
        #expect(result.status == 73)
        #expect(result.errors == "argmap: cannot write /no/such/folder/map.dot: there is no folder /no/such/folder; create it first or write elsewhere\n")
    }

    @Test func generateIntoAMissingFolderNamesThePathAndTheReason() throws {
        let folder = try TemporaryFolderForOutput()
        defer { folder.remove() }
        let result = try ArgmapRun(["generate", "--nodes", "10", "-o", "g/g.argdown"], directory: folder.path)
        #expect(result.status == 73)
        #expect(result.errors.hasPrefix("argmap: cannot write g/g.argdown: there is no folder /"))
        #expect(result.errors.hasSuffix("/g; create it first or write elsewhere\n"))
    }

    @Test func generateOverAFolderSaysSo() throws {
        let folder = try TemporaryFolderForOutput()
        defer { folder.remove() }
        let result = try ArgmapRun(["generate", "--nodes", "10", "-o", "."], directory: folder.path)
        #expect(result.status == 73)
        #expect(result.errors == "argmap: cannot write .: it is a folder; give a file name with -o\n")
    }

    @Test(arguments: [
        ["export", "--to", "argdown", "-o", "sub/"],
        ["generate", "--nodes", "10", "-o", "sub/"],
        ["import", "debate.argdown", "-o", "sub/"],
    ])
    func anOutputEndingInASlashIsAFolderThatIsNotThere(command: [String]) throws {
        let folder = try TemporaryFolderForOutput()
        defer { folder.remove() }
        try "[A]: a\n".write(toFile: folder.path + "/debate.argdown", atomically: true, encoding: .utf8)
        let result = try ArgmapRun(command, directory: folder.path)
        #expect(result.status == 73)
        #expect(result.errors == "argmap: cannot write sub/: there is no such folder, and a name ending in / names a folder, not a file; give a file name with -o\n")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/sub"))
    }

    @Test func anOutputEndingInASlashDoesNotReplaceTheFileOfThatName() throws {
        let folder = try TemporaryFolderForOutput()
        defer { folder.remove() }
        try "kept\n".write(toFile: folder.path + "/mine.argdown", atomically: true, encoding: .utf8)
        let result = try ArgmapRun(["export", "--to", "argdown", "-o", "mine.argdown/"], directory: folder.path)
        #expect(result.status == 73)
        #expect(result.errors == "argmap: cannot write mine.argdown/: not a folder; leave out the / to write the file mine.argdown\n")
        #expect(try String(contentsOfFile: folder.path + "/mine.argdown", encoding: .utf8) == "kept\n")
    }

    @Test func anEmptyOutputNameIsCalledEmpty() throws {
        let result = try ArgmapRun(["export", "--to", "argdown", "-o", ""])
        #expect(result.status == 73)
        #expect(result.errors == "argmap: the file name given with -o is empty; give the name of the file to write\n")
    }

    @Test(arguments: [["check", ""], ["tree", ""], [""]])
    func anEmptyMapPathIsCalledEmpty(command: [String]) throws {
        let result = try ArgmapRun(command)
        #expect(result.status == 66)
        #expect(result.errors.hasPrefix("argmap: the map's path is empty; give the path of an .argdown file, or none for the bundled debate\n"))
    }

    @Test func anArgdownMapNamedTxtIsCalledArgdownAndReadWithFrom() throws {
        let folder = try TemporaryFolderForOutput()
        defer { folder.remove() }
        try "[A]: a\n  + [B]: b\n".write(toFile: folder.path + "/map.txt", atomically: true, encoding: .utf8)
        let refused = try ArgmapRun(["check", "map.txt"], directory: folder.path)
        #expect(refused.status == 65)
        #expect(refused.errors.hasPrefix("map.txt:1:1: error: this looks like an Argdown map, not a Kialo export"))
        let read = try ArgmapRun(["check", "--from", "argdown", "map.txt"], directory: folder.path)
        #expect(read.status == 0)
        #expect(read.output == "map.txt: 2 nodes, 1 relation, 0 of 0 citations verified; 0 errors, 0 warnings, 0 notes\n")
    }

    @Test(arguments: [(["chek"], "check"), (["chek", "map.argdown"], "check"), (["exprot", "--to", "json"], "export"), (["tre"], "tree")])
    func aMisspeltCommandIsNamed(command: [String], meant: String) throws {
        let result = try ArgmapRun(command)
        #expect(result.status == 64)
        #expect(result.errors == "argmap: no command or map file named \(command[0]); did you mean `argmap \(meant)`? (`argmap --help` lists the commands)\n")
    }

    @Test func aMapNamedLikeAMisspeltCommandIsStillOpened() throws {
        let result = try run(["chek"], in: "chek", holding: "[A]: a\n")
        #expect(result.status == 0)
        #expect(result.output == "[A]: a\n")
    }

    @Test func aSourcesFolderThatIsNotThereIsRefused() throws {
        let missing = try ArgmapRun(["eval", "--sources", "/no/such/folder"])
        #expect(missing.status == 66)
        #expect(missing.errors == "argmap: --sources /no/such/folder: there is no such folder; give the folder that holds the map's sources\n")
        let file = try ArgmapRun(["check", "--sources", "/etc/hostname"])
        #expect(file.status == 66)
        #expect(file.errors == "argmap: --sources /etc/hostname: this is a file, not a folder; give the folder that holds the map's sources\n")
    }

    @Test func aCitationOfASourceDeclaredWithoutAFileSaysSo() throws {
        let result = try run(["check", "y3.argdown"], in: "y3.argdown", holding: "===\nsources:\n  r: {title: x}\n===\n[A]: a {source: r, quote: \"x\"}\n")
        #expect(result.status == 65)
        #expect(result.errors == """
            y3.argdown:3:3: error: source `r` has no file; write `r: {file: PATH}` with PATH relative to the map
            y3.argdown:5:8: error: [A] cites source `r`, whose declaration names no file; write `sources: {r: {file: PATH}}`

            """)
    }

    @Test(arguments: ["-5", "0"])
    func generateExplainsTooFewNodes(count: String) throws {
        let result = try ArgmapRun(["generate", "--nodes", count])
        #expect(result.status == 64)
        #expect(result.errors.hasPrefix("Error: --nodes must be at least 1; got \(count)\n"))
    }

    /// Found by a new user: `generate > g.argdown` wrote a map citing a source it never wrote,
    /// and `check` then failed with 15 errors without a word from `generate`.
    @Test func generateToStandardOutputSaysItsSourceIsNotWritten() throws {
        let argdown = try ArgmapRun(["generate", "--nodes", "50"])
        #expect(argdown.status == 0)
        #expect(argdown.output.contains("file: generated-source.txt"))
        #expect(argdown.errors == "argmap: note: the map cites generated-source.txt, which is not written to standard output, so `check` will report its citations; write the map with -o FILE to have its source written beside it\n")
        let kialo = try ArgmapRun(["generate", "--nodes", "50", "--format", "kialo"])
        #expect(kialo.errors == "")
    }

    @Test func versionIsPrinted() throws {
        let result = try ArgmapRun(["--version"])
        #expect(result.status == 0)
        #expect(result.output == "0.1.0\n")
    }

    @Test func exportUsageNamesTheFormat() throws {
        let result = try ArgmapRun(["export", "--help"])
        #expect(result.output.contains("--to <FORMAT>"))
        #expect(!result.output.contains("<to>"))
    }

    @Test func checkWarnsAboutAnEmptyMap() throws {
        let result = try run(["check", "empty.argdown"], in: "empty.argdown", holding: "// nothing yet\n")
        #expect(result.status == 0)
        #expect(result.errors == "empty.argdown:1:1: warning: the map is empty: it holds no statements or arguments\n")
    }

    @Test func brokenJSONIsReportedWhereItBreaksAndNotAlsoAsEmpty() throws {
        let result = try run(["check", "a2.json"], in: "a2.json", holding: "{\"nodes\": [\n  {\"nodeID\": \"1\" x}],\n \"edges\": []}\n")
        #expect(result.status == 65)
        #expect(result.errors == #"a2.json:2:18: error: not valid JSON (Invalid value); an AIF file is a JSON object with "nodes" and "edges""# + "\n")
    }

    @Test func sourcesWithoutATitleShowTheIdOnceAndTheFileAsWrittenAndAsRead() throws {
        let folder = try TemporaryFolderForOutput()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.path + "/maps/texts", withIntermediateDirectories: true)
        try "exact words\n".write(toFile: folder.path + "/maps/texts/s.txt", atomically: true, encoding: .utf8)
        try "===\nsources:\n  s: texts/s.txt\n===\n\n[A]: a {source: s, quote: \"exact words\"}\n"
            .write(toFile: folder.path + "/maps/m.argdown", atomically: true, encoding: .utf8)
        let result = try ArgmapRun(["sources", "maps/m.argdown"], directory: folder.path)
        #expect(result.output == """
            s
              file: texts/s.txt (read from maps/texts/s.txt)
              1 citation, line 1

            """)
    }
}

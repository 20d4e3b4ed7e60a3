import Foundation
import Testing

/// Every command run on small Argdown maps written by the tests, read by the real parser.
@Suite struct CommandLineMapTests {
    static let report = """
        Line one of the report.
        Frontier compute has grown 4-5x annually since 2020, and
        high-quality data   constraints
        hit ~2024. Elsewhere it has grown 4-5x annually in 2019.

        """

    static let debate = """
        ===
        title: Fixture debate
        sources:
          report: {file: report.txt, title: The report}
        ===

        # Scaling

        [Scaling is plateauing]: Each doubling buys less. #thesis
          + [Data ran short]: Good data ran out. {source: report, quote: "high-quality data constraints hit ~2024"}
          - [Compute still grows]: Compute grows fast. {source: report, quote: "grown 4-5x annually", suffix: "since 2020"}
            - <Efficiency>: Software explains it.
          + [Shared]: A shared claim.

        [Other thesis]: Another one.
          + [Shared]

        """

    /// A folder holding the fixture map (as `debate.argdown`, or `text` when given) and its source.
    private func fixture(_ text: String = Self.debate) throws -> TemporaryFolderForOutput {
        let folder = try TemporaryFolderForOutput()
        try Self.report.write(toFile: folder.path + "/report.txt", atomically: true, encoding: .utf8)
        try text.write(toFile: folder.path + "/debate.argdown", atomically: true, encoding: .utf8)
        return folder
    }

    @Test func treePrintsTheOutline() throws {
        let folder = try fixture()
        defer { folder.remove() }
        let result = try ArgmapRun(["tree", "debate.argdown"], directory: folder.path)
        #expect(result.status == 0)
        #expect(result.errors == "")
        #expect(result.output == """
            # Scaling
            [Scaling is plateauing]: Each doubling buys less.
              + [Data ran short]: Good data ran out. (1 citation)
              - [Compute still grows]: Compute grows fast. (1 citation)
                - <Efficiency>: Software explains it.
              + [Shared]: A shared claim.
            [Other thesis]: Another one.
              + ↪ [Shared] (see above)

            """)
    }

    @Test func theDefaultCommandPrintsTheOutlineWhenNotOnATerminal() throws {
        let folder = try fixture()
        defer { folder.remove() }
        let browse = try ArgmapRun(["debate.argdown"], directory: folder.path)
        let tree = try ArgmapRun(["tree", "debate.argdown"], directory: folder.path)
        #expect(browse.status == 0)
        #expect(browse.output == tree.output)
    }

    @Test func treeDepthAndFrom() throws {
        let folder = try fixture()
        defer { folder.remove() }
        let shallow = try ArgmapRun(["tree", "debate.argdown", "--depth", "0"], directory: folder.path)
        #expect(shallow.output == """
            # Scaling
            [Scaling is plateauing]: Each doubling buys less. … 3 replies below
            [Other thesis]: Another one. … 1 reply below

            """)
        let from = try ArgmapRun(["tree", "debate.argdown", "--from", "[Compute still grows]"], directory: folder.path)
        #expect(from.output == """
            [Compute still grows]: Compute grows fast. (1 citation)
              - <Efficiency>: Software explains it.

            """)
    }

    @Test func showPrintsOneNodeWithItsCitation() throws {
        let folder = try fixture()
        defer { folder.remove() }
        let result = try ArgmapRun(["show", "debate.argdown", "Data ran short"], directory: folder.path)
        #expect(result.status == 0)
        #expect(result.output == """
            [Data ran short]
              statement, defined at debate.argdown:10:5
              in section: Scaling

              Good data ran out.

            Relations:
              + supports [Scaling is plateauing]  (line 10)

            Citations:
              1. report (The report), lines 3-4 (3:1-4:9)
                 "high-quality data constraints hit ~2024"

            """)
    }

    @Test func showPrintsAnArgumentsPremisesAndConclusion() throws {
        let folder = try fixture("""
            <Modus>: An argument.

            (1) [P1]: If it rains, the street is wet.
            (2) [P2]: It rains.
            -- modus ponens --
            (3) [C]: The street is wet.

            """)
        defer { folder.remove() }
        let result = try ArgmapRun(["show", "debate.argdown", "<Modus>"], directory: folder.path)
        #expect(result.status == 0)
        #expect(result.output.contains("""
            Premise-conclusion structure:
              (1) [P1]
              (2) [P2]
              -- modus ponens --
              (3) [C]
            """))
        #expect(result.output.contains("  * has premise [P1]"))
        #expect(result.output.contains("  + supports [C]"))
    }

    /// Found by a new user: a self-attack was listed twice as `- attacks [A]`.
    @Test func showListsASelfRelationOnceEachWay() throws {
        let folder = try fixture("[A]: a\n  - [A]\n")
        defer { folder.remove() }
        let result = try ArgmapRun(["show", "debate.argdown", "A"], directory: folder.path)
        #expect(result.status == 0)
        #expect(result.output.hasSuffix("""
            Relations:
              - attacks [A]  (line 2)
              - attacked by [A]  (line 2)

            """))
    }

    @Test func sourcesListsCitationsAndLines() throws {
        let folder = try fixture()
        defer { folder.remove() }
        let result = try ArgmapRun(["sources", "debate.argdown"], directory: folder.path)
        #expect(result.output == """
            report: The report
              file: report.txt
              2 citations, lines 2-4

            """)
    }

    @Test func checkPassesAGoodMap() throws {
        let folder = try fixture()
        defer { folder.remove() }
        let result = try ArgmapRun(["check", "debate.argdown"], directory: folder.path)
        #expect(result.status == 0)
        #expect(result.errors == "")
        #expect(result.output == "debate.argdown: 6 nodes, 5 relations, 2 of 2 citations verified; 0 errors, 0 warnings, 0 notes\n")
    }

    @Test func aMapOpenedThroughASymbolicLinkFindsItsSourcesBesideTheRealFile() throws {
        let folder = try fixture()
        let elsewhere = try TemporaryFolderForOutput()
        defer { folder.remove(); elsewhere.remove() }
        try FileManager.default.createSymbolicLink(atPath: elsewhere.path + "/link.argdown", withDestinationPath: folder.path + "/debate.argdown")
        let result = try ArgmapRun(["check", "link.argdown"], directory: elsewhere.path)
        #expect(result.status == 0)
        #expect(result.errors == "")
        #expect(result.output == "link.argdown: 6 nodes, 5 relations, 2 of 2 citations verified; 0 errors, 0 warnings, 0 notes\n")
    }

    @Test func checkReportsWeightsThatAreNotNumbersFromZeroToOne() throws {
        let folder = try fixture("[A]: a {weight: 2}\n  + [B]: b {weight: abc}\n")
        defer { folder.remove() }
        let result = try ArgmapRun(["check", "debate.argdown"], directory: folder.path)
        #expect(result.status == 0)
        #expect(result.errors == """
            debate.argdown:1:1: warning: weight of [A] must be a number from 0 to 1, not 2; using 0.5
            debate.argdown:2:5: warning: weight of [B] must be a number from 0 to 1, not abc; using 0.5

            """)
        #expect(result.output == "debate.argdown: 2 nodes, 1 relation, 0 of 0 citations verified; 0 errors, 2 warnings, 0 notes\n")
    }

    static let broken = """
        ===
        sources:
          report: {file: report.txt}
          secret: {file: ../outside.txt}
        ===

        [T]: A thesis.
          + [Wrong words]: x {source: report, quote: "low-quality data"}
          + [Two places]: y {source: report, quote: "grown 4-5x annually"}
          + [No such source]: z {source: blog, quote: "anything"}
          + [Escapes]: w {source: secret, quote: "anything"}
          - [A]: attacks B
            - [B]: attacks A
              - [A]

        """

    @Test func checkReportsEveryProblemLikeACompilerAndExits65() throws {
        let folder = try fixture(Self.broken)
        defer { folder.remove() }
        let result = try ArgmapRun(["check", "debate.argdown"], directory: folder.path)
        #expect(result.status == 65)
        let real = folder.path
        #expect(result.errors.split(separator: "\n").map(String.init) == [
            "debate.argdown:4:3: error: source `secret`: `../outside.txt` leads outside the map's folder \(real); move the file there or name its folder with --sources DIR",
            "debate.argdown:8:22: error: [Wrong words]: quote \"low-quality data\" is not in source `report`; check the exact words against the source (only differences in white space are ignored)",
            "debate.argdown:9:21: error: [Two places]: quote \"grown 4-5x annually\" occurs 2 times in source `report` (lines 2, 4); add `prefix:` or `suffix:` with the words just before or after the one you mean",
            "debate.argdown:10:25: error: [No such source] cites unknown source `blog`; the front matter declares `report`, `secret`",
            "debate.argdown:11:18: error: [Escapes] cites source `secret`, which could not be loaded (see its declaration)",
            "debate.argdown:12:5: note: [A], [B] form a cycle of relations; the outline shows each once and cross-references the rest",
        ])
        #expect(result.output == "debate.argdown: 7 nodes, 7 relations, 0 of 4 citations verified; 5 errors, 0 warnings, 1 note\n")
    }

    @Test func checkSpeaksJSONForTools() throws {
        let folder = try fixture(Self.broken)
        defer { folder.remove() }
        let result = try ArgmapRun(["check", "--format", "json", "debate.argdown"], directory: folder.path)
        #expect(result.status == 65)
        #expect(result.errors == "")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { $0["severity"] as? String } == ["error", "error", "error", "error", "error", "note"])
        #expect(diagnostics[1]["line"] as? Int == 8)
        #expect((document["maps"] as? [[String: Any]])?.first?["errors"] as? Int == 5)
    }

    @Test func sourcesOutsideTheFolderAreAllowedWhenNamed() throws {
        let outside = try TemporaryFolderForOutput()
        let folder = try fixture("""
            ===
            sources:
              notes: {file: \(outside.path)/notes.txt}
            ===

            [Claim]: text {source: notes, quote: "kept elsewhere"}

            """)
        defer { outside.remove(); folder.remove() }
        try "Notes kept elsewhere.".write(toFile: outside.path + "/notes.txt", atomically: true, encoding: .utf8)
        let refused = try ArgmapRun(["check", "debate.argdown"], directory: folder.path)
        #expect(refused.status == 65)
        #expect(refused.errors.contains("is an absolute path"))
        let allowed = try ArgmapRun(["check", "--sources", outside.path, "debate.argdown"], directory: folder.path)
        #expect(allowed.status == 0)
    }

    @Test func controlCharactersInAMapNeverReachTheTerminal() throws {
        let folder = try fixture("[Evil \u{1B}]0;owned\u{07}]: text \u{1B}[2J with \u{202E} bidi\n")
        defer { folder.remove() }
        for command in [["tree", "debate.argdown"], ["check", "debate.argdown"], ["sources", "debate.argdown"]] {
            let result = try ArgmapRun(command, directory: folder.path)
            #expect(!(result.output + result.errors).unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        }
        let tree = try ArgmapRun(["tree", "debate.argdown"], directory: folder.path)
        #expect(tree.output.contains("\\e[2J"))
    }
}

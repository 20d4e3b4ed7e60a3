import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import ArgumentMap

/// Small maps built in memory for the writer and round-trip tests.
enum WriterSample {
    static let awkwardTitle = "Thesis [draft] <v2> #1 {x}"
    static let awkwardText = "+ starts with plus; has <angle>, {braces}, // slashes, /* block */, @[mention], *stars*, _underscores_, a \\ backslash and a #hash."

    /// A thesis with an awkward title and text, a supporter shared by two parents, an attacker,
    /// an argument with premises and an undercut, a contradiction, a section, data and citations.
    static func map() -> ArgumentMap {
        var builder = MapBuilder(file: "sample.argdown")
        let here = SourceLocation(file: "sample.argdown", line: 1, column: 1)
        builder.frontMatter = [DataEntry("title", .string("Sample: a map"))]
        builder.sources = [SourceDeclaration(id: "report", file: "sources/report.txt", title: "The report", url: "https://example.org/r", location: here)]
        builder.frontMatter.append(DataEntry("sources", .map([DataEntry("report", .map([DataEntry("file", .string("sources/report.txt")), DataEntry("title", .string("The report")), DataEntry("url", .string("https://example.org/r"))]))])))
        let section = builder.addSection(title: "Main question", level: 1, parent: nil, at: here)

        func statement(_ title: String, _ text: String, section: SectionID? = section) -> NodeID {
            let id = builder.node(titled: title, kind: .statement, at: here, section: section)
            builder.define(id, text: text, at: here, section: section)
            return id
        }
        let thesis = statement(awkwardTitle, awkwardText)
        builder.addTags(["thesis", "two words"], to: thesis)
        let shared = statement("Shared reason", "A reason that bears on two claims.")
        builder.addData([DataEntry("source", .string("report")), DataEntry("quote", .string("the \"exact\" words")), DataEntry("weight", .number(0.7))], to: shared, at: here)
        let other = statement("Other claim", "- a text that starts with a minus.")
        let attacker = statement("Attacker", "An objection with two quotes.")
        builder.addData([DataEntry("cites", .list([
            .map([DataEntry("source", .string("report")), DataEntry("quote", .string("first"))]),
            .map([DataEntry("source", .string("report")), DataEntry("quote", .string("second")), DataEntry("prefix", .string("the"))]),
        ]))], to: attacker, at: here)
        let premise1 = statement("Premise one", "The first premise.")
        let premise2 = statement("Premise two", "The second premise.")
        let argument = builder.node(titled: "The argument", kind: .argument, at: here, section: section)
        builder.define(argument, text: "Two premises together.", at: here, section: section)
        builder.setInference(Inference(steps: [.init(statement: premise1, isDerived: false), .init(statement: premise2, isDerived: false), .init(statement: thesis, isDerived: true)]), for: argument)
        let undercutter = statement("Undercutter", "The premises do not make it follow.")
        let rival = statement("Rival", "The opposite claim.", section: nil)

        builder.relate(shared, .support, thesis, at: here)
        builder.relate(shared, .support, other, at: here)
        builder.relate(other, .support, thesis, at: here)
        builder.relate(attacker, .attack, thesis, at: here)
        builder.relate(premise1, .premise, argument, at: here)
        builder.relate(premise2, .premise, argument, at: here)
        builder.relate(argument, .support, thesis, at: here)
        builder.relate(undercutter, .undercut, argument, at: here)
        builder.relate(rival, .contradiction, thesis, at: here)
        return builder.build()
    }

    /// Claim n supports or attacks claim n - 1, from claim 1 to claim `length`.
    static func chain(length: Int) -> ArgumentMap {
        var builder = MapBuilder(file: "deep")
        let here = SourceLocation(file: "deep", line: 1, column: 1)
        var previous = builder.node(titled: "Claim 0", kind: .statement, at: here)
        builder.define(previous, text: "The root.", at: here, section: nil)
        for level in 1...length {
            let next = builder.node(titled: "Claim \(level)", kind: .statement, at: here)
            builder.define(next, text: "Step \(level).", at: here, section: nil)
            builder.relate(next, level.isMultiple(of: 3) ? .attack : .support, previous, at: here)
            previous = next
        }
        return builder.build()
    }

    /// A random map whose titles and texts are made of the characters Argdown gives a meaning to.
    static func random(seed: UInt64, nodes: Int = 12, sections: Int = 0) -> ArgumentMap {
        var random = SplitMix64(seed: seed)
        let pieces = ["[", "]", "<", ">", "#", "{", "}", "@", "*", "_", "\\", "+", "-", "//", "/*", "*/", "<!--", "-->",
                      "(1)", ":", "\"", "'", "word", "two words", "ä", "😀", "><", "->", "<+", "===", "---", "1.", "`"]
        func phrase() -> String {
            let text = (0..<Int.random(in: 1...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined(separator: Bool.random(using: &random) ? " " : "")
            return text.trimmingCharacters(in: .whitespaces).isEmpty ? "x" : text.trimmingCharacters(in: .whitespaces)
        }
        var builder = MapBuilder(file: "random")
        let here = SourceLocation(file: "random", line: 1, column: 1)
        let headings = (0..<sections).map { builder.addSection(title: "Part \($0)", level: 1, parent: nil, at: here) }
        var ids: [NodeID] = []
        for index in 0..<nodes {
            let kind: NodeKind = index % 4 == 3 ? .argument : .statement
            let section = headings.randomElement(using: &random)
            let id = builder.node(titled: "\(phrase()) \(index)", kind: kind, at: here, section: section)
            builder.define(id, text: phrase(), at: here, section: section)
            if Bool.random(using: &random) { builder.addData([DataEntry("note", .string(phrase()))], to: id, at: here) }
            ids.append(id)
        }
        for index in 1..<ids.count {
            let parent = ids[Int.random(in: 0..<index, using: &random)]
            let kind: RelationKind = builder[parent].kind == .argument && Bool.random(using: &random) ? .undercut : [.support, .attack, .contradiction].randomElement(using: &random)!
            builder.relate(ids[index], kind, parent, at: here)
        }
        return builder.build()
    }

    static func id(_ map: ArgumentMap, _ title: String) throws -> NodeID {
        try #require(map.node(titled: title), "no node \(title)")
    }
}

@Suite("Writers")
struct WriterTests {
    let map = WriterSample.map()

    @Test func argdownEscapesEverythingArgdownWouldMisread() {
        let output = ExportFormat.argdown.write(map)
        let expectedTitle = ##"[Thesis \[draft\] \<v2\> \#1 \{x\}]"##
        let expectedText = ##"\+ starts with plus; has \<angle\>, \{braces\}, /\/ slashes, /\* block \*/, \@\[mention\], \*stars\*, \_underscores\_, a \\ backslash and a \#hash."##
        #expect(output.contains(expectedTitle + ": " + expectedText + " #thesis #(two words)"))
        #expect(output.contains(#"[Other claim]: \- a text that starts with a minus."#))
        #expect(ArgdownSyntax.escaped("Car-free (yes): 1+1=2, a/b") == "Car-free (yes): 1+1=2, a/b")
        #expect(ArgdownSyntax.escaped("two\r\nlines\nhere") == "two lines here")
    }

    @Test func argdownWritesASharedNodeOnceAndReferencesItElsewhere() {
        let output = ExportFormat.argdown.write(map)
        #expect(output.components(separatedBy: "[Shared reason]:").count == 2)
        #expect(output.contains("  + [Shared reason]\n") || output.hasSuffix("  + [Shared reason]"))
    }

    @Test func argdownWritesDataCitationsFrontMatterSectionsAndStructures() {
        let output = ExportFormat.argdown.write(map)
        #expect(output.hasPrefix("===\ntitle: \"Sample: a map\"\nsources: {report: {file: \"sources/report.txt\", title: \"The report\", url: \"https://example.org/r\"}}\n===\n"))
        #expect(output.contains(#"[Shared reason]: A reason that bears on two claims. {weight: 0.7, source: "report", quote: "the \"exact\" words"}"#))
        #expect(output.contains(#"{cites: [{source: "report", quote: "first"}, {source: "report", quote: "second", prefix: "the"}]}"#))
        #expect(output.contains("\n# Main question\n"))
        #expect(output.contains("<The argument>\n\n(1) [Premise one]\n(2) [Premise two]\n----\n(3) [Thesis \\[draft\\] \\<v2\\> \\#1 \\{x\\}]"))
        #expect(output.contains("  _ [Undercutter]: The premises do not make it follow."))
        let rival = output.range(of: "[Rival]: The opposite claim.")
        let heading = output.range(of: "# Main question")
        #expect(rival != nil && heading != nil && rival!.lowerBound < heading!.lowerBound, "a node under no heading is written before the first heading")
    }

    @Test func argdownWritesMarksAsATagAndANote() throws {
        let marks = Marks([Mark(kind: .statement, title: "Attacker", note: "not convinced")])
        let output = ExportFormat.argdown.write(map, options: ExportOptions(marks: marks))
        #expect(output.contains(#"[Attacker]: An objection with two quotes. #disputed {mark-note: "not convinced", cites: ["#))
        #expect(!ExportFormat.argdown.write(map).contains("#disputed"))
    }

    @Test func jsonHasArgdownsShapeWithSpansMarksAndLabels() throws {
        let shared = try WriterSample.id(map, "Shared reason")
        let options = ExportOptions(
            marks: Marks([Mark(kind: .statement, title: "Shared reason", note: "why?")]),
            resolvedCitations: [ResolvedCitation(node: shared, index: 0, span: TextSpan(line: 3, column: 5, endLine: 4, endColumn: 9))],
            labels: [shared: "out"], strengths: [shared: 0.25])
        let output = ExportFormat.json.write(map, options: options)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let statements = try #require(json["statements"] as? [String: [String: Any]])
        #expect(statements.count == 8)
        let reason = try #require(statements["Shared reason"])
        #expect(reason["label"] as? String == "out")
        #expect(reason["strength"] as? Double == 0.25)
        #expect(reason["disputed"] as? Bool == true)
        let citation = try #require((reason["citations"] as? [[String: Any]])?.first)
        #expect(citation["quote"] as? String == "the \"exact\" words")
        #expect(citation["span"] as? [String: Int] == ["line": 3, "column": 5, "endLine": 4, "endColumn": 9])
        let arguments = try #require(json["arguments"] as? [String: [String: Any]])
        #expect(arguments["The argument"]?["premises"] as? [String] == ["Premise one", "Premise two"])
        let relations = try #require(json["relations"] as? [[String: String]])
        #expect(relations.contains(["from": "Undercutter", "fromKind": "statement", "to": "The argument", "toKind": "argument", "type": "undercut"]))
        #expect(relations.count == map.relations.count)
        #expect((json["sections"] as? [[String: Any]])?.first?["title"] as? String == "Main question")
        #expect(json["tags"] as? [String] == ["thesis", "two words", "disputed"])
        #expect((json["marks"] as? [[String: Any]])?.first?["note"] as? String == "why?")
    }

    @Test func dotDrawsEachRelationKindDistinctlyAndMarksDisputes() {
        let marks = Marks([Mark(kind: .statement, title: "Attacker")])
        let output = ExportFormat.dot.write(map, options: ExportOptions(marks: marks))
        #expect(output.hasPrefix("digraph \"Sample: a map\" {"))
        let edges = output.split(separator: "\n").filter { $0.contains("->") }
        #expect(edges.count == map.relations.count)
        let styles = Set(RelationKind.allCases.map(DotWriter.edgeAttributes))
        #expect(styles.count == RelationKind.allCases.count)
        #expect(output.contains("style=dashed, arrowhead=tee"))
        #expect(output.contains("⚑ disputed"))
        #expect(output.contains("penwidth=3"))
        #expect(output.contains("  subgraph cluster_s0 {\n    label=\"Main question\";"))
    }

    /// The SVG Graphviz draws from `dot`, and what it said on standard error.
    func renderWithGraphviz(_ dot: String) throws -> (svg: String, complaints: String, status: Int32) {
        let graphviz = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let path = try #require(graphviz, "Graphviz `dot` is not installed (apt-get install graphviz)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-dot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("map.dot")
        let output = folder.appendingPathComponent("map.svg")
        let errors = folder.appendingPathComponent("errors.txt")
        try dot.write(to: input, atomically: true, encoding: .utf8)
        #expect(FileManager.default.createFile(atPath: errors.path, contents: nil))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-Tsvg", "-o", output.path, input.path]
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        process.waitUntilExit()
        let svg = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        return (svg, try String(contentsOf: errors, encoding: .utf8), process.terminationStatus)
    }

    @Test func dotRendersAsSVGWithGraphviz() throws {
        let marks = Marks([Mark(kind: .statement, title: "Rival", note: "a \"quoted\" note")])
        let (svg, complaints, status) = try renderWithGraphviz(ExportFormat.dot.write(map, options: ExportOptions(marks: marks)))
        #expect(status == 0, "\(complaints)")
        #expect(svg.contains("<svg"))
        #expect(svg.contains("Premise one"))
    }

    @Test(arguments: 1...3)
    func dotRendersMapsWhoseRelationsCrossHeadings(seed: UInt64) throws {
        let (svg, complaints, status) = try renderWithGraphviz(ExportFormat.dot.write(WriterSample.random(seed: seed, nodes: 150, sections: 4)))
        #expect(status == 0 && complaints.isEmpty, "\(complaints)")
        #expect(svg.contains("Part 0") || svg.contains("Part 1") || svg.contains("Part 2"))
    }

    @Test func markdownIsANestedOutlineWithFootnotes() throws {
        let shared = try WriterSample.id(map, "Shared reason")
        let options = ExportOptions(resolvedCitations: [ResolvedCitation(node: shared, index: 0, span: TextSpan(line: 3, column: 5, endLine: 4, endColumn: 9))])
        let output = ExportFormat.markdown.write(map, options: options)
        let lines = output.components(separatedBy: "\n")
        #expect(lines.first == "# Sample: a map")
        #expect(lines.contains("## Main question"))
        #expect(lines.contains("  - Pro: **Shared reason**: A reason that bears on two claims.[^1]"))
        #expect(lines.contains("    - Pro: **Shared reason** (see above)"))
        #expect(lines.contains("    - Premise: **Premise one**: The first premise."))
        #expect(lines.contains("[^1]: “the \"exact\" words” (The report, lines 3–4) <https://example.org/r>"))
        #expect(lines.contains("[^2]: “first” (The report) <https://example.org/r>"))
        #expect(output.contains(##"**Thesis \[draft\] \<v2\> \#1 {x}**"##))
    }

    @Test func markdownKeepsLinksInTextsWorking() {
        #expect(MarkdownWriter.escapedKeepingLinks("See [the *EEA* report](https://example.org/eea_2020) and [x] *now*.")
            == #"See [the \*EEA\* report](https://example.org/eea_2020) and \[x\] \*now\*."#)
    }

    @Test func aifReadsBackIntoTheSameGraph() throws {
        let output = ExportFormat.aif.write(map)
        let (read, diagnostics) = AIFReader.read(output, file: "sample.json")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(MapShape(read, withData: false) == MapShape(map, withData: false))
    }

    @Test func deepChainsAreWrittenWithoutNestingThousandsOfLevels() {
        let deep = WriterSample.chain(length: 5000)
        let output = ExportFormat.argdown.write(deep)
        let deepest = output.components(separatedBy: "\n").map { line in line.prefix(while: { $0 == " " }).count }.max() ?? 0
        #expect(deepest <= 2 * OutlineWalk.maximumDepth)
        #expect(output.components(separatedBy: "]: Step ").count == 5001)
        #expect(ExportFormat.markdown.write(deep).contains("(continued below)"))
    }
}

@Suite("Export destination")
struct ExportDestinationTests {
    @Test func replacesTheFileWholeAndLeavesNoTemporaryFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/map.argdown"
        try "old contents that are longer than the new ones\n".write(toFile: path, atomically: false, encoding: .utf8)
        try ExportDestination.write("[A]: new\n", toFile: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "[A]: new\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["map.argdown"])
    }

    @Test func aPipeIsWrittenToAndStaysAPipe() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let pipe = folder.path + "/pipe"
        #expect(mkfifo(pipe, 0o600) == 0)
        // Opened for reading first and without waiting, so the writer's open does not block.
        let reader = open(pipe, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        try ExportDestination.write("[A]: through the pipe\n", toFile: pipe)
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = read(reader, &buffer, buffer.count)
        #expect(String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self) == "[A]: through the pipe\n")
        var status = stat()
        #expect(stat(pipe, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["pipe"])
    }

    @Test func aLinkKeepsPointingAtTheFileItReplaces() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let target = folder.path + "/map.argdown"
        let link = folder.path + "/link.argdown"
        try "[A]: old\n".write(toFile: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "map.argdown")
        try ExportDestination.write("[A]: new\n", toFile: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "map.argdown")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "[A]: new\n")
    }

    @Test func aMissingFolderOrAFolderAsTargetIsAClearError() {
        #expect(throws: ExportDestination.Failure.self) {
            try ExportDestination.write("x", toFile: "/nonexistent-argmap-folder/out.argdown")
        }
        do {
            try ExportDestination.write("x", toFile: FileManager.default.temporaryDirectory.path)
            Issue.record("writing over a folder must fail")
        } catch {
            #expect(error.description.hasSuffix("it is a folder; give a file name with -o"))
        }
    }
}

extension ExportDestinationTests {
    @Test func aDeviceThatFailsMidWriteIsAClearError() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        do {
            try ExportDestination.write(toFile: "/dev/full") { $0 += String(repeating: "[A]: text\n", count: 300_000) }
            Issue.record("writing to a full device must fail")
        } catch {
            #expect(error.description == "cannot write /dev/full: no space left on device")
        }
    }

    @Test func aLargeExportIsStreamedIntoTheFileWhole() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/big.json"
        let map = WriterSample.random(seed: 3, nodes: 12_000, sections: 3)  // over a megabyte of JSON: several chunks
        try ExportDestination.write(toFile: path) { ExportFormat.json.write(map, to: $0) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == ExportFormat.json.write(map))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["big.json"])
    }
}

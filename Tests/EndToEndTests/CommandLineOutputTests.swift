import ArgumentMap
import Foundation
import Testing
@testable import argmap

/// The text each command prints, from maps built in memory (no parser involved).
@Suite struct CommandLineOutputTests {
    private static let here = SourceLocation(file: "m.argdown", line: 1, column: 1)

    /// Thesis T (in section "Scaling") supported by A, attacked by B which C undercuts;
    /// thesis U supported by A too; X and Y attack each other. A cites a source.
    private static func debate() throws -> (LoadedMap, TemporaryFolderForOutput) {
        let folder = try TemporaryFolderForOutput()
        try "Line one.\nThe exact\nwords are here.\n".write(toFile: folder.path + "/doc.txt", atomically: true, encoding: .utf8)
        var builder = MapBuilder(file: "m.argdown")
        builder.sources = [SourceDeclaration(id: "doc", file: "doc.txt", title: "A document", location: here)]
        let scaling = builder.addSection(title: "Scaling", level: 1, parent: nil, at: here)
        func statement(_ title: String, _ text: String, line: Int, section: SectionID? = nil) -> NodeID {
            let location = SourceLocation(file: "m.argdown", line: line, column: 1)
            let id = builder.node(titled: title, kind: .statement, at: location, section: section)
            builder.define(id, text: text, at: location, section: section)
            return id
        }
        let t = statement("T", "The thesis.", line: 2, section: scaling)
        let a = statement("A", "A reason\nover two lines.", line: 3, section: scaling)
        let b = builder.node(titled: "B", kind: .argument, at: SourceLocation(file: "m.argdown", line: 4, column: 1))
        let c = statement("C", "An undercutter.", line: 5)
        let u = statement("U", "Another thesis.", line: 6)
        let x = statement("X", "Ex.", line: 7)
        let y = statement("Y", "Why.", line: 8)
        builder.addData([DataEntry("source", .string("doc")), DataEntry("quote", .string("exact words"))], to: a, at: SourceLocation(file: "m.argdown", line: 3, column: 1))
        builder.addData([DataEntry("source", .string("doc")), DataEntry("quote", .string("missing words"))], to: u, at: SourceLocation(file: "m.argdown", line: 6, column: 1))
        builder.relate(a, .support, t, at: here)
        builder.relate(b, .attack, t, at: here)
        builder.relate(c, .undercut, b, at: here)
        builder.relate(a, .support, u, at: here)
        builder.relate(x, .attack, y, at: here)
        builder.relate(y, .attack, x, at: here)
        let loaded = SourceLibrary().resolve(builder.build(), mapFolder: folder.path)
        return (loaded, folder)
    }

    private func lines(_ write: ((String) -> Void) -> Void) -> [String] {
        var result: [String] = []
        write { result.append($0) }
        return result
    }

    @Test func theOutlineShowsGlyphsSectionsCountsAndCrossReferences() throws {
        let (loaded, folder) = try Self.debate()
        defer { folder.remove() }
        #expect(lines(TextOutline(loaded: loaded).write) == [
            "# Scaling",
            "[T]: The thesis.",
            "  + [A]: A reason over two lines. (1 citation)",
            "  - <B>",
            "    _ [C]: An undercutter.",
            "[U]: Another thesis. (1 citation, 1 not verified)",
            "  + ↪ [A] (see above)",
            "[X]: Ex.",
            "  - [Y]: Why.",
            "    - ↪ [X] (see above)",
        ])
    }

    @Test func depthAndStartLimitTheOutline() throws {
        let (loaded, folder) = try Self.debate()
        defer { folder.remove() }
        let t = try #require(loaded.map.node(titled: "T"))
        #expect(lines(TextOutline(loaded: loaded, start: t, depth: 1).write) == [
            "[T]: The thesis.",
            "  + [A]: A reason over two lines. (1 citation)",
            "  - <B> … 1 reply below",
        ])
        #expect(lines(TextOutline(loaded: loaded, depth: 0).write).filter { $0.hasPrefix(" ") } == [])
    }

    @Test func aDeepChainPrintsWithoutRecursion() {
        var builder = MapBuilder(file: "deep.argdown")
        var previous = builder.node(titled: "0", kind: .statement, at: Self.here)
        for level in 1...5_000 {
            let next = builder.node(titled: "\(level)", kind: .statement, at: Self.here)
            builder.relate(next, .support, previous, at: Self.here)
            previous = next
        }
        let printed = lines(TextOutline(loaded: LoadedMap(map: builder.build())).write)
        #expect(printed.count == 5_001)
        #expect(printed[40] == String(repeating: "  ", count: 40) + "+ [40]")
        #expect(printed.last == String(repeating: "  ", count: TextOutline.deepestIndent) + "(level 5000) + [5000]")
    }

    @Test func showListsTextRelationsAndCitations() throws {
        let (loaded, folder) = try Self.debate()
        defer { folder.remove() }
        let a = try #require(loaded.map.node(titled: "[A]"))
        #expect(lines(NodeReport(loaded: loaded, node: a).write) == [
            "[A]",
            "  statement, defined at m.argdown:3:1",
            "  in section: Scaling",
            "",
            "  A reason",
            "  over two lines.",
            "",
            "Relations:",
            "  + supports [T]  (line 1)",
            "  + supports [U]  (line 1)",
            "",
            "Citations:",
            "  1. doc (A document), lines 2-3 (2:5-3:5)",
            "     \"exact words\"",
        ])
        let b = try #require(loaded.map.node(titled: "<B>"))
        #expect(lines(NodeReport(loaded: loaded, node: b).write).suffix(3) == [
            "Relations:",
            "  - attacks [T]  (line 1)",
            "  _ undercut by [C]  (line 1)",
        ])
    }

    @Test func sourcesListCountsAndLines() throws {
        let (loaded, folder) = try Self.debate()
        defer { folder.remove() }
        #expect(lines(SourceListing(loaded: loaded).write) == [
            "doc: A document",
            "  file: doc.txt (read from \(DisplayPath.relative(folder.path + "/doc.txt")))",
            "  2 citations (1 not verified), lines 2-3",
        ])
        let spans = [TextSpan(line: 9, column: 1, endLine: 9, endColumn: 2), TextSpan(line: 4, column: 1, endLine: 4, endColumn: 2),
                     TextSpan(line: 5, column: 1, endLine: 6, endColumn: 2), TextSpan(line: 12, column: 1, endLine: 12, endColumn: 2)]
        #expect(SourceListing.lineRanges(spans) == "lines 4-6, 9, 12")
    }

    @Test func checkReportsProblemsInOrderWithCyclesAsNotes() throws {
        let (loaded, folder) = try Self.debate()
        defer { folder.remove() }
        var report = CheckReport()
        report.add(loaded)
        #expect(report.diagnostics.map(\.text) == [
            "m.argdown:6:1: error: [U]: quote \"missing words\" is not in source `doc`; check the exact words against the source (only differences in white space are ignored)",
            "m.argdown:7:1: note: [X], [Y] form a cycle of relations; the outline shows each once and cross-references the rest",
        ])
        #expect(report.maps.map(\.text) == ["m.argdown: 7 nodes, 6 relations, 1 of 2 citations verified; 1 error, 0 warnings, 1 note"])
        #expect(report.hasErrors)
    }

    @Test func checkJSONEscapesWhatATerminalWouldObey() throws {
        var report = CheckReport()
        report.addUnreadable(file: "evil\u{1B}[2J.argdown", message: "no map at \u{202E}x")
        let json = report.json
        #expect(!json.unicodeScalars.contains { $0.needsEscapeOnTerminal && $0 != "\n" })
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let diagnostics = decoded?["diagnostics"] as? [[String: Any]]
        #expect(diagnostics?.first?["file"] as? String == "evil\u{1B}[2J.argdown")
        #expect(diagnostics?.first?["message"] as? String == "no map at \u{202E}x")
        #expect(report.hasUnreadableMap)
    }
}

/// A fresh folder for one test's files.
struct TemporaryFolderForOutput {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.path + "/argmap-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }

    /// The path of a map of `nodes` nodes that `argmap generate` wrote in this folder.
    func generatedMap(nodes: Int, seed: Int = 1) throws -> String {
        let mapPath = path + "/generated.argdown"
        let generated = try ArgmapRun(["generate", "--nodes", "\(nodes)", "--seed", "\(seed)", "-o", mapPath])
        #expect(generated.status == 0, "\(generated.errors)")
        return mapPath
    }
}

import Foundation
import Testing
@testable import ArgumentMap

/// What must survive a trip through a writer and a reader: each node's kind, title and text,
/// each relation by the titles at its ends, and (with data) tags, data, citations, sections
/// and front matter. Node order and source locations may change.
struct MapShape: Equatable, CustomStringConvertible {
    var nodes: Set<String>
    var relations: Set<String>
    var frontMatter: [DataEntry]

    init(_ map: ArgumentMap, withData: Bool = true) {
        func name(_ id: NodeID) -> String {
            map[id].kind == .statement ? "[\(map[id].title)]" : "<\(map[id].title)>"
        }
        nodes = Set(map.nodes.map { node in
            var line = name(node.id) + ": " + node.text
            if withData {
                line += " tags=\(node.tags) data=\(node.data.map { "\($0.key)=\($0.value)" })"
                line += " citations=\(node.citations.map { [$0.source, $0.quote, $0.prefix ?? "-", $0.suffix ?? "-"] })"
                line += " section=\(node.section.map { map.sections[$0.offset].title } ?? "-")"
            }
            return line
        })
        relations = Set(map.relations.map { "\(name($0.from)) \($0.kind) \(name($0.to))" })
        frontMatter = withData ? map.frontMatter : []
    }

    func difference(from expected: MapShape) -> String {
        let lost = expected.nodes.subtracting(nodes).sorted() + expected.relations.subtracting(relations).sorted()
        let gained = nodes.subtracting(expected.nodes).sorted() + relations.subtracting(expected.relations).sorted()
        return "lost: \(lost)\ngained: \(gained)"
    }

    var description: String {
        (nodes.sorted() + relations.sorted()).joined(separator: "\n") + "\n\(frontMatter)"
    }
}

/// Maps written by a writer and read back by the matching reader (mostly Argdown, some AIF).
@Suite("Round trips")
struct RoundTripTests {
    func throughArgdown(_ map: ArgumentMap) -> (ArgumentMap, [Diagnostic], String) {
        let text = ExportFormat.argdown.write(map)
        let (read, diagnostics) = ArgdownReader.read(text, file: "round-trip.argdown")
        return (read, diagnostics, text)
    }

    @Test func awkwardTitlesTextsDataAndStructuresSurvive() {
        let map = WriterSample.map()
        let (read, diagnostics, text) = throughArgdown(map)
        #expect(!diagnostics.containsErrors, "\(diagnostics)\n\(text)")
        #expect(MapShape(read) == MapShape(map), "\(text)")
        #expect(read.sources.map(\.id) == ["report"])
    }

    @Test func writingWhatWasReadGivesTheSameText() {
        let first = ExportFormat.argdown.write(WriterSample.map())
        let (read, _) = ArgdownReader.read(first, file: "round-trip.argdown")
        #expect(ExportFormat.argdown.write(read) == first)
    }

    /// Definitions left over from the relation trees (a node defined in one section and met
    /// first in another's tree) were written in the original's order, and so moved on every trip.
    @Test func exportingTheExportOfTheBundledDebateChangesNothing() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("maps/debate.argdown").path
        let (map, _) = ArgdownReader.read(try String(contentsOfFile: path, encoding: .utf8), file: "debate.argdown")
        let first = ExportFormat.argdown.write(map)
        let (read, _) = ArgdownReader.read(first, file: "round-trip.argdown")
        let second = ExportFormat.argdown.write(read)
        #expect(second == first, "\(zip(second.split(separator: "\n"), first.split(separator: "\n")).first { $0 != $1 }.map { "\($0)\n\($1)" } ?? "")")
    }

    @Test(arguments: ["kialo-old.txt", "kialo-new.txt", "aif-ova.json"])
    func importedMapsSurvive(fixture: String) throws {
        let bytes = try FormatFixture.bytes(fixture)
        let format = MapFormat.detect(path: fixture, bytes: bytes)
        let (map, _) = format.read(bytes, file: fixture)
        #expect(!map.nodes.isEmpty)
        let (read, diagnostics, text) = throughArgdown(map)
        #expect(!diagnostics.containsErrors, "\(diagnostics)\n\(text)")
        #expect(MapShape(read) == MapShape(map), "\(text)")
    }

    @Test func marksWrittenIntoTheMapReadBackAsTagsAndNotes() {
        let marks = Marks([Mark(kind: .statement, title: "Rival", note: "see p. 4")])
        let text = ExportFormat.argdown.write(WriterSample.map(), options: ExportOptions(marks: marks))
        let (read, _) = ArgdownReader.read(text, file: "marked.argdown")
        let rival = read.node(titled: "Rival").map { read[$0] }
        #expect(rival?.tags.contains("disputed") == true)
        #expect(rival?.data["mark-note"] == .string("see p. 4"))
    }

    @Test func aChainDeeperThanTheWritersNestingLimitSurvives() {
        let map = WriterSample.chain(length: 500)
        let (read, diagnostics, text) = throughArgdown(map)
        #expect(!diagnostics.containsErrors, "\(diagnostics.prefix(5))")
        #expect(MapShape(read) == MapShape(map), "\(text.prefix(2000))")
    }

    @Test(arguments: 1...200)
    func randomMapsWithAwkwardTextSurvive(seed: UInt64) {
        let map = WriterSample.random(seed: seed)
        let (read, diagnostics, text) = throughArgdown(map)
        #expect(!diagnostics.containsErrors, "\(diagnostics)\n\(text)")
        let (got, want) = (MapShape(read), MapShape(map))
        #expect(got == want, "\(got.difference(from: want))")
    }

    /// Found by a new user: a self-attack went to AIF as a CA and was dropped on the way back,
    /// so evaluation changed (A from undecided to in).
    @Test func selfRelationsSurviveAIF() {
        let (map, _) = ArgdownReader.read("[A]: a\n  - [A]\n  + [A]\n<B>: b\n  _ <B>\n  + [A]\n", file: "self.argdown")
        let (read, diagnostics) = AIFReader.read(ExportFormat.aif.write(map), file: "self.json")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let (got, want) = (MapShape(read, withData: false), MapShape(map, withData: false))
        #expect(got == want, "\(got.difference(from: want))")
    }

    @Test(arguments: 1...50)
    func randomMapsSurviveAIF(seed: UInt64) {
        let map = WriterSample.random(seed: seed)
        let (read, diagnostics) = AIFReader.read(ExportFormat.aif.write(map), file: "random.json")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let (got, want) = (MapShape(read, withData: false), MapShape(map, withData: false))
        #expect(got == want, "\(got.difference(from: want))")
    }
}

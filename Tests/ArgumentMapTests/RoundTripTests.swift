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

    var description: String {
        (nodes.sorted() + relations.sorted()).joined(separator: "\n") + "\n\(frontMatter)"
    }
}

/// Maps written as Argdown and read back by `ArgdownReader`. These need the real Argdown parser:
/// with the placeholder reader they fail, since it returns an empty map.
@Suite("Round trips through Argdown")
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

    /// Random maps whose titles and texts are made of the characters Argdown gives a meaning to.
    @Test(arguments: 1...200)
    func randomMapsWithAwkwardTextSurvive(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let pieces = ["[", "]", "<", ">", "#", "{", "}", "@", "*", "_", "\\", "+", "-", "//", "/*", "*/", "<!--", "-->",
                      "(1)", ":", "\"", "'", "word", "two words", "ä", "😀", "><", "->", "<+", "===", "---", "1.", "`"]
        func phrase() -> String {
            let text = (0..<Int.random(in: 1...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined(separator: Bool.random(using: &random) ? " " : "")
            return text.trimmingCharacters(in: .whitespaces).isEmpty ? "x" : text.trimmingCharacters(in: .whitespaces)
        }
        var builder = MapBuilder(file: "random")
        let here = SourceLocation(file: "random", line: 1, column: 1)
        var ids: [NodeID] = []
        for index in 0..<12 {
            let kind: NodeKind = index % 4 == 3 ? .argument : .statement
            let id = builder.node(titled: "\(phrase()) \(index)", kind: kind, at: here)
            builder.define(id, text: phrase(), at: here, section: nil)
            if Bool.random(using: &random) { builder.addData([DataEntry("note", .string(phrase()))], to: id, at: here) }
            ids.append(id)
        }
        for index in 1..<ids.count {
            let parent = ids[Int.random(in: 0..<index, using: &random)]
            let kind: RelationKind = builder[parent].kind == .argument && Bool.random(using: &random) ? .undercut : [.support, .attack, .contradiction].randomElement(using: &random)!
            builder.relate(ids[index], kind, parent, at: here)
        }
        let map = builder.build()
        let (read, diagnostics, text) = throughArgdown(map)
        #expect(!diagnostics.containsErrors, "\(diagnostics)\n\(text)")
        let (got, want) = (MapShape(read), MapShape(map))
        #expect(got == want, "lost: \(want.nodes.subtracting(got.nodes).sorted() + want.relations.subtracting(got.relations).sorted())\ngained: \(got.nodes.subtracting(want.nodes).sorted() + got.relations.subtracting(want.relations).sorted())")
    }
}

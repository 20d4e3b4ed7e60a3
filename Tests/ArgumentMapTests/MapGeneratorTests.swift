import Testing
import ArgumentMap

/// The generated maps every performance figure comes from: reproducible, valid, and shaped like real debates.
@Suite struct MapGeneratorTests {
    @Test func theSameSeedGivesTheSameMap() {
        let first = MapGenerator(nodeCount: 500, seed: 3).generate(.argdown)
        #expect(first.map == MapGenerator(nodeCount: 500, seed: 3).generate(.argdown).map)
        #expect(first.map != MapGenerator(nodeCount: 500, seed: 4).generate(.argdown).map)
    }

    @Test func anArgdownMapReadsWithoutErrorsAndHasExactlyTheNodesAskedFor() {
        let generated = MapGenerator(nodeCount: 2_000, seed: 1).generate(.argdown)
        let (map, diagnostics) = ArgdownReader.read(generated.map, file: "generated.argdown")
        #expect(diagnostics.isEmpty)
        #expect(map.nodes.count == 2_000)
        #expect(generated.nodeCount == 2_000)
        #expect(map.sources.map(\.id) == ["corpus"])
    }

    @Test func anArgdownMapHasEveryShapeOfARealDebate() {
        let generated = MapGenerator(nodeCount: 2_000, seed: 1).generate(.argdown)
        let (map, _) = ArgdownReader.read(generated.map, file: "generated.argdown")
        let kinds = Set(map.relations.map(\.kind))
        #expect(kinds.isSuperset(of: [.support, .attack, .undercut]))
        #expect(map.nodes.contains { $0.kind == .argument })
        #expect(map.nodeIDs.contains { map.isShared($0) }, "cross-references: a claim under two parents")
        #expect(map.sections.count > 1)
        #expect(map.theses.count > 1)
        let citations = map.nodes.flatMap(\.citations)
        #expect(citations.count > 100)
        #expect(citations.allSatisfy { generated.source.contains($0.quote) }, "every quote is in the generated source")
    }

    @Test func aKialoExportHasOneClaimPerLine() {
        let generated = MapGenerator(nodeCount: 300, seed: 2).generate(.kialo)
        let lines = generated.map.split(separator: "\n")
        #expect(lines.first?.hasPrefix("Discussion Title:") == true)
        #expect(lines.dropFirst().count == 300)
        #expect(lines.dropFirst().allSatisfy { $0.first?.isNumber == true })
        #expect(generated.source.isEmpty)
    }
}

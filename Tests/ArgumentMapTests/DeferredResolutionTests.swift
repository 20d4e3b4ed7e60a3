import Foundation
import Testing
@testable import ArgumentMap

/// What the browser does: read the map first, locate its citations later (on another thread),
/// and take them in. It must come to exactly what loading everything at once does.
@Suite struct DeferredResolutionTests {
    @Test func theBundledMapComesToTheSameAsLoadingItAtOnce() throws {
        let installation = Installation(root: BundledMapTests.root)
        let loader = MapLoader(policy: SourcePathPolicy(trustedFolders: [installation.resources]))
        try expectSameAsEager(loader, installation.bundledMap)
    }

    @Test(arguments: [(500, UInt64(1)), (3_000, UInt64(7)), (20_000, UInt64(3))])
    func aGeneratedMapComesToTheSameAsLoadingItAtOnce(nodes: Int, seed: UInt64) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = MapGenerator(nodeCount: nodes, seed: seed, sourceFile: "big.source.txt").generate(.argdown)
        try folder.write("big.source.txt", output.source)
        try expectSameAsEager(MapLoader(), try folder.write("big.argdown", output.map))
    }

    /// Citations taken in on top of others stay in node order, which the browser's lookup of a
    /// node's citations relies on.
    @Test func citationsAddedToOthersStayInNodeOrder() {
        func found(_ node: Int, _ index: Int) -> ResolvedCitation {
            ResolvedCitation(node: NodeID(node), index: index, span: TextSpan(line: node, column: 1, endLine: node, endColumn: 2))
        }
        var loaded = LoadedMap(map: MapBuilder().build(), citations: [found(1, 0), found(3, 0)])
        loaded.add(CitationResolution(citations: [found(0, 0), found(1, 1), found(2, 0)]))
        #expect(loaded.citations.map { [$0.node.offset, $0.index] } == [[0, 0], [1, 0], [1, 1], [2, 0], [3, 0]])
    }

    @Test func aMapWithBadQuotesAndAMissingSourceComesToTheSameErrors() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("doc.txt", "the exact words, and the exact words again, and one more line")
        let map = try folder.write("map.argdown", """
            ===
            sources:
              doc: {file: doc.txt, title: The Doc}
              gone: {file: gone.txt}
            ===

            [A]: a {source: doc, quote: "one more line"}
            [B]: b {source: doc, quote: "the exact words"}
            [C]: c {source: doc, quote: "not there at all"}
            [D]: d {source: gone, quote: "anything"}
            [E]: e {source: nowhere, quote: "anything"}
            """)
        let deferred = try expectSameAsEager(MapLoader(), map)
        #expect(deferred.citations.map { deferred.citation($0).quote } == ["one more line"])
        #expect(deferred.diagnostics.count { $0.severity == .error } == 5)
    }

    @discardableResult
    private func expectSameAsEager(_ loader: MapLoader, _ file: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> LoadedMap {
        let eager = try loader.load(file)
        let parsed = try loader.read(file)
        var deferred = parsed.unresolved
        #expect(deferred.citations.isEmpty && deferred.documents.isEmpty, sourceLocation: sourceLocation)
        deferred.add(loader.locateCitations(of: parsed))
        #expect(deferred.map.nodes.count == eager.map.nodes.count, sourceLocation: sourceLocation)
        #expect(deferred.citations == eager.citations, sourceLocation: sourceLocation)
        #expect(deferred.documents == eager.documents, sourceLocation: sourceLocation)
        #expect(deferred.diagnostics.map(\.description) == eager.diagnostics.map(\.description), sourceLocation: sourceLocation)
        return deferred
    }
}

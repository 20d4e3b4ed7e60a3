import Testing
@testable import ArgumentMap

@Suite("AIF reader")
struct AIFReaderTests {
    func statement(_ map: ArgumentMap, text: String) throws -> NodeID {
        try #require(map.nodes.first { $0.kind == .statement && $0.text == text }?.id, "no I-node \(text)")
    }

    func kinds(_ map: ArgumentMap, _ from: NodeID, _ to: NodeID) -> [RelationKind] {
        map.relations.filter { $0.from == from && $0.to == to }.map(\.kind)
    }

    @Test func readsTheOVAWrapperIntoStatementsArgumentsAndRelations() throws {
        let (map, diagnostics) = AIFReader.read(bytes: try FormatFixture.bytes("aif-ova.json"), file: "ova.json")
        #expect(map.nodes.filter { $0.kind == .statement }.count == 7)
        let plant = try statement(map, text: "We should plant more trees in the city")
        let cool = try statement(map, text: "Trees cool the streets in summer")
        let clean = try statement(map, text: "Trees clean the air")
        let argument = try #require(map.nodes.first { $0.kind == .argument })
        #expect(argument.title == "Argument for We should plant more trees in")
        #expect(kinds(map, cool, argument.id) == [.premise])
        #expect(kinds(map, clean, argument.id) == [.premise])
        #expect(kinds(map, argument.id, plant) == [.support])
        #expect(argument.inference?.premises == [cool, clean])
        #expect(argument.inference?.conclusion == plant)
        #expect(diagnostics.map(\.description) == [#"ova.json:19:1: warning: node 16 has the unknown type "XQ" (expected I, RA, CA, MA, L, YA or TA); ignored"#])
    }

    @Test func conflictsBecomeAttacksAndUndercuts() throws {
        let (map, _) = AIFReader.read(bytes: try FormatFixture.bytes("aif-ova.json"), file: "ova.json")
        let plant = try statement(map, text: "We should plant more trees in the city")
        let roots = try statement(map, text: "Roots damage pavements")
        let nights = try statement(map, text: "Shade matters little when nights stay hot")
        let argument = try #require(map.nodes.first { $0.kind == .argument }?.id)
        #expect(kinds(map, roots, plant) == [.attack])
        #expect(kinds(map, nights, argument) == [.undercut])
    }

    /// A CA drawn both ways between two nodes is a mutual attack, not a self-attack of either.
    @Test func aConflictDrawnBothWaysRelatesNoNodeToItself() {
        let nodes = #"[{"nodeID":"1","text":"a","type":"I"},{"nodeID":"2","text":"b","type":"I"},{"nodeID":"3","text":"Default Conflict","type":"CA"}]"#
        let edges = #"[{"edgeID":"1","fromID":"1","toID":"3"},{"edgeID":"2","fromID":"3","toID":"1"},{"edgeID":"3","fromID":"2","toID":"3"},{"edgeID":"4","fromID":"3","toID":"2"}]"#
        let (map, _) = AIFReader.read(#"{"nodes":\#(nodes),"edges":\#(edges)}"#, file: "both.json")
        #expect(map.relations.count == 2)
        #expect(map.relations.allSatisfy { $0.from != $0.to })
    }

    @Test func aSinglePremiseInferenceIsADirectSupport() throws {
        let (map, _) = AIFReader.read(bytes: try FormatFixture.bytes("aif-ova.json"), file: "ova.json")
        let barriers = try statement(map, text: "Modern root barriers prevent damage")
        let roots = try statement(map, text: "Roots damage pavements")
        #expect(kinds(map, barriers, roots) == [.support])
        #expect(map.nodes.filter { $0.kind == .argument }.count == 1)
    }

    @Test func rephrasesAndDialogueAreKeptAsData() throws {
        let (map, _) = AIFReader.read(bytes: try FormatFixture.bytes("aif-ova.json"), file: "ova.json")
        let cool = map[try statement(map, text: "Trees cool the streets in summer")]
        #expect(cool.data["rephrased-as"] == .list([.string("Trees make streets cooler")]))
        let plant = map[try statement(map, text: "We should plant more trees in the city")]
        #expect(plant.data["locutions"] == .list([.string("Ana: we should plant more trees")]))
        #expect(plant.data["aif"] == .string("1"))
        #expect(map.frontMatter["aif-dialogue"]?.list?.count == 3)
    }

    @Test func brokenNodesAndEdgesAreReportedByIDAndLine() throws {
        let (map, diagnostics) = AIFReader.read(bytes: try FormatFixture.bytes("aif-broken.json"), file: "broken.json")
        #expect(map.nodes.map(\.text) == ["A claim"])
        #expect(diagnostics.map(\.description) == [
            "broken.json:4:1: error: node 2 of \"nodes\" has no \"nodeID\"; skipped",
            "broken.json:5:1: error: node 3 has no \"type\" (I, RA, CA, MA, L, YA, TA); skipped",
            "broken.json:6:1: warning: RA node 4 has no conclusion; its premise supports nothing",
            "broken.json:10:1: error: edge 2 goes to node 99, which is not in \"nodes\"; skipped",
            "broken.json:11:1: error: edge 3 needs both \"fromID\" and \"toID\"; skipped",
        ])
    }

    @Test func edgesWithoutAnIDOrNotObjectsAreReportedAtTheirLines() {
        let text = """
            {"AIF": {
              "nodes": [{"nodeID": "1", "type": "I", "text": "é"}],
              "edges": [
                {"fromID": "1", "toID": "9"},
                7,
                {"edgeID": "e3",
                 "fromID": "1"}
              ]},
             "edges": [{"fromID": "x", "toID": "y"}]}
            """
        let (_, diagnostics) = AIFReader.read(text, file: "e.json")
        #expect(diagnostics.map(\.description) == [
            "e.json:4:1: error: edge #1 goes to node 9, which is not in \"nodes\"; skipped",
            "e.json:5:1: error: edge 2 of \"edges\" is a number, not an object; skipped",
            "e.json:6:1: error: edge e3 needs both \"fromID\" and \"toID\"; skipped",
        ])
    }

    @Test func aSyntaxErrorIsReportedAtTheLineAndColumnWhereReadingStopped() {
        let text = """
            {"nodes": [
              {"nodeID": "1", "type": "I", "text": "é" x},
              ],
             "edges": []}
            """
        let (_, diagnostics) = AIFReader.read(text, file: "a2.json")
        #expect(diagnostics.map(\.description) == [
            #"a2.json:2:44: error: not valid JSON (Invalid value); an AIF file is a JSON object with "nodes" and "edges""#,
        ])
    }

    @Test func argmapsOwnJSONExportIsNamedAndTheWayToReadItSaid() throws {
        let exported = """
            {"title": "m", "frontMatter": {},
             "statements": {"A": {"title": "A", "text": "a."}, "B": {"title": "B", "text": "b."}},
             "arguments": {}, "relations": [{"from": "B", "fromKind": "statement", "to": "A", "toKind": "statement", "type": "support"}],
             "sections": [], "tags": []}
            """
        let (read, diagnostics) = AIFReader.read(exported, file: "out.json")
        #expect(read.nodes.isEmpty)
        #expect(diagnostics.map(\.description) == [
            "out.json:1:1: error: this is argmap's own JSON export (\"statements\", \"relations\"), which is written for other programs and not read back; export the map with --to argdown (or --to aif) to get a file argmap reads",
        ])
    }

    @Test func invalidJSONIsAnErrorNotACrash() {
        let (map, diagnostics) = AIFReader.read("{\"nodes\": [", file: "cut.json")
        #expect(map.nodes.isEmpty)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.description.hasPrefix("cut.json:1:12: error: not valid JSON") == true)
        let (_, notAnObject) = AIFReader.read("[1, 2]", file: "list.json")
        #expect(notAnObject.map(\.message) == [#"an AIF file is a JSON object with "nodes" and "edges", not a list"#])
    }
}

@Suite("AIF reader edge cases")
struct AIFReaderEdgeCaseTests {
    @Test func deeplyNestedJSONIsAnErrorNotAStackOverflow() {
        let text = "{\"nodes\": " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}"
        let (map, diagnostics) = AIFReader.read(text, file: "deep.json")
        #expect(map.nodes.isEmpty)
        #expect(diagnostics.containsErrors)
    }

    @Test func duplicateIDsAndConflictsWithoutEndsAreReported() {
        let text = """
        {"nodes": [
          {"nodeID": "a", "text": "One", "type": "I"},
          {"nodeID": "a", "text": "Two", "type": "I"},
          {"nodeID": "c", "text": "Default Conflict", "type": "CA"}
        ],
        "edges": [{"edgeID": "e1", "fromID": "a", "toID": "c"}]}
        """
        let (map, diagnostics) = AIFReader.read(text, file: "dup.json")
        #expect(map.nodes.map(\.text) == ["One"])
        #expect(diagnostics.map(\.description) == [
            "dup.json:3:1: error: two nodes have the nodeID a; the second is skipped",
            "dup.json:4:1: warning: CA node c needs an attacker and a target (an I-node or RA); ignored",
        ])
    }

    @Test func aifdbNumericIDsAndAContradictionRead() {
        let text = """
        {"nodes": [
          {"nodeID": 1, "text": "Tax cuts raise revenue", "type": "I"},
          {"nodeID": 2, "text": "Tax cuts lower revenue", "type": "I"},
          {"nodeID": 3, "text": "Contradiction", "type": "CA"}
        ],
        "edges": [{"edgeID": 1, "fromID": 1, "toID": 3}, {"edgeID": 2, "fromID": 3, "toID": 2}],
        "locutions": []}
        """
        let (map, diagnostics) = AIFReader.read(text, file: "db.json")
        #expect(diagnostics.isEmpty)
        #expect(map.relations.map(\.kind) == [.contradiction])
        #expect(map.nodes.map(\.title) == ["Tax cuts raise revenue", "Tax cuts lower revenue"])
    }
}

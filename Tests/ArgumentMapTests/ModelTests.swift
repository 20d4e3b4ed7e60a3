import Dispatch
import Testing
@testable import ArgumentMap

@Suite struct ModelTests {
    private let here = SourceLocation(file: "t.argdown", line: 1, column: 1)

    @Test func oneTitleIsOneNode() {
        var builder = MapBuilder()
        let first = builder.node(titled: "A", kind: .statement, at: here)
        let again = builder.node(titled: "A", kind: .statement, at: here)
        let argument = builder.node(titled: "A", kind: .argument, at: here)
        #expect(first == again)
        #expect(first != argument)
        #expect(builder.build().nodes.count == 2)
    }

    @Test func aRelationWrittenTwiceIsKeptOnceButOtherKindsBetweenTheSameNodesStay() {
        var builder = MapBuilder()
        let a = builder.node(titled: "A", kind: .statement, at: here)
        let b = builder.node(titled: "B", kind: .statement, at: here)
        for _ in 0..<3 { builder.relate(a, .support, b, at: here) }
        builder.relate(a, .attack, b, at: here)
        builder.relate(b, .support, a, at: here)
        for index in 0..<5_000 {
            let node = builder.node(titled: "N\(index)", kind: .argument, at: here)
            builder.relate(node, .premise, a, at: here)
            builder.relate(node, .premise, a, at: here)
        }
        let map = builder.build()
        #expect(map.relations.count == 3 + 5_000)
        #expect(map.relations.prefix(3).map(\.kind) == [.support, .attack, .support])
        #expect(map.node(titled: "<N4999>").map { map[$0].title } == "N4999")
        #expect(map.node(titled: "N17", kind: .statement) == nil)
    }

    /// `finish`, which makes a large map's index on both cores and makes it again after dropping
    /// repeated relations, gives the relations, children, parents and roots `build()` gives.
    @Test(arguments: [false, true])
    func finishingOnBothCoresIndexesAsBuildDoes(withRepeats: Bool) {
        var builder = MapBuilder()
        let ids = (0..<300).map { builder.node(titled: "N\($0)", kind: .statement, at: here) }
        var related = 0
        func relate(_ from: Int, _ kind: RelationKind, _ to: Int) {
            builder.relate(ids[from], kind, ids[to], at: here)
            related += 1
        }
        let kinds: [RelationKind] = [.support, .attack, .undercut]
        for index in ids.indices where index > 0 {
            relate(index, kinds[index % 3], (index * 7) % index)
            if index % 5 == 0 { relate(index, .attack, (index * 13) % 300) }
            if withRepeats && index % 11 == 0 { relate(index, kinds[index % 3], (index * 7) % index) }
        }
        relate(299, .attack, 298)
        relate(298, .attack, 299)
        let built = builder.build()
        for minimum in [0, Int.max] {
            var copy = builder
            let finished = copy.finish(bothCoresFrom: minimum)
            #expect(finished.relations == built.relations)
            #expect(ids.allSatisfy { finished.incoming($0) == built.incoming($0) && finished.outgoing($0) == built.outgoing($0) })
            #expect(finished.roots == built.roots)
            #expect(finished.cycles == built.cycles)
        }
        #expect((built.relations.count < related) == withRepeats)
    }

    /// Texts are kept end to end in chunks a builder shares between its nodes; each reads back
    /// as given, the same text given again replaces nothing, and nodes compare by their texts' bytes.
    @Test func textsKeptTogetherReadBackAsGiven() {
        var builder = MapBuilder()
        let texts = (0..<3_000).map { "Text \($0) " + String(repeating: "é", count: $0 % 40) }
        for (index, text) in texts.enumerated() {
            let node = builder.node(titled: "N\(index)", kind: .statement, at: here)
            builder.define(node, text: text, at: here, section: nil)
            builder.define(node, text: text, at: here, section: nil)
            builder.define(node, text: "", at: here, section: nil)
        }
        #expect(builder.replacedTexts.isEmpty)
        let map = builder.build()
        #expect(map.nodes.map(\.text) == texts)
        #expect(map.nodes.filter(\.hasText).count == texts.count)
        let bytes = map.nodes[2].withTextUTF8 { Array($0) }
        #expect(bytes == Array(texts[2].utf8))
        var copy = map.nodes[1]
        #expect(copy == map.nodes[1])
        copy.text = texts[1]
        #expect(copy == map.nodes[1] && copy.hashValue == map.nodes[1].hashValue)
        copy.text = ""
        #expect(copy != map.nodes[1] && !copy.hasText && copy.text.isEmpty)
    }

    /// A builder is a value: two copies given texts at once, on two threads, each keep their own.
    @Test func copiesOfABuilderKeepTheirOwnTexts() {
        var builder = MapBuilder()
        let ids = (0..<100_000).map { builder.node(titled: "N\($0)", kind: .statement, at: here) }
        builder.define(ids[0], text: "the first, given before the copies", at: here, section: nil)
        // Each thread changes only its own copy, through a buffer the two share.
        nonisolated(unsafe) let copies = UnsafeMutableBufferPointer<MapBuilder>.allocate(capacity: 2)
        defer { copies.deallocate() }
        _ = copies.initialize(from: [builder, builder])
        DispatchQueue.concurrentPerform(iterations: 2) { copy in
            for id in ids.dropFirst() {
                copies[copy].define(id, text: "copy \(copy) gives node \(id.index) this text", at: here, section: nil)
            }
        }
        for copy in 0..<2 {
            let map = copies[copy].build()
            let wrong = ids.dropFirst().filter { map[$0].text != "copy \(copy) gives node \($0.index) this text" }
            #expect(wrong.isEmpty)
            #expect(map[ids[0]].text == "the first, given before the copies")
        }
        _ = copies.deinitialize()
    }

    @Test func rootsChildrenAndSharedNodes() {
        var builder = MapBuilder()
        let thesis = builder.node(titled: "T", kind: .statement, at: here)
        let other = builder.node(titled: "U", kind: .statement, at: here)
        let reason = builder.node(titled: "R", kind: .statement, at: here)
        builder.relate(reason, .support, thesis, at: here)
        builder.relate(reason, .attack, other, at: here)
        let map = builder.build()
        #expect(map.roots == [thesis, other])
        #expect(map.incoming(thesis).map(\.from) == [reason])
        #expect(map.outgoing(reason).map(\.to) == [thesis, other])
        #expect(map.isShared(reason))
        #expect(!map.isShared(thesis))
        #expect(map.theses == [thesis, other])
        #expect(map.cycles.isEmpty)
    }

    @Test func aPureCycleStillGetsARootAndIsReported() {
        var builder = MapBuilder()
        let a = builder.node(titled: "A", kind: .statement, at: here)
        let b = builder.node(titled: "B", kind: .statement, at: here)
        let c = builder.node(titled: "C", kind: .statement, at: here)
        builder.relate(a, .attack, b, at: here)
        builder.relate(b, .attack, a, at: here)
        builder.relate(c, .support, c, at: here)
        let map = builder.build()
        #expect(map.roots == [a, c])
        #expect(map.cycles == [[a, b], [c]])
    }

    @Test func citationsComeOutOfData() {
        var builder = MapBuilder()
        let node = builder.node(titled: "E", kind: .statement, at: here)
        let problems = builder.addData([
            DataEntry("source", .string("report")), DataEntry("quote", .string("exact words")),
            DataEntry("cites", .list([.map([DataEntry("source", .string("thread"))])])),
            DataEntry("weight", .number(0.7)),
        ], to: node, at: here)
        let map = builder.build()
        #expect(map[node].citations.map(\.quote) == ["exact words"])
        #expect(map[node].data == [DataEntry("weight", .number(0.7))])
        #expect(problems.count == 1)
        #expect(problems.first?.description == "t.argdown:1:1: error: item 1 of `cites` names a source but no quote; add `quote: \"exact words\"`")
    }

    /// The same quote cited twice is kept once, whether a node has a few citations or thousands
    /// (which are told apart through a set rather than pair by pair).
    @Test(arguments: [3, 5_000])
    func aQuoteCitedTwiceIsKeptOnce(count: Int) {
        var builder = MapBuilder()
        let node = builder.node(titled: "E", kind: .statement, at: here)
        func cite(_ number: Int, prefix: String? = nil) -> DataValue {
            var entries = [DataEntry("source", .string("report")), DataEntry("quote", .string("words \(number)"))]
            if let prefix { entries.append(DataEntry("prefix", .string(prefix))) }
            return .map(entries)
        }
        let items = (0..<count).map { cite($0) } + [cite(0), cite(1, prefix: "before")]
        builder.addData([DataEntry("cites", .list(items))], to: node, at: here)
        builder.addData([DataEntry("cites", .list([cite(2), cite(count)]))], to: node, at: here)
        let quotes = builder.build()[node].citations.map { $0.quote + ($0.prefix.map { " after " + $0 } ?? "") }
        #expect(quotes == (0..<count).map { "words \($0)" } + ["words 1 after before", "words \(count)"])
    }

    @Test func controlCharactersAreShownEscaped() {
        #expect("a\u{1B}[2Jb\u{7}\u{202E}".terminalSafe == "a\\e[2Jb\\u{7}\\u{202E}")
        #expect("plain 漢字".terminalSafe == "plain 漢字")
    }
}

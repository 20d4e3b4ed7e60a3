import Testing
@testable import ArgumentMap

/// `CitationData` reads one-citation data straight from its bytes; whatever it takes must read
/// exactly as through `DataReader` and `Citation.citations`, and the rest must be left to them.
@Suite struct CitationDataTests {
    private static let keys = [
        "source", "quote", "prefix", "suffix", "source ", "sources", "weight", "cites", "'source'", "\"quote\"", "Quote", "quote\t",
    ]
    private static let values = [
        "corpus", "\"finding 2 of the corpus\"", "\"a \\\"b\\\"\"", "true", "True", "FALSE", "null", "Null", "~", "12", "-3", "1.5",
        "yes", "No", "on", "y", "N", "nULL", ".inf", "+1", "x: y", "x:y", "a #b", "a#b", "\"\"", "\" lead\"", "'single'", "[a]",
        "{a: b}", "https://x.org/a?b=c", "ünï", "Ünï", "ÿes", "sp ace", "trail  ", "\"tab\there\"", "\"ünï\"", "\"\\u00e9\"", "",
        "report", "web", "a",
    ]
    private static let separators = [", ", ",", " , ", ",  ", " ,"]

    /// A data element made of a few keys and values picked at random, most of them a citation's.
    private static func randomData(_ random: inout SplitMix64) -> String {
        func pick(_ list: [String]) -> String { list[Int(random.next() % UInt64(list.count))] }
        var names = ["source", "quote", "prefix", "suffix"].filter { $0 == "source" || $0 == "quote" || random.next() % 2 == 0 }
        names.shuffle(using: &random)
        if random.next() % 3 == 0 { names[Int(random.next() % UInt64(names.count))] = pick(keys) }
        if random.next() % 6 == 0 { names.append(pick(keys)) }
        let fields = names.map { name in
            let value = random.next() % 3 == 0 ? pick(values) : pick(["corpus", "\"finding 2 of the corpus\"", "report", "\"w\""])
            return name + (random.next() % 12 == 0 ? ":" : ": ") + value
        }
        let open = random.next() % 4 == 0 ? "{ " : "{"
        let close = random.next() % 4 == 0 ? " }" : "}"
        var text = open + fields[0]
        for field in fields.dropFirst() { text += pick(separators) + field }
        return text + close
    }

    @Test func whatItTakesReadsAsTheGeneralPathReadsIt() {
        var random = SplitMix64(seed: 7)
        var taken = 0
        var left = 0
        let location = SourceLocation(file: "t.argdown", line: 1, column: 8)
        for _ in 0..<6000 {
            let data = Self.randomData(&random)
            let bytes = Array(data.utf8)
            guard let fast = bytes.withUnsafeBufferPointer(CitationData.read) else {
                left += 1
                continue
            }
            taken += 1
            let element = LineLexer.DataText(bytes: bytes, line: 1, column: 8, isBlock: false, maxDepth: 1)
            let (entries, problems) = DataReader.entries(of: element, file: SourceLocation.File("t.argdown"))
            let (citations, citationProblems) = Citation.citations(in: entries, at: location)
            #expect(problems.isEmpty && citationProblems.isEmpty, "\(data)")
            #expect(entries.allSatisfy { Citation.isDataKey($0.key) }, "\(data)")
            func string(_ range: Range<Int>?) -> String? { range.map { String(decoding: bytes[$0], as: UTF8.self) } }
            let expected = Citation(
                source: string(fast.source)!, quote: string(fast.quote)!, prefix: string(fast.prefix), suffix: string(fast.suffix),
                location: location)
            #expect(citations == [expected], "\(data)")
            let parsed = ParsedArgdown("[a]: x \(data)")
            #expect(parsed.diagnostics.isEmpty, "\(data)")
            #expect(parsed["[a]"]?.citations == [expected], "\(data)")
            #expect(parsed["[a]"]?.data == [], "\(data)")
        }
        #expect(taken > 1000)
        #expect(left > 1000)
    }

    @Test(arguments: [
        (#"{source: corpus, quote: "finding 2 of the corpus"}"#, "corpus", "finding 2 of the corpus", nil, nil),
        (#"{ quote: "w x",source: report , prefix: "before", suffix: after }"#, "report", "w x", "before", "after"),
        (#"{source : a b, quote: plain words}"#, "a b", "plain words", nil, nil),
    ] as [(String, String, String, String?, String?)])
    func oneCitationOnOneLineIsTaken(data: String, source: String, quote: String, prefix: String?, suffix: String?) throws {
        let bytes = Array(data.utf8)
        let fast = try #require(bytes.withUnsafeBufferPointer(CitationData.read))
        func string(_ range: Range<Int>?) -> String? { range.map { String(decoding: bytes[$0], as: UTF8.self) } }
        #expect(string(fast.source) == source)
        #expect(string(fast.quote) == quote)
        #expect(string(fast.prefix) == prefix)
        #expect(string(fast.suffix) == suffix)
    }

    @Test(arguments: [
        #"{source: corpus}"#, #"{quote: "words"}"#, #"{source: a, quote: "w", source: b}"#, #"{source: a, quote: "w", weight: 1}"#,
        #"{source: a, quote: " w"}"#, #"{source: a, quote: ""}"#, #"{source: 12, quote: "w"}"#, #"{source: yes, quote: "w"}"#,
        #"{source: a, quote: "w \"x\""}"#, #"{source: a, quote: 'w'}"#, #"{source: a, quote: "w",}"#, #"{source: a, quote: "w"} x"#,
        #"{cites: [{source: a, quote: "w"}]}"#, #"{source: a, quote: w #tag}"#, "{source: a, quote: \"w\n\"}", #"{source:a, quote: "w"}"#,
    ])
    func anythingElseIsLeftToTheGeneralPath(data: String) {
        #expect(Array(data.utf8).withUnsafeBufferPointer(CitationData.read) == nil)
    }
}

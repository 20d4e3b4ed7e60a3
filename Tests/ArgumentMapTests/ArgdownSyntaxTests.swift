import Foundation
import Testing
@testable import ArgumentMap

/// A map read from Argdown text, with what a test needs to ask of it.
struct ParsedArgdown {
    let map: ArgumentMap
    let diagnostics: [Diagnostic]

    init(_ text: String) {
        (map, diagnostics) = ArgdownReader.read(text, file: "t.argdown")
    }

    init(bytes: [UInt8]) {
        (map, diagnostics) = ArgdownReader.read(bytes: bytes, file: "t.argdown")
    }

    init(_ read: (map: ArgumentMap, diagnostics: [Diagnostic])) {
        (map, diagnostics) = read
    }

    /// `[Title]` or `<Title>`.
    subscript(_ name: String) -> Node? {
        map.node(titled: name).map { map[$0] }
    }

    /// Each relation as `[from] kind [to]`, in the order written.
    var relations: [String] {
        map.relations.map { "\(name(map[$0.from])) \($0.kind.rawValue) \(name(map[$0.to]))" }
    }

    var errors: [String] { diagnostics.filter { $0.severity == .error }.map(\.description) }
    var warnings: [String] { diagnostics.filter { $0.severity == .warning }.map(\.description) }

    private func name(_ node: Node) -> String {
        node.kind == .statement ? "[\(node.title)]" : "<\(node.title)>"
    }
}

@Suite struct ArgdownSyntaxTests {
    @Test func statementAndArgumentDefinitionsAndReferences() {
        let parsed = ParsedArgdown("""
        [Thesis]: Scaling has stalled.

        <Data wall>: High-quality data ran out.

        [Thesis]
          + <Data wall>
        """)
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed["[Thesis]"]?.text == "Scaling has stalled.")
        #expect(parsed["<Data wall>"]?.text == "High-quality data ran out.")
        #expect(parsed["[Thesis]"]?.location.line == 1)
        #expect(parsed.relations == ["<Data wall> support [Thesis]"])
        #expect(parsed.map.nodes.count == 2)
    }

    @Test func statementsAndArgumentsAreSeparateNamespaces() {
        let parsed = ParsedArgdown("""
        [Same]: a statement

        <Same>: an argument
        """)
        #expect(parsed["[Same]"]?.text == "a statement")
        #expect(parsed["<Same>"]?.text == "an argument")
    }

    /// As in Argdown, where a title's last definition is the one its map shows.
    @Test func theLastDefinitionsTextWinsWithAWarningAndTagsMerge() {
        let parsed = ParsedArgdown("""
        [A]

        [A]: first text #one

        [A]: second text #two

        [A]: second text
        """)
        #expect(parsed.map.nodes.count == 1)
        #expect(parsed["[A]"]?.text == "second text")
        #expect(parsed["[A]"]?.tags == ["one", "two"])
        #expect(parsed["[A]"]?.location.line == 5)
        #expect(parsed.warnings == ["t.argdown:5:1: warning: [A] is defined again with another text than on line 3; as in Argdown, the later text is the one read; give one of them another title if they say different things"])
    }

    @Test func textContinuesOverLinesUntilAnEmptyLine() {
        let parsed = ParsedArgdown("""
        [God]: There is a god.
            + <Teleological Proof>:
              Since the world is
              intelligently designed,
              there is a creator.
        """)
        #expect(parsed["<Teleological Proof>"]?.text == "Since the world is intelligently designed, there is a creator.")
        #expect(parsed.relations == ["<Teleological Proof> support [God]"])
    }

    @Test func untitledStatementsGetNumberedTitles() {
        let parsed = ParsedArgdown("""
        This is a statement.

        [Untitled 1]: taken already

        s1
            + an untitled reason
        """)
        let titles = parsed.map.nodes.map(\.title)
        #expect(titles == ["Untitled 1", "Untitled 2", "Untitled 3"])
        #expect(parsed.map.nodes[0].text == "taken already")
        #expect(parsed.relations == ["[Untitled 3] support [Untitled 2]"])
        #expect(parsed["[Untitled 2]"]?.text == "s1")
    }

    @Test func mentionsStayInTheTextAndMakeNoRelation() {
        let parsed = ParsedArgdown("""
        [Slogan]: God is dead.

        [Doubt]: I do not think @[Slogan] or @<Proof> makes sense.
        """)
        #expect(parsed["[Doubt]"]?.text == "I do not think @[Slogan] or @<Proof> makes sense.")
        #expect(parsed.map.relations.isEmpty)
        #expect(parsed["<Proof>"] == nil)
    }

    @Test(arguments: [
        ("+", "[child] support [parent]"), ("<+", "[child] support [parent]"), ("+>", "[parent] support [child]"),
        ("-", "[child] attack [parent]"), ("<-", "[child] attack [parent]"), ("->", "[parent] attack [child]"),
        ("><", "[child] contradiction [parent]"),
    ])
    func relationSymbolsBetweenStatements(symbol: String, expected: String) {
        let parsed = ParsedArgdown("[parent]: p\n    \(symbol) [child]: c")
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.relations == [expected])
    }

    @Test(arguments: [("_", "<child> undercut <parent>"), ("<_", "<child> undercut <parent>"), ("_>", "<parent> undercut <child>")])
    func undercutsBetweenArguments(symbol: String, expected: String) {
        let parsed = ParsedArgdown("<parent>: p\n    \(symbol) <child>: c")
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.relations == [expected])
    }

    @Test func undercuttingAStatementIsReadAsAnAttackWithAWarning() {
        let parsed = ParsedArgdown("[claim]: c\n    _ <objection>: o")
        #expect(parsed.relations == ["<objection> attack [claim]"])
        #expect(parsed.warnings.count == 1)
        #expect(parsed.warnings.first?.hasPrefix("t.argdown:2:5: warning: undercut") == true)
    }

    @Test func nestingFollowsIndentation() {
        let parsed = ParsedArgdown("""
        [s1]
            + <a>
                - <b>
                    + <c>
                + <d>
            - <e>
        """)
        #expect(parsed.errors.isEmpty)
        #expect(parsed.relations == [
            "<a> support [s1]", "<b> attack <a>", "<c> support <b>", "<d> support <a>", "<e> attack [s1]",
        ])
    }

    @Test func dedentToAWidthNotSeenBeforeJoinsTheNearestShallowerLevel() {
        // Levels open at 0, 4 and 8; a line at 6 closes the 8 level and is read at 4, as Argdown does.
        let parsed = ParsedArgdown("""
        [root]
            + [a]
                + [b]
              + [c]
                + [d]
        """)
        #expect(parsed.relations == ["[a] support [root]", "[b] support [a]", "[c] support [root]", "[d] support [c]"])
        let indentation = parsed.warnings.filter { $0.contains("indentation") }
        #expect(indentation.count == 1)
        #expect(indentation.first?.contains("t.argdown:4:7: warning: indentation of 6 columns matches no open level") == true)
    }

    @Test func aCycleInOneTreeIsAllowed() {
        let parsed = ParsedArgdown("<a>\n    - <b>\n        + <c>\n            - <a>")
        #expect(parsed.relations == ["<b> attack <a>", "<c> support <b>", "<a> attack <c>"])
        #expect(parsed.map.cycles.count == 1)
    }

    @Test func headingsMakeNestedSectionsAndNodesGetTheInnermost() {
        let parsed = ParsedArgdown("""
        # H1 #tag {isGroup: true}

        <A1>: one

        ## H2

        [S1]: two

        ## H3

        ### H4

        [S2]: three

        # H5

        [S1]: defined again
        """)
        let sections = parsed.map.sections
        #expect(sections.map(\.title) == ["H1", "H2", "H3", "H4", "H5"])
        #expect(sections.map(\.level) == [1, 2, 2, 3, 1])
        #expect(sections.map { $0.parent?.offset } == [nil, 0, 0, 2, nil])
        #expect(sections[0].tags == ["tag"])
        #expect(sections[0].data["isGroup"] == .bool(true))
        #expect(parsed["<A1>"]?.section?.offset == 0)
        #expect(parsed["[S1]"]?.section?.offset == 1)
        #expect(parsed["[S2]"]?.section?.offset == 3)
    }

    @Test func tagsOnStatementsArgumentsAndReferences() {
        let parsed = ParsedArgdown("""
        This is a statement categorized
        by three tags.
        #hyphenized-tag #another_tag
        #(bracketed tag!)

        <Arg>: text #deism

        [Ref] #atheism #nietzsche

        A #tag amid the text stays a word. #end
        """)
        #expect(parsed.map.nodes[0].text == "This is a statement categorized by three tags.")
        #expect(parsed.map.nodes[0].tags == ["hyphenized-tag", "another_tag", "bracketed tag!"])
        #expect(parsed["<Arg>"]?.tags == ["deism"])
        #expect(parsed["[Ref]"]?.tags == ["atheism", "nietzsche"])
        #expect(parsed.map.nodes.last?.text == "A #tag amid the text stays a word.")
        #expect(parsed.map.nodes.last?.tags == ["tag", "end"])
        #expect(parsed["[Ref]"]?.isDefined == false)
        #expect(parsed.warnings == ["t.argdown:8:1: warning: [Ref] is referred to but never defined; define it with `[Ref]: text`"])
    }

    @Test func inlineDataKeepsKeyOrderAndBecomesCitations() {
        let parsed = ParsedArgdown("""
        [Data wall]: Data ran short. {source: report, quote: "high-quality data constraints", weight: 0.7, tags: [a, 'b c'], ok: true, none: null}
        """)
        let node = parsed["[Data wall]"]
        #expect(parsed.diagnostics.isEmpty)
        #expect(node?.text == "Data ran short.")
        #expect(node?.citations.map(\.quote) == ["high-quality data constraints"])
        #expect(node?.citations.first?.location == SourceLocation(file: "t.argdown", line: 1, column: 30))
        #expect(node?.data.map(\.key) == ["weight", "tags", "ok", "none"])
        #expect(node?.data["weight"] == .number(0.7))
        #expect(node?.data["tags"] == .list([.string("a"), .string("b c")]))
        #expect(node?.data["ok"] == .bool(true))
        #expect(node?.data["none"] == .null)
    }

    @Test(arguments: [
        (#"Text. #a #b"#, "Text.", ["a", "b"]) as (String, String, [String]),
        (#"Text.  #ünï-cödé_x  "#, "Text.", ["ünï-cödé_x"]),
        (#"Text.#a"#, "Text.#a", []),
        (#"Text. #a."#, "Text. #a.", ["a"]),
        (##"Text. \#a"##, "Text. #a", []),
        (#"Text. ##a"#, "Text. ##a", []),
        (#"Text *here*. #a"#, "Text here.", ["a"]),
        (#"#only #tags"#, "", ["only", "tags"]),
    ])
    func tagsThatEndATextAreTakenOutOfIt(written: String, text: String, tags: [String]) {
        let parsed = ParsedArgdown("[T]: \(written)")
        #expect(parsed["[T]"]?.text == text)
        #expect(parsed["[T]"]?.tags == tags)
    }

    @Test func quotedDataKeepsEscapedQuotesAndBackslashesAndTextKeepsItsOwnSpacing() {
        let parsed = ParsedArgdown(#"""
        [Escapes]: Two  spaces,  then  data. {said: "a \"b\" \\ c", plain: "no escapes here", empty: ""}
        """#)
        let node = parsed["[Escapes]"]
        #expect(parsed.diagnostics.isEmpty)
        #expect(node?.text == "Two spaces, then data.")
        #expect(node?.data["said"] == .string(#"a "b" \ c"#))
        #expect(node?.data["plain"] == .string("no escapes here"))
        #expect(node?.data["empty"] == .string(""))
    }

    @Test(arguments: [
        (#"{source: report, quote: "exact words", weight: 0.7}"#, true),
        (#"{a: 1, b: -2, c: 3.25, d: true, e: False, f: null, g: ~, h: plain words here}"#, true),
        (#"{list: [1, two, "three", 'it''s'], nested: {x: [a, {y: z}]}, empty: [], none: {}}"#, true),
        (#"{quote: "say \"hi\" \\ done", 'key with space': v, url: https://example.org/a?b=c}"#, true),
        (#"{n: 012, m: 1e5, o: yes, p: 2024-01-02, q: 1_000, r: .5, s: "a: b"}"#, false),
    ])
    func fastDataPathAgreesWithYams(data: String, takesFastPath: Bool) {
        let location = SourceLocation(file: "t.argdown", line: 1, column: 1)
        let yams = DataReader.mapping(yaml: Array(data.utf8), line: 1, column: 1, file: "t.argdown", at: location)
        #expect(yams.problems.isEmpty)
        let fast = FlowDataParser.entries(Array(data.utf8))
        #expect((fast != nil) == takesFastPath)
        if let fast { #expect(fast == yams.entries) }
        #expect(ParsedArgdown("[a]: x \(data)")["[a]"]?.data.count == yams.entries.filter { !Citation.dataKeys.contains($0.key) }.count)
    }

    @Test func dataOverSeveralLinesAndInBlockFormat() {
        let parsed = ParsedArgdown("""
        [Slogan]: God is dead.
        {sources: [
            "Nietzsche, Zarathustra",
            "Mainländer"
        ]}

        [Slogan] {
        links:
            - https://example.org/a
            - https://example.org/b
        year: 1882
        }
        """)
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed["[Slogan]"]?.data.map(\.key) == ["sources", "links", "year"])
        #expect(parsed["[Slogan]"]?.data["sources"] == .list([.string("Nietzsche, Zarathustra"), .string("Mainländer")]))
        #expect(parsed["[Slogan]"]?.data["links"]?.list?.count == 2)
        #expect(parsed["[Slogan]"]?.data["year"] == .number(1882))
        #expect(parsed["[Slogan]"]?.text == "God is dead.")
    }

    @Test func severalCitationsThroughCites() {
        let parsed = ParsedArgdown("""
        [Claim]: text {cites: [{source: a, quote: "one"}, {source: b, quote: "two", prefix: "x"}]}
        """)
        #expect(parsed["[Claim]"]?.citations.map(\.source) == ["a", "b"])
        #expect(parsed["[Claim]"]?.citations.last?.prefix == "x")
    }

    @Test func frontMatterAndSources() {
        let parsed = ParsedArgdown("""
        ===
        title: The debate
        sources:
          report: {file: sources/report.txt, title: The report}
          thread: sources/thread.txt
        ===

        [A]: text
        """)
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.map.title == "The debate")
        #expect(parsed.map.sources.map(\.id) == ["report", "thread"])
        #expect(parsed.map.sources.first?.file == "sources/report.txt")
        #expect(parsed["[A]"]?.location.line == 8)
        let afterBlankLines = ParsedArgdown("\n  \n===\ntitle: Late\n===\n[B]: b")
        #expect(afterBlankLines.diagnostics.isEmpty)
        #expect(afterBlankLines.map.title == "Late")
        #expect(afterBlankLines["[B]"]?.location.line == 6)
    }

    @Test func commentsOfEveryKindAreIgnored() {
        let parsed = ParsedArgdown("""
        <A1>: text // a line comment

        /*
        A C-style

        multiline comment [Hidden]: no
        */

        <a>: <!-- comments may appear anywhere
        inside block elements -->
        Now comes the description. /* inline */ End.
            + [b]: see https://example.org/x // trailing
        [c]: quoted {quote: "not // a comment", source: s}
        """)
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed["<A1>"]?.text == "text")
        #expect(parsed["[Hidden]"] == nil)
        #expect(parsed["<a>"]?.text == "Now comes the description. End.")
        #expect(parsed["[b]"]?.text == "see https://example.org/x")
        #expect(parsed["[c]"]?.citations.first?.quote == "not // a comment")
        #expect(parsed.map.nodes.count == 4)
    }

    @Test func aCommentLineIsNotAnEmptyLine() {
        let parsed = ParsedArgdown("[a]: x\n// a note\n    + [b]: y\n    /* more\n    notes */\n    - [c]: z")
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.relations == ["[b] support [a]", "[c] attack [a]"])
    }

    @Test func boldItalicLinksAndEscapesKeptAsText() {
        let parsed = ParsedArgdown("""
        [T]: **Some** intelligent __being__ *has* _to_ be
        [here](https://en.wikipedia.org/wiki/Intelligent_design), snake_case stays,
        2 * 3 stays, \\[not a title\\], \\#not-a-tag, \\+ and \\*literal\\*.
        """)
        #expect(parsed["[T]"]?.text == "Some intelligent being has to be [here](https://en.wikipedia.org/wiki/Intelligent_design), snake_case stays, 2 * 3 stays, [not a title], #not-a-tag, + and *literal*.")
        #expect(parsed["[T]"]?.tags == [])
    }

    @Test func symbolsNeedASpaceOrATitleAfterThem() {
        let parsed = ParsedArgdown("[a]: x\n    +[b]\n    -<c>\n    -5 degrees and _italic_ are text")
        #expect(parsed.relations == ["[b] support [a]", "<c> attack [a]"])
        #expect(parsed["<c>"]?.text == "-5 degrees and italic are text")
    }

    @Test func escapedRelationSymbolIsText() {
        let parsed = ParsedArgdown("[a]: x\n    \\+ not a relation")
        #expect(parsed.map.relations.isEmpty)
        #expect(parsed["[a]"]?.text == "x + not a relation")
    }

    @Test func listsMakeOneStatementPerItem() {
        let parsed = ParsedArgdown("""
        # The central statements

        * [Slogan]: God is dead.
        * [Design]: The world is
          intelligently designed
        1. [Idea]: We have the idea.
        2. Untitled item
        """)
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed["[Slogan]"]?.text == "God is dead.")
        #expect(parsed["[Design]"]?.text == "The world is intelligently designed")
        #expect(parsed["[Idea]"]?.text == "We have the idea.")
        #expect(parsed.map.nodes.last?.text == "Untitled item")
    }

    @Test func premiseConclusionStructure() {
        let parsed = ParsedArgdown("""
        <Teleological proof>: A sketch.

        (1) [Design]: The world seems designed.
        (2) The best explanation
            is a designer.
        -----
        (3) A designer exists.
        (4) The only designer is God.
        -- Modus ponens, Universal instantiation --
        (5) [God]: God exists.
        """)
        #expect(parsed.diagnostics.isEmpty)
        let argument = parsed["<Teleological proof>"]
        let inference = argument?.inference
        #expect(inference?.steps.count == 5)
        #expect(inference?.steps.map(\.isDerived) == [false, false, true, false, true])
        #expect(inference?.steps.last?.rules == ["Modus ponens", "Universal instantiation"])
        #expect(parsed.map.nodes.first { $0.title == "Untitled 1" }?.text == "The best explanation is a designer.")
        #expect(parsed.relations == [
            "[Design] premise <Teleological proof>", "[Untitled 1] premise <Teleological proof>",
            "[Untitled 3] premise <Teleological proof>", "<Teleological proof> support [God]",
        ])
    }

    @Test func expandedInferenceWithRulesAndDataOnTheirOwnLines() {
        let parsed = ParsedArgdown("""
        <Socrates>

        (1) All humans are mortal.
        (2) Socrates is a human.
        --
        Universal instantiation, Modus Ponens
        {uses: [1,2], logic: ["deductive", "predicate logic"]}
        --
        (3) [Mortal]: Socrates is mortal.
        """)
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed["<Socrates>"]?.inference?.steps.last?.rules == ["Universal instantiation", "Modus Ponens"])
        #expect(parsed["<Socrates>"]?.inference?.conclusion == parsed.map.node(titled: "[Mortal]"))
    }

    @Test func structureWithoutAnArgumentIsAnUntitledArgument() {
        let parsed = ParsedArgdown("(1) s1\n(2) s2\n----\n(3) s3")
        #expect(parsed.diagnostics.isEmpty)
        let argument = parsed.map.nodes.first { $0.kind == .argument }
        #expect(argument?.title == "Untitled 1")
        #expect(argument?.inference?.premises.count == 2)
    }

    @Test func relationsBelowStructureStatementsAndInferences() {
        let parsed = ParsedArgdown("""
        <a>

        (1) s1
            <- <b>
        (2) s2
        -----
            <_ <c>
        (3) [s3]
            +> <d>
        """)
        #expect(parsed.errors.isEmpty)
        #expect(parsed.relations.contains("<b> attack [Untitled 1]"))
        #expect(parsed.relations.contains("<c> undercut <a>"))
        #expect(parsed.relations.contains("[s3] support <d>"))
        #expect(parsed.relations.contains("<a> support [s3]"))
    }

    @Test func theReadmeExampleReads() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try #require(text.range(of: "```argdown\n"))
        let end = try #require(text.range(of: "```", range: start.upperBound..<text.endIndex))
        let parsed = ParsedArgdown(String(text[start.upperBound..<end.lowerBound]))
        #expect(parsed.errors.isEmpty)
        #expect(parsed.warnings == ["t.argdown:13:8: warning: [Post-training] is referred to but never defined; define it with `[Post-training]: text`"])
        #expect(parsed.relations == [
            "[Data wall] support [Plateau]", "<Compute still pays> attack [Plateau]", "<Diminishing> undercut <Compute still pays>",
            "[Plateau] support [Post-training]", "[Cost] premise <Diminishing>", "[Untitled 1] premise <Diminishing>",
            "<Diminishing> support [Plateau]",
        ])
        #expect(parsed["[Data wall]"]?.citations.first?.quote == "data constraints hit ~2024")
        #expect(parsed.map.sections.first?.title == "Scaling")
        #expect(parsed.map.sources.first?.id == "report")
    }

    @Test func aCommentAtTheStartOfALineDoesNotIndentIt() {
        let parsed = ParsedArgdown("/* note */ [a]: x\n  + [b]: y")
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.relations == ["[b] support [a]"])
    }

    @Test func definitionsWithoutAnEmptyLineBetweenThemStartNewStatements() {
        let parsed = ParsedArgdown("[a]: one\n[b]: two\n<c>\n    + [a]")
        #expect(parsed["[a]"]?.text == "one")
        #expect(parsed["[b]"]?.text == "two")
        #expect(parsed.relations == ["[a] support <c>"])
    }
}

import Testing
@testable import ArgumentMap

/// Malformed input: every problem reported at once, each at its file, line and column.
@Suite struct ArgdownDiagnosticsTests {
    @Test func unclosedDataBraceBeforeAnEmptyLine() {
        let parsed = ParsedArgdown("[a]: x {source: r, quote: \"y\"\n\n[b]: z")
        #expect(parsed.errors == ["t.argdown:1:8: error: data `{` is not closed before the empty line 2; close it with `}` (data may not contain empty lines)"])
        #expect(parsed["[a]"]?.text == "x")
        #expect(parsed["[b]"]?.text == "z")
    }

    @Test func aListLeftOpenInsideDataIsTheBracketReported() {
        #expect(ParsedArgdown("[A]: a {key: [1, 2}").errors == ["t.argdown:1:14: error: data `[` is never closed; close it with `]`"])
        #expect(ParsedArgdown("[é]: a {k: \"é}\", key: [1, 2}").errors == ["t.argdown:1:23: error: data `[` is never closed; close it with `]`"])
        #expect(ParsedArgdown("[A]: a {\n  key: [1,\n   2}\n\n[B]: b").errors == [
            "t.argdown:1:8: error: data `[` on line 2 is not closed before the empty line 4; close it with `]` (data may not contain empty lines)",
        ])
    }

    @Test func frontMatterLeftOpenIsReportedWhereTheOpenPartStarts() {
        #expect(ParsedArgdown("===\ntitle: [unclosed\n===\n[A]: a").errors == [
            "t.argdown:2:8: error: malformed data (YAML): did not find expected ',' or ']' while parsing a flow sequence that starts here; check the brackets, quotes and the space after each colon",
        ])
        #expect(ParsedArgdown("===\ntitle: \"open\nx: 1\n===\n[A]: a").errors == [
            "t.argdown:2:8: error: malformed data (YAML): found unexpected end of stream while scanning a quoted scalar that starts here; check the brackets, quotes and the space after each colon",
        ])
    }

    @Test func aTitleBracketLeftOpenIsReportedWhereItOpens() {
        let parsed = ParsedArgdown("[a]: x\n  + [Data ran short: y\n  - <B: b\n  - < 5% of runs\n  + [c]: d [e] f")
        #expect(parsed.warnings == [
            "t.argdown:2:5: warning: `[` is not closed on this line, so it is read as text of an untitled statement; write `]` after the title (`[Title]: text`)",
            "t.argdown:3:5: warning: `<` is not closed on this line, so it is read as text of an untitled statement; write `>` after the title (`<Title>: text`)",
        ])
        #expect(parsed["[Untitled 1]"]?.text == "[Data ran short: y")
    }

    @Test func anArgumentTitleLeftOpenWithoutAColonIsReportedToo() {
        let parsed = ParsedArgdown("[a]: x\n  + <Arg title text\n  - <3 text\n\n<Ünïcode title\n")
        #expect(parsed.warnings == [
            "t.argdown:2:5: warning: `<` is not closed on this line, so it is read as text of an untitled statement; write `>` after the title (`<Title>: text`)",
            "t.argdown:5:1: warning: `<` is not closed on this line, so it is read as text of an untitled statement; write `>` after the title (`<Title>: text`)",
        ])
    }

    @Test func aQuoteLeftOpenInDataEndsWithItsLineAndTheNextLinesAreRead() {
        let parsed = ParsedArgdown("[a]: x {source: r, quote: \"y}\n[b]: z\n  + [c]: w {k: 1,\n  j: 'open}\n[d]: v {k: \"closed\"}\n")
        #expect(parsed.errors == [
            "t.argdown:1:27: error: a quoted string in data is not closed on its line, so the data is left out; close the quote on the same line (data strings cannot span lines)",
            "t.argdown:4:6: error: a quoted string in data is not closed on its line, so the data is left out; close the quote on the same line (data strings cannot span lines)",
        ])
        #expect(parsed.map.nodes.map(\.text) == ["x", "z", "w", "v"])
        #expect(parsed.relations == ["[c] support [b]"])
        #expect(parsed["[d]"]?.data["k"] == .string("closed"))
    }

    @Test func columnsCountCharactersAsWrittenEvenAfterAComment() {
        let parsed = ParsedArgdown("[é]: /* ünïcödé */ x {quote: \"q\"}")
        #expect(parsed.errors == ["t.argdown:1:22: error: citation has a quote but no source; add `source: ID` naming a source from the front matter"])
    }

    @Test(arguments: ["   ", "\u{2003}\u{00A0}", "\t"])
    func aQuoteOfWhiteSpaceOnlyIsReported(quote: String) {
        let parsed = ParsedArgdown("[a]: x {source: r, quote: \"\(quote)\"}")
        #expect(parsed.errors == ["t.argdown:1:8: error: citation has an empty quote; give the exact words it cites"])
        #expect(parsed["[a]"]?.citations == [])
    }

    @Test func aQuoteThatOpensWithWhiteSpaceIsKept() {
        let parsed = ParsedArgdown("[a]: x {source: r, quote: \" words\"}\n[b]: y {source: r, quote: \"\u{00A0}words\"}")
        #expect(parsed.errors == [])
        #expect(parsed["[a]"]?.citations.map(\.quote) == [" words"])
        #expect(parsed["[b]"]?.citations.map(\.quote) == ["\u{00A0}words"])
    }

    @Test func unclosedDataBraceAtTheEndOfTheFile() {
        let parsed = ParsedArgdown("[a]: x {source: r,\n  quote: y")
        #expect(parsed.errors == ["t.argdown:1:8: error: data `{` is never closed; close it with `}`"])
    }

    @Test func malformedInlineYamlIsReportedWhereItIsInTheFile() {
        let parsed = ParsedArgdown("[a]: x\n\n[b]: y {key: value: other}")
        #expect(parsed.errors.count == 1)
        #expect(parsed.errors.first?.hasPrefix("t.argdown:3:19: error: malformed data (YAML): did not find expected ',' or '}'") == true)
    }

    @Test func malformedBlockYamlIsReportedOnItsOwnLine() {
        let parsed = ParsedArgdown("[a] {\nkey: 1\n  bad: 2\n}")
        #expect(parsed.errors.count == 1)
        #expect(parsed.errors.first?.hasPrefix("t.argdown:") == true)
        #expect(parsed.errors.first?.contains("malformed data (YAML)") == true)
        let line = parsed.diagnostics.first?.location.line ?? 0
        #expect((2...4).contains(line))
    }

    @Test func dataNestedTooDeeplyIsRefused() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let parsed = ParsedArgdown("[a]: x {k: \(deep)}")
        #expect(parsed.errors == ["t.argdown:1:8: error: data is nested more than 64 levels deep; flatten it"])
    }

    @Test func relationWithNoParent() {
        let parsed = ParsedArgdown("+ [orphan]: text\n\n# Heading\n- [another]")
        #expect(parsed.errors == [
            "t.argdown:1:1: error: relation `+` has no parent; write the statement or argument it relates to on the line above, indented less",
            "t.argdown:4:1: error: relation `-` has no parent; write the statement or argument it relates to on the line above, indented less",
        ])
        #expect(parsed["[orphan]"]?.text == "text")
        #expect(parsed.map.relations.isEmpty)
    }

    @Test func relationNotIndentedUnderItsParent() {
        let parsed = ParsedArgdown("[a]: x\n+ [b]: y")
        #expect(parsed.errors == ["t.argdown:2:1: error: relation `+` is not indented under its parent; indent it more than [a] (read as under it)"])
        #expect(parsed.relations == ["[b] support [a]"])
    }

    @Test func relationWithNothingAfterIt() {
        let parsed = ParsedArgdown("[a]: x\n    +")
        #expect(parsed.errors == ["t.argdown:2:5: error: relation `+` has nothing after it; write a statement or argument after the symbol"])
    }

    @Test func emptyTitles() {
        let parsed = ParsedArgdown("[]: some text\n\n<  >: more")
        #expect(parsed.errors == [
            "t.argdown:1:1: error: empty title `[]`; write a title between the brackets, or leave them out for an untitled statement",
            "t.argdown:3:1: error: empty title `<>`; write a title between the brackets, or leave them out for an untitled statement",
        ])
        #expect(parsed.map.nodes.map(\.text) == ["some text", "more"])
    }

    @Test func badPremiseNumbering() {
        let parsed = ParsedArgdown("<A>\n\n(1) a\n(3) b\n----\n(4) c")
        #expect(parsed.errors == ["t.argdown:4:1: error: statement (3) should be numbered (2); number the statements of an argument 1, 2, 3 … in order"])
        #expect(parsed["<A>"]?.inference?.steps.count == 3)
    }

    @Test func structureWithoutConclusionOrWithADanglingInference() {
        let parsed = ParsedArgdown("<A>\n\n(1) a\n(2) b\n\n<B>\n\n(1) a\n----\n")
        #expect(parsed.errors == [
            "t.argdown:3:1: error: premise-conclusion structure of <A> has no conclusion; put an inference line `----` before its last statement",
            "t.argdown:9:1: error: inference line is not followed by a conclusion; add `(2) conclusion` after it",
        ])
        #expect(parsed["<A>"]?.inference == nil)
    }

    @Test func inferenceLineOutsideAStructure() {
        let parsed = ParsedArgdown("[a]: x\n----")
        #expect(parsed.errors == ["t.argdown:2:1: error: inference line `--` outside a premise-conclusion structure; it belongs between numbered statements such as `(1) premise` and `(2) conclusion`"])
    }

    @Test func warningsForUndefinedReferencesEmptyStatementsAndRelationsAfterAnEmptyLine() {
        let parsed = ParsedArgdown("""
        [a]: x
            + <never defined>

            - [b]:
        """)
        #expect(parsed.errors.isEmpty)
        #expect(parsed.warnings == [
            "t.argdown:4:5: warning: relation after an empty line: Argdown ends a relation tree at an empty line; remove the empty line above to keep `-` in the tree (read as if it were)",
            "t.argdown:4:7: warning: empty statement: [b] has a colon but no text; write its text after the colon, or drop the colon to refer to it",
            "t.argdown:2:7: warning: <never defined> is referred to but never defined; define it with `<never defined>: text`",
        ])
        #expect(parsed.relations == ["<never defined> support [a]", "[b] attack [a]"])
    }

    @Test func unclosedCommentAndFrontMatter() {
        let comment = ParsedArgdown("[a]: x /* never\nclosed")
        #expect(comment.errors == ["t.argdown:1:8: error: comment `/*` is never closed; close it with `*/`"])
        #expect(comment["[a]"]?.text == "x")
        let frontMatter = ParsedArgdown("===\ntitle: x\n\n[a]: y")
        #expect(frontMatter.errors == ["t.argdown:1:1: error: front matter `===` is never closed; end it with a line `===`"])
        #expect(frontMatter["[a]"]?.text == "y")
    }

    @Test func malformedFrontMatterAndSources() {
        let parsed = ParsedArgdown("===\ntitle: [x\n===\n\n[a]: y")
        #expect(parsed.errors.count == 1)
        #expect(parsed.errors.first?.contains("malformed data (YAML)") == true)
        #expect(parsed.diagnostics.first.map { (2...3).contains($0.location.line) } == true)
        let sources = ParsedArgdown("===\nsources:\n  report: {title: no file}\n===\n")
        #expect(sources.errors.first?.contains("source `report` has no file") == true)
    }

    @Test func citationProblemsFromDataAreReported() {
        let parsed = ParsedArgdown("[a]: x {quote: \"words\"}")
        #expect(parsed.errors == ["t.argdown:1:8: error: citation has a quote but no source; add `source: ID` naming a source from the front matter"])
    }

    @Test func everyProblemInAFileIsReportedAtOnce() {
        let parsed = ParsedArgdown("""
        + [orphan]

        []: empty title

        [a]: x {k: [1, 2}

        <A>

        (1) a
        (3) b
        """)
        #expect(parsed.errors.count == 5)
        #expect(parsed.errors.map { $0.split(separator: ":")[1] } == ["1", "3", "5", "10", "9"])
    }
}

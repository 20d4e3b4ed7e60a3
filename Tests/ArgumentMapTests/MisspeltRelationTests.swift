import Testing
@testable import ArgumentMap

/// A relation with a symbol Argdown does not know would silently become text; the reader warns.
@Suite struct MisspeltRelationTests {
    @Test func aTildeUnderAStatementIsNamedWhereItStands() {
        let parsed = ParsedArgdown("[A]: a thesis.\n  ~ [C]: typo relation.\n")
        #expect(parsed.warnings == [
            "t.argdown:2:3: warning: `~` is not a relation symbol, so this line is read as more text of [A]; relations are + - _ >< <+ +> <- -> <_ _>",
        ])
        #expect(parsed["[A]"]?.text == "a thesis. ~ [C]: typo relation.")
    }

    @Test func aFatArrowBeforeAnArgumentToo() {
        let parsed = ParsedArgdown("[A]: a thesis.\n  + [B]: fine.\n  => <D>: another.\n")
        #expect(parsed.warnings.count == 1)
        #expect(parsed.warnings.first?.hasPrefix("t.argdown:3:3: warning: `=>` is not a relation symbol, so this line is read as more text of [B]") == true)
    }

    @Test func textThatMerelyHoldsSymbolsIsLeftAlone() {
        let parsed = ParsedArgdown("[A]: a thesis\n  ~ 5 percent of it, a => b.\n  + [B]: fine.\n  -> [C]: fine too.\n")
        #expect(parsed.warnings.isEmpty)
        #expect(parsed["[A]"]?.text == "a thesis ~ 5 percent of it, a => b.")
    }
}

import ArgumentMap
@testable import Browser
import Screen
import Testing

/// The browser opened before its citations are located and its map evaluated, as `argmap MAP`
/// opens a large map: it says a quote is being located rather than missing, never shows a
/// wrong span, keeps the marks made meanwhile, and once both are handed over it looks exactly
/// as if they had been there from the start.
@Suite struct CitationLocatingTests {
    static let size = Size(width: 100, height: 30)

    /// The fixture's map with its citations still being located and its evaluation to come.
    static func opened() -> BrowserState {
        BrowserState(showing: LoadedMap(map: Fixture.loaded().map), size: size)
    }

    /// What locating the fixture's citations finds.
    static func found() -> CitationResolution {
        let loaded = Fixture.loaded()
        return CitationResolution(documents: loaded.documents, citations: loaded.citations)
    }

    static func screen(_ state: BrowserState) -> String {
        state.render(size: size).lines.joined(separator: "\n")
    }

    @Test func aCitedClaimSaysItsQuoteIsBeingLocated() {
        var state = Self.opened()
        _ = state.press(.character("j"))
        let screen = Self.screen(state)
        #expect(screen.contains("The Report (locating the quote…)") == false, "the document is not loaded yet")
        #expect(screen.contains("report (locating the quote…)"))
        #expect(!screen.contains("quote not found"))
    }

    @Test func enterBeforeTheQuoteIsFoundOpensTheSourceOnceItIs() {
        var state = Self.opened()
        let found = Self.found()
        _ = state.press(.character("j"), .enter)
        #expect(state.view == .outline)
        #expect(Self.screen(state).contains("locating the quote in its source"))
        state.adopt(found)
        guard case .source(let page) = state.view else {
            Issue.record("the source did not open once the quote was found")
            return
        }
        #expect(page.highlighted == TextSpan(line: 2, column: 6, endLine: 2, endColumn: 19))
    }

    @Test func enterWaitsOnlyWhileTheClaimStaysSelected() {
        var state = Self.opened()
        let found = Self.found()
        _ = state.press(.character("j"), .enter, .character("j"))
        state.adopt(found)
        #expect(state.view == .outline)
    }

    @Test func onceAdoptedEveryRowLooksAsIfLoadedAtOnce() {
        var state = Self.opened()
        let found = Self.found()
        state.adopt(found)
        var eager = BrowserState(loaded: Fixture.loaded(), size: Self.size)
        for _ in 0..<eager.outline.rows.count {
            #expect(Self.screen(state) == Self.screen(eager))
            _ = state.press(.character("j"))
            _ = eager.press(.character("j"))
        }
        _ = state.press(.character("g"), .character("j"), .enter, .enter)
        _ = eager.press(.character("g"), .character("j"), .enter, .enter)
        #expect(Self.screen(state) == Self.screen(eager), "the source view and who cites the passage")
    }

    @Test func citationErrorsAreCountedInTheStatusLine() {
        var state = Self.opened()
        var found = Self.found()
        found.diagnostics = [.error("[Data wall]: quote \"Data ran short\" is not in source `report`", at: Fixture.location)]
        found.citations.removeLast()
        state.adopt(found)
        let status = Self.screen(state).split(separator: "\n").last.map(String.init) ?? ""
        #expect(status.contains("1 error: run argmap check debate.argdown"))
        #expect(status.components(separatedBy: "error").count == 2, "the errors are counted once: \(status)")
        _ = state.press(.character("j"), .character("j"))
        #expect(Self.screen(state).contains("quote not found") == false, "Loss falls was found")
    }

    /// Once searched, a citation without a span says whether its quote or its whole source was
    /// missing, in the detail pane and when Enter finds nothing to open.
    @Test(arguments: [false, true])
    func aCitationThatCannotBeOpenedSaysWhy(sourceLoaded: Bool) {
        var state = Self.opened()
        var found = Self.found()
        found.citations.removeAll()
        if !sourceLoaded { found.documents.removeAll() }
        state.adopt(found)
        _ = state.press(.character("j"))
        let reason = sourceLoaded ? "quote not found" : "source not loaded"
        let other = sourceLoaded ? "source not loaded" : "quote not found"
        #expect(Self.screen(state).contains("(\(reason))"))
        #expect(!Self.screen(state).contains(other))
        _ = state.press(.enter)
        #expect(state.view == .outline)
        let status = Self.screen(state).split(separator: "\n").last.map(String.init) ?? ""
        #expect(status.contains("\(reason): see `argmap check`"), "\(status)")
    }

    @Test func aMarkMadeBeforeTheEvaluationArrivesIsEvaluatedWhenItDoes() {
        var state = Self.opened()
        let found = Self.found()
        _ = state.press(.character("j"), .character("j"), .character("j"), .character("d"))
        #expect(state.selectedTitle == "Data wall")
        #expect(!Self.screen(state).contains("✗"), "no labels before the evaluation")
        _ = state.press(.character("v"))
        #expect(Self.screen(state).contains("the map is still being evaluated"))
        // Evaluated in the background under the marks the browser opened with: none.
        var evaluator = LiveEvaluator(map: state.loaded.map)
        evaluator.update(state.loaded.map, marks: Marks())
        state.adopt(evaluator, evaluatedWith: Marks())
        state.adopt(found)
        var expected = BrowserState(
            loaded: Fixture.loaded(), marks: state.marks, size: Self.size, evaluator: LiveEvaluator(map: Fixture.loaded().map))
        _ = expected.press(.character("j"), .character("j"), .character("j"))
        #expect(Self.screen(state).contains("✗ Data wall ❝ ⚑"), "the dispute made before the evaluation counts")
        // All but the status line, which still says what `v` said.
        let rows = Self.screen(state).split(separator: "\n", omittingEmptySubsequences: false)
        let expectedRows = Self.screen(expected).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.dropLast() == expectedRows.dropLast())
    }
}

import ArgumentMap
@testable import Browser
import Screen
import Testing

/// The browser opened before its citations are located, as `argmap MAP` opens it: it says
/// a quote is being located rather than missing, never shows a wrong span, and once the
/// citations are handed over it looks exactly as if they had been there from the start.
@Suite struct CitationLocatingTests {
    static let size = Size(width: 100, height: 30)

    /// The fixture's map with its citations still being located, and what locating them finds.
    static func opening() -> (state: BrowserState, found: CitationResolution) {
        let loaded = Fixture.loaded()
        let state = BrowserState(showing: LoadedMap(map: loaded.map), size: size)
        return (state, CitationResolution(documents: loaded.documents, citations: loaded.citations))
    }

    static func screen(_ state: BrowserState) -> String {
        state.render(size: size).lines.joined(separator: "\n")
    }

    @Test func aCitedClaimSaysItsQuoteIsBeingLocated() {
        var (state, _) = Self.opening()
        _ = state.press(.character("j"))
        let screen = Self.screen(state)
        #expect(screen.contains("The Report (locating the quote…)") == false, "the document is not loaded yet")
        #expect(screen.contains("report (locating the quote…)"))
        #expect(!screen.contains("quote not found"))
    }

    @Test func enterBeforeTheQuoteIsFoundOpensTheSourceOnceItIs() {
        var (state, found) = Self.opening()
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
        var (state, found) = Self.opening()
        _ = state.press(.character("j"), .enter, .character("j"))
        state.adopt(found)
        #expect(state.view == .outline)
    }

    @Test func onceAdoptedEveryRowLooksAsIfLoadedAtOnce() {
        var (state, found) = Self.opening()
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
        var (state, found) = Self.opening()
        found.diagnostics = [.error("[Data wall]: quote \"Data ran short\" is not in source `report`", at: Fixture.location)]
        found.citations.removeLast()
        state.adopt(found)
        let status = Self.screen(state).split(separator: "\n").last.map(String.init) ?? ""
        #expect(status.contains("1 error: run argmap check debate.argdown"))
        #expect(status.contains("sources searched: 1 error"))
        _ = state.press(.character("j"), .character("j"))
        #expect(Self.screen(state).contains("quote not found") == false, "Loss falls was found")
    }
}

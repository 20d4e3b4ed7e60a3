import ArgumentMap
@testable import Browser
import Screen
import Testing

/// What a new reader runs into first: errors in the map, a terminal without UTF-8, a detail
/// pane too short for the claim.
@Suite struct FirstImpressionTests {
    static let size = Size(width: 80, height: 24)

    @Test func errorsInTheMapShowInTheStatusLineWithWhatToRun() {
        var loaded = Fixture.loaded()
        loaded.diagnostics = [
            .error("unknown relation", at: Fixture.location),
            .warning("unused source", at: Fixture.location),
            .error("quote not found", at: Fixture.location),
        ]
        let state = BrowserState(loaded: loaded, size: Self.size)
        #expect(state.render(size: Self.size).lines[23].contains("2 errors: run argmap check debate.argdown"))
        #expect(!Fixture.state().render(size: Self.size).lines[23].contains("error"), "a clean map says nothing")
    }

    @Test func punctuationHasASCIILookAlikesWithoutUTF8() {
        let loaded = Fixture.loaded(title: "Scaling — “the” debate…")
        let state = BrowserState(loaded: loaded, options: BrowserOptions(color: false, unicode: false), size: Self.size)
        let frame = state.render(size: Self.size)
        #expect(frame.lines[23].contains("Scaling - \"the\" debate~"))
        #expect(frame.lines.joined().unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func aDetailPaneTooShortSaysHowMuchIsLeft() {
        var state = Fixture.state()
        _ = state.press(.character("j"))
        let frame = state.render(size: Self.size)
        let lines = state.detailLines(for: state.outline.rows[1].node, width: 80)
        // 80x24: 13 outline rows, a rule, 9 detail rows; the last one counts what is cut.
        #expect(lines.count > 9)
        #expect(frame.lines[22].hasPrefix("… \(lines.count - 8) more lines"))
    }
}

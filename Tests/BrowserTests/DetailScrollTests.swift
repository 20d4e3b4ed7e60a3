import ArgumentMap
import Foundation
@testable import Browser
import Screen
import Testing

/// `]` and `[` scroll a detail pane that says more than fits; moving the cursor starts it at the top.
@Suite struct DetailScrollTests {
    static let size = Size(width: 80, height: 24)

    /// 80x24 puts the detail pane on rows 14 to 22.
    static func detail(_ state: BrowserState) -> [String] {
        Array(state.render(size: size).lines[14...22])
    }

    @Test func bracketsScrollTheDetailPaneAndSayWhatIsHidden() {
        var state = Fixture.state()
        _ = state.press(.character("j"))
        let all = state.detailLines(for: state.outline.rows[1].node, width: 80).map(\.text)
        #expect(all.count > 9)
        #expect(Self.detail(state)[8].hasPrefix("… \(all.count - 8) more lines: ] scrolls down"))

        _ = state.press(.character("]"))
        var pane = Self.detail(state)
        let top = all.count - 9
        #expect(pane[0].hasPrefix("… \(top + 1) more lines above: [ scrolls up"))
        #expect(pane[8].hasPrefix(all[all.count - 1]), "the last line is in view")
        #expect(pane[8].contains("“falls smoothly”"))

        _ = state.press(.character("["))
        pane = Self.detail(state)
        #expect(pane[0].hasPrefix("[Loss falls]"))
    }

    @Test(arguments: [true, false])
    func aHintTooLongForANarrowPaneIsCutWithAnEllipsis(unicode: Bool) {
        let size = Size(width: 26, height: 24)
        var state = Fixture.state(size: size, options: BrowserOptions(unicode: unicode))
        let ellipsis = unicode ? "…" : "~"
        _ = state.press(.character("j"))
        let below = state.render(size: size).lines.filter { $0.contains("more lines:") }
        _ = state.press(.character("]"), .character("]"))
        let above = state.render(size: size).lines.filter { $0.contains("more lines above") }
        for hint in [below, above].map({ $0.first ?? "" }) {
            #expect(hint.trimmingCharacters(in: .whitespaces).hasSuffix(ellipsis), "\(hint)")
        }
    }

    @Test func movingTheCursorStartsTheDetailAtTheTop() {
        var state = Fixture.state()
        _ = state.press(.character("j"), .character("]"), .character("j"), .character("k"))
        #expect(Self.detail(state)[0].hasPrefix("[Loss falls]"))
    }

    @Test func aDetailThatFitsDoesNotScroll() {
        var state = Fixture.state()
        _ = state.press(.character("/"))
        state.type("Token counts")
        _ = state.press(.enter)
        #expect(state.detailLines(for: state.outline.rows[state.outline.cursor].node, width: 80).count <= 9)
        _ = state.press(.character("]"))
        #expect(Self.detail(state)[0].hasPrefix("[Token counts]"))
    }

    @Test func braceKeysGoToTheEndAndTheStartOfTheDetailPane() {
        var state = Fixture.state()
        _ = state.press(.character("j"))
        let all = state.detailLines(for: state.outline.rows[1].node, width: 80).map(\.text)
        _ = state.press(.character("}"))
        #expect(Self.detail(state)[8].hasPrefix(all[all.count - 1]), "the last line is in view")
        _ = state.press(.character("{"))
        #expect(Self.detail(state)[0].hasPrefix("[Loss falls]"))
    }

    /// A claim whose text is a million words: each key wraps what the pane shows, not the whole
    /// text (which takes seconds), and `}` still reaches its end.
    /// Each key wraps the screenful the pane shows and the lines its hint counts, not the whole
    /// text: the million words wrap to about 78,000 lines at this width, which before took 2–4 s a key.
    @Test func aClaimOfAMillionWordsIsWrappedOnlyAsFarAsThePaneShows() {
        var builder = MapBuilder()
        let long = builder.node(titled: "Long", kind: .statement, at: Fixture.location)
        builder.define(long, text: String(repeating: "word ", count: 1_000_000) + "last", at: Fixture.location, section: nil)
        let short = builder.node(titled: "Short", kind: .statement, at: Fixture.location)
        builder.relate(short, .support, long, at: Fixture.location)
        var state = BrowserState(loaded: LoadedMap(map: builder.build()), size: Self.size)
        _ = state.render(size: Self.size)
        for key: Key in [.character("]"), .character("]"), .character("j"), .character("k"), .character("[")] {
            _ = state.handle(.key(key))
            _ = state.render(size: Self.size)
        }
        let counted = BrowserState.detailLinesCountedAhead
        #expect(state.detailTexts.linesWrapped <= counted + 2 * Self.size.height, "wrapped \(state.detailTexts.linesWrapped) lines")
        #expect(Self.detail(state)[8].contains("over \(counted) more lines: ] scrolls down"))
        _ = state.press(.character("}"))
        #expect(Self.detail(state)[0].hasPrefix("… "))
        #expect(Self.detail(state).contains { $0.trimmingCharacters(in: .whitespaces) == "last" }, "\(Self.detail(state))")
    }

    @Test func withoutADetailPaneTheKeySaysSo() {
        var state = Fixture.state(size: Size(width: 70, height: 8))
        _ = state.press(.character("]"))
        #expect(state.render(size: state.size).lines[7].contains("no detail pane at this size"))
    }
}

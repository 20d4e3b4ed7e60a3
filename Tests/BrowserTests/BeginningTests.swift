import ArgumentMap
@testable import Browser
import Screen
import Testing

/// The browser on the beginning of a large map while the whole is read, as `argmap MAP` opens
/// one of 4 MB or more: it says the rest is being read, answers keys that need the whole map
/// without acting on the part it has, and takes the whole in keeping what the reader did.
@Suite struct BeginningTests {
    static let size = Size(width: 100, height: 30)

    static let text = """
        ===
        title: Beginnings
        ===

        # One

        [T1]: First thesis.
          + [A]: A supports. {source: s, quote: "x"}
            + [A1]: Below A.
          - [B]: B attacks.

        # Two

        [T2]: Second thesis.
          + [C]: C supports.
          + [A]
          - [Later]

        # Three

        [T3]: Third thesis, only in the whole map.
          + [Late]: Late claim.
        [T1]
          + [Late]
        [Later]: Defined in the rest.

        """

    /// The map up to its third section, as `MapBeginning` reads it.
    static func beginning() -> MapBeginning {
        let end = text.range(of: "# Three")!.lowerBound
        let (map, _) = ArgdownReader.read(String(text[..<end]), file: "maps/m.argdown")
        return MapBeginning(map: map, byteCount: text[..<end].utf8.count, fileSize: text.utf8.count)
    }

    static func whole(diagnostics: [Diagnostic] = []) -> OutlinedMap {
        let (map, _) = ArgdownReader.read(text, file: "maps/m.argdown")
        return OutlinedMap(LoadedMap(map: map, diagnostics: diagnostics))
    }

    static func opened() -> BrowserState {
        BrowserState(showingBeginning: beginning(), size: size)
    }

    static func screen(_ state: BrowserState) -> String {
        state.render(size: size).lines.joined(separator: "\n")
    }

    static func statusLine(_ state: BrowserState) -> String {
        state.render(size: size).lines.last ?? ""
    }

    static func select(_ title: String, in state: inout BrowserState) {
        while let row = state.outline.selected, state.map[row.node].title != title, state.outline.cursor < state.outline.rows.count - 1 {
            _ = state.press(.character("j"))
        }
        #expect(state.outline.selected.map { state.map[$0.node].title } == title)
    }

    @Test func theStatusLineSaysTheRestIsBeingReadUntilItIsShown() {
        var state = Self.opened()
        #expect(state.isReadingRest)
        #expect(Self.statusLine(state).contains("reading m.argdown… (first 63% shown)"))
        #expect(!Self.screen(state).contains("T3"))
        #expect(!Self.screen(state).contains("error"), "the beginning's own diagnostics (Later is never defined in it) are not shown")
        state.adopt(Self.whole())
        #expect(!state.isReadingRest)
        #expect(!Self.statusLine(state).contains("reading"))
        #expect(Self.screen(state).contains("T3"))
        #expect(Self.screen(state).contains("Late"))
    }

    @Test(arguments: ["/", "n", "N", "d", "e", "m", "w", "v"])
    func keysThatNeedTheWholeMapSaySoMeanwhile(key: Character) {
        var state = Self.opened()
        let effects = state.press(.character(key))
        #expect(effects.isEmpty)
        #expect(Self.statusLine(state).contains("not yet: the map is still being read"))
        #expect(state.view == .outline && state.search == nil && state.noteDraft == nil && state.marks.count == 0)
        state.adopt(Self.whole())
        _ = state.press(.character(key))
        #expect(!Self.statusLine(state).contains("not yet"), "once the whole map is there, \(key) works")
    }

    @Test func followingACitationWaitsButACrossReferenceJumps() {
        var state = Self.opened()
        Self.select("A", in: &state)
        _ = state.press(.enter)
        #expect(Self.statusLine(state).contains("not yet: the map is still being read"))
        #expect(state.followOnceLocated == nil, "nothing is left to happen on the partial map")
        let firstA = state.outline.cursor
        _ = state.press(.character("j"), .character("j"), .character("j"), .character("j"), .character("j"))
        #expect(state.outline.selected?.isReference == true && state.map[state.outline.selected!.node].title == "A")
        _ = state.press(.enter)
        #expect(state.outline.cursor == firstA)
    }

    @Test func movingFoldingHelpAndQuitWorkMeanwhile() {
        var state = Self.opened()
        _ = state.press(.character("j"))
        #expect(state.outline.cursor == 1)
        let rows = state.outline.rows.count
        _ = state.press(.character("k"), .character(" "))
        #expect(state.outline.rows.count < rows)
        _ = state.press(.character("?"))
        #expect(Self.screen(state).contains("argmap keys"))
        _ = state.press(.escape)
        #expect(state.press(.character("q")) == [.quit])
    }

    @Test func movingDownFromTheLastRowReadSaysTheRestIsComing() {
        var state = Self.opened()
        _ = state.press(.character("G"), .character("j"))
        #expect(Self.statusLine(state).contains("no more rows yet"))
        _ = state.press(.character("k"))
        #expect(!Self.statusLine(state).contains("no more rows yet"))
        state.adopt(Self.whole())
        _ = state.press(.character("G"), .character("j"))
        #expect(!Self.statusLine(state).contains("no more rows yet"))
    }

    @Test(arguments: [[Key.character("G"), .character("j")], [.character("/")]])
    func whatWasSaidOfTheUnreadRestGoesWhenTheWholeMapIsShown(keys: [Key]) {
        var state = Self.opened()
        for key in keys { _ = state.press(key) }
        #expect(Self.statusLine(state).contains("yet"))
        state.adopt(Self.whole())
        #expect(!Self.statusLine(state).contains("yet"))
        #expect(!Self.statusLine(state).contains("still being read"))
    }

    @Test func theWholeMapKeepsFoldsSelectionAndScreenLine() {
        var state = Self.opened()
        let a = state.map.node(titled: "A", kind: .statement)!
        let t1 = state.map.node(titled: "T1", kind: .statement)!
        #expect(state.outline.isOpen(a), "a map this small opens unfolded")
        Self.select("A", in: &state)
        _ = state.press(.character(" "))  // A folds
        _ = state.press(.character("g"), .character(" "))  // and T1
        Self.select("C", in: &state)
        let line = state.outline.cursor - state.outline.scroll
        state.adopt(Self.whole())
        #expect(state.map[state.outline.selected!.node].title == "C")
        #expect(state.outline.cursor - state.outline.scroll == line)
        #expect(!state.outline.isOpen(t1) && !state.outline.isOpen(a), "folded as they were")
        let titles = state.outline.rows.map { state.map[$0.node].title }
        #expect(titles.suffix(2) == ["T3", "Late"], "the new thesis opens as the whole map's first outline opens it")
        _ = state.press(.character("g"), .character(" "))
        #expect(state.outline.rows.map { state.map[$0.node].title }.prefix(5) == ["T1", "A", "B", "Late", "T2"], "T1 has the support the rest gave it")
    }

    @Test(arguments: ["z", "x", "1"])
    func foldingEverythingMeanwhileFoldsTheRestToo(key: Character) {
        var state = Self.opened()
        Self.select("C", in: &state)
        _ = state.press(.character(key))
        let selected = state.outline.selected.map { state.map[$0.node].title }
        let line = state.outline.cursor - state.outline.scroll
        state.adopt(Self.whole())
        let t3 = state.map.node(titled: "T3", kind: .statement)!
        #expect(!state.outline.isOpen(t3), "T3 is folded as \(key) folded the beginning")
        #expect(state.outline.rows.map { state.map[$0.node].title }.last == "T3")
        #expect(state.outline.selected.map { state.map[$0.node].title } == selected)
        #expect(state.outline.cursor - state.outline.scroll == line)
    }

    @Test func unfoldingEverythingMeanwhileUnfoldsTheRestToo() {
        // The rest is too long for the whole map's first outline to open past its theses.
        let claims = (1...40).map { "[T\($0)x]: Thesis \($0).\n  + [C\($0)x]: Claim \($0).\n    + [D\($0)x]: Detail \($0).\n" }
        let text = Self.text.replacingOccurrences(of: "[Later]: Defined in the rest.\n", with: "[Later]: Defined in the rest.\n" + claims.joined())
        let end = text.range(of: "# Three")!.lowerBound
        let (beginning, _) = ArgdownReader.read(String(text[..<end]), file: "maps/m.argdown")
        var state = BrowserState(showingBeginning: MapBeginning(map: beginning, byteCount: text[..<end].utf8.count, fileSize: text.utf8.count), size: Self.size)
        _ = state.press(.character("Z"))
        let (whole, _) = ArgdownReader.read(text, file: "maps/m.argdown")
        #expect(Outline(tree: OutlineTree(map: whole), map: whole, openToDepth: Int.max).rows.count > BrowserState.unfoldAllRows)
        state.adopt(OutlinedMap(LoadedMap(map: whole)))
        let titles = state.outline.rows.map { state.map[$0.node].title }
        #expect(titles.suffix(3) == ["T40x", "C40x", "D40x"], "the rest opens as Z opened the beginning")
    }

    @Test func theWholeMapsErrorsAreCounted() {
        var state = Self.opened()
        let error = Diagnostic.error("invalid UTF-8", at: SourceLocation(file: "maps/m.argdown", line: 30, column: 2))
        state.adopt(Self.whole(diagnostics: [error]))
        #expect(Self.statusLine(state).contains("1 error: run argmap check maps/m.argdown"))
    }
}

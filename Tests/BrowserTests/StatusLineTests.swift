import ArgumentMap
@testable import Browser
import Screen
import Testing

/// The status line on narrow terminals: what is happening now (the reading notice, the answer
/// to a key) outlasts the position, which outlasts the map's title; nothing is cut twice.
@Suite struct StatusLineTests {
    static let text = """
        ===
        title: Generated map of 60000 nodes from seed 1
        ===

        # One

        [T1]: First thesis.
          + [A]: A supports.
          - [B]: B attacks.

        # Two

        [T2]: Second thesis.

        """

    /// A beginning of the map in `g.argdown`, said to be 5% of the file, as a large map opens.
    static func opened() -> BrowserState {
        let (map, _) = ArgdownReader.read(text, file: "/tmp/x/g.argdown")
        let byteCount = text.utf8.count
        return BrowserState(showingBeginning: MapBeginning(map: map, byteCount: byteCount, fileSize: 20 * byteCount), size: Size(width: 80, height: 24))
    }

    static func statusLine(_ state: BrowserState, width: Int, height: Int = 24) -> String {
        state.render(size: Size(width: width, height: height)).lines.last ?? ""
    }

    @Test func whileReadingTheNoticeOutlastsTheTitle() {
        let state = Self.opened()
        #expect(Self.statusLine(state, width: 100) == " Generated map of 60000 nodes from seed 1 │ 1/4 │ reading g.argdown… (first 5% shown)".padding(93) + "? help ")
        #expect(Self.statusLine(state, width: 80) == " Generated map of 60000 no… │ 1/4 │ reading g.argdown… (first 5% shown)  ? help ")
        #expect(Self.statusLine(state, width: 60, height: 15) == " 1/4 │ reading g.argdown… (first 5% shown)".padding(53) + "? help ")
        #expect(Self.statusLine(state, width: 45, height: 12) == " 1/4 │ reading g.argdown… (first 5% shown)  ".padding(45))
        #expect(Self.statusLine(state, width: 30, height: 8) == " 1/4 │ reading g.argdown… 5%".padding(30))
    }

    @Test func theAnswerToAKeyOutlastsEverythingElse() {
        var state = Self.opened()
        _ = state.press(.character("G"), .character("j"))
        #expect(Self.statusLine(state, width: 100) == " 4/4 │ no more rows yet: the rest is still being read │ reading g.argdown… (first 5% shown)  ? help ")
        #expect(Self.statusLine(state, width: 80) == " 4/4 │ no more rows yet: the rest is still being read │ reading g.argdown… 5%".padding(80))
        #expect(Self.statusLine(state, width: 60) == " no more rows yet: the rest is still being read │ reading…".padding(60))
        #expect(Self.statusLine(state, width: 30, height: 8) == " no more rows yet: the rest… ".padding(30))
    }

    @Test func aCutPartEndsWithOneEllipsis() {
        #expect(StatusLine.cut("reading g.argdown… (first 5% shown)", toWidth: 19, ellipsis: "…") == "reading g.argdown…")
        #expect(StatusLine.cut("reading g.argdown… (first 5% shown)", toWidth: 20, ellipsis: "…") == "reading g.argdown…")
        #expect(StatusLine.cut("short", toWidth: 5, ellipsis: "…") == "short")
        for width in [80, 60, 45, 30, 20] {
            var state = Self.opened()
            for key: Key in [.character("G"), .character("j")] {
                let line = Self.statusLine(state, width: width, height: 12)
                #expect(!line.contains("……") && DisplayWidth.of(line) == width, "\(line)")
                _ = state.press(key)
            }
        }
    }
}

private extension String {
    func padding(_ width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - DisplayWidth.of(self)))
    }
}

import Testing
@testable import Screen

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneColumn() { #expect(DisplayWidth.of("abc") == 3) }
    @Test func cjkAndEmojiAreTwoColumns() {
        #expect(DisplayWidth.of("漢字") == 4)
        #expect(DisplayWidth.of("🙂") == 2)
    }
    @Test func combiningMarksTakeNoColumn() { #expect(DisplayWidth.of("e\u{301}") == 1) }

    @Test func wideCharacterNeverStraddlesTheLimit() {
        var frame = Frame(size: Size(width: 5, height: 1))
        let end = frame.put("ab漢字", column: 0, row: 0, limit: 5)
        #expect(end == 4)
        #expect(frame.lines == ["ab漢 "])
    }

    /// Printable ASCII is written a cell a byte; anything else, a control character too, goes
    /// through grapheme clusters, where a zero-width one joins the cell before it.
    @Test func plainTextIsClippedAndControlCharactersTakeNoCell() {
        var frame = Frame(size: Size(width: 6, height: 2))
        #expect(frame.put("abcdef", column: -1, row: 0, limit: 4) == 4)
        #expect(frame.lines[0] == "bcde  ")
        #expect(frame.put("a\u{1}b", column: 0, row: 1) == 2)
        #expect(frame[0, 1].text == "a\u{1}" && frame[1, 1].text == "b")
        #expect(DisplayWidth.of("a\u{1}b") == 2 && DisplayWidth.of("a\u{7F}") == 1)
    }
}

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
}

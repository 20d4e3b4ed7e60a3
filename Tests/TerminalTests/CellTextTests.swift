import Testing
@testable import Terminal

@Suite struct CellTextTests {
    @Test(arguments: ["\u{1B}", "\u{1B}[2J", "\u{07}", "\u{00}", "\r", "\u{08}", "\u{7F}", "\u{9B}", "a\u{202E}", "\u{2067}"])
    func controlCharactersAreNeverSent(text: String) {
        #expect(CellText.sendable(text, asciiOnly: false) == "?")
    }

    @Test(arguments: ["a", " ", "é", "e\u{301}", "漢", "🙂", "▸", "⚑"])
    func printableTextIsSentAsItIs(text: String) {
        #expect(CellText.sendable(text, asciiOnly: false) == text)
    }

    @Test func withoutUTF8OnlyASCIIIsSent() {
        #expect(CellText.sendable("a", asciiOnly: true) == "a")
        #expect(CellText.sendable("▸", asciiOnly: true) == "?")
        #expect(CellText.sendable("漢", asciiOnly: true) == "?")
    }
}

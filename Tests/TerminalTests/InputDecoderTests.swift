import CNcursesW
import Screen
import Testing
@testable import Terminal

@Suite struct InputDecoderTests {
    /// The marks around pasted text, as `define_key` has ncurses report them, and its characters.
    @Test func pasteMarksAndPastedCharacters() {
        #expect(InputDecoder.decode(.function(argmap_key_paste_start())) == .pasteStart)
        #expect(InputDecoder.decode(.function(argmap_key_paste_end())) == .pasteEnd)
        #expect(InputDecoder.pastedCharacter(13) == "\n", "a pasted newline comes as a carriage return")
        #expect(InputDecoder.pastedCharacter(0x6A) == "j")
        #expect(InputDecoder.pastedCharacter(0xD800) == "\u{FFFD}")
    }

    @Test(arguments: [
        (UInt32(10), Key.enter), (13, .enter), (9, .tab), (27, .escape), (127, .backspace), (8, .backspace),
        (1, .control("a")), (4, .control("d")), (12, .control("l")), (15, .control("o")), (21, .control("u")),
        (26, .control("z")), (0x6A, .character("j")), (0x3F, .character("?")), (0x20, .character(" ")),
        (0xE9, .character("é")), (0x6F22, .character("漢")), (0x1F642, .character("🙂")),
    ])
    func charactersBecomeKeys(code: UInt32, key: Key) {
        #expect(InputDecoder.decode(.character(code)) == .key(key))
    }

    @Test(arguments: [
        (KEY_UP, Key.up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
        (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
        (KEY_FIND, .home), (KEY_SELECT, .end), (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace),
        (KEY_BTAB, .backTab), (KEY_DC, .delete), (KEY_F0 + 1, .function(1)), (KEY_F0 + 12, .function(12)),
    ])
    func functionKeysBecomeKeys(code: Int32, key: Key) {
        #expect(InputDecoder.decode(.function(code)) == .key(key))
    }

    @Test func resizeAndMouseAskTheTerminalForDetails() {
        #expect(InputDecoder.decode(.function(KEY_RESIZE)) == .resize)
        #expect(InputDecoder.decode(.function(KEY_MOUSE)) == .mouse)
    }

    @Test(arguments: [UInt32(0), 28, 31, 0x85, 0x9B, 0xD800])
    func controlAndInvalidCharactersAreIgnored(code: UInt32) {
        #expect(InputDecoder.decode(.character(code)) == .ignored)
    }

    @Test func unknownFunctionKeysAreIgnored() {
        #expect(InputDecoder.decode(.function(KEY_F0 + 60)) == .ignored)
    }

    @Test func mouseReportsBecomePressesAndWheel() {
        #expect(InputDecoder.mouse(buttons: argmap_button1_pressed(), column: 3, row: 7) == MouseEvent(.press, column: 3, row: 7))
        #expect(InputDecoder.mouse(buttons: argmap_button1_clicked(), column: 0, row: 0) == MouseEvent(.press, column: 0, row: 0))
        #expect(InputDecoder.mouse(buttons: argmap_button4_pressed(), column: 1, row: 2) == MouseEvent(.wheelUp, column: 1, row: 2))
        #expect(InputDecoder.mouse(buttons: argmap_button5_pressed(), column: 1, row: 2) == MouseEvent(.wheelDown, column: 1, row: 2))
        #expect(InputDecoder.mouse(buttons: argmap_button1_released(), column: 1, row: 2) == nil)
    }
}

import CNcursesW
import Screen

/// Turns what `get_wch` returned into the browser's keys and mouse events.
public enum InputDecoder {
    /// One result of `get_wch`: a character (`OK`) or a function-key code (`KEY_CODE_YES`).
    public enum RawInput: Hashable, Sendable {
        case character(UInt32)
        case function(Int32)
    }

    /// What a raw input means before the terminal is asked for details.
    public enum Decoded: Hashable, Sendable {
        case key(Key)
        /// The terminal changed size; ask it for the new one.
        case resize
        /// A mouse report is waiting; ask `getmouse` for it.
        case mouse
        /// The terminal's marks before and after pasted text (bracketed paste).
        case pasteStart, pasteEnd
        /// Nothing the browser needs (a NUL, an unknown function key).
        case ignored
    }

    public static func decode(_ input: RawInput) -> Decoded {
        switch input {
        case .character(let value): decodeCharacter(value)
        case .function(let code): decodeFunction(code)
        }
    }

    private static func decodeCharacter(_ value: UInt32) -> Decoded {
        switch value {
        case 8, 127: return .key(.backspace)
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 1...26: return .key(.control(Character(Unicode.Scalar(UInt8(value) + 0x60))))
        case 0..<32, 0x80..<0xA0: return .ignored
        default:
            guard let scalar = Unicode.Scalar(value) else { return .ignored }
            return .key(.character(Character(scalar)))
        }
    }

    private static func decodeFunction(_ code: Int32) -> Decoded {
        switch code {
        case KEY_UP: .key(.up)
        case KEY_DOWN: .key(.down)
        case KEY_LEFT: .key(.left)
        case KEY_RIGHT: .key(.right)
        case KEY_PPAGE: .key(.pageUp)
        case KEY_NPAGE: .key(.pageDown)
        // tmux and some xterms send Home and End as the "find" and "select" keys.
        case KEY_HOME, KEY_FIND, KEY_A1: .key(.home)
        case KEY_END, KEY_SELECT, KEY_C1: .key(.end)
        case KEY_ENTER: .key(.enter)
        case KEY_BACKSPACE: .key(.backspace)
        case KEY_BTAB: .key(.backTab)
        case KEY_DC: .key(.delete)
        case (KEY_F0 + 1)...(KEY_F0 + 24): .key(.function(Int(code - KEY_F0)))
        case argmap_key_resize(): .resize
        case argmap_key_mouse(): .mouse
        case argmap_key_paste_start(): .pasteStart
        case argmap_key_paste_end(): .pasteEnd
        default: .ignored
        }
    }

    /// A character of pasted text as it goes into the paste: a carriage return (what a
    /// terminal sends for a pasted newline) as a newline, anything unreadable as U+FFFD.
    public static func pastedCharacter(_ value: UInt32) -> Character {
        if value == 13 { return "\n" }
        return Unicode.Scalar(value).map(Character.init) ?? "\u{FFFD}"
    }

    /// The browser's view of one `getmouse` report: presses and the wheel; releases and
    /// motion are dropped.
    public static func mouse(buttons: mmask_t, column: Int, row: Int) -> MouseEvent? {
        if buttons & argmap_button4_pressed() != 0 { return MouseEvent(.wheelUp, column: column, row: row) }
        if buttons & argmap_button5_pressed() != 0 { return MouseEvent(.wheelDown, column: column, row: row) }
        if buttons & (argmap_button1_pressed() | argmap_button1_clicked()) != 0 {
            return MouseEvent(.press, column: column, row: row)
        }
        return nil
    }
}

@testable import ArgumentMap
import Testing

/// The lexer hands back a line with nothing to take out without copying it (`clean` nil): every
/// line, copied or not, must read as the line with its comments and data blanked.
struct LineLexerTests {
    /// Each line's clean text as the parser reads it, lexed one after another.
    private func cleanLines(_ lines: [String]) -> [String] {
        var lexer = LineLexer()
        return lines.enumerated().map { number, line in
            let raw = Array(line.utf8)
            let indentation = raw.prefix { $0 == 0x20 || $0 == 0x09 }.count
            return raw.withUnsafeBufferPointer { raw in
                let lexed = lexer.lex(raw, lineNumber: number + 1, indentation: indentation)
                return String(decoding: lexed.clean ?? Array(raw), as: UTF8.self)
            }
        }
    }

    @Test func linesWithNothingToTakeOutReadAsWritten() {
        let lines = ["[A]: text", "  + [B]: more text", "\t- <C>: an argument's text", "plain words only", "    "]
        #expect(cleanLines(lines) == lines)
    }

    @Test func commentsAndDataAreBlankedWhetherOrNotTheLineIsCopied() {
        let lines = [
            "[A]: text // a comment",
            "  + [B]: text {source: s, quote: \"q\"}",
            "[C]: text /* opens",
            "still a comment */ [D]: after",
            "[E]: escaped \\{ brace",
            "[F]: plain again",
        ]
        #expect(cleanLines(lines) == [
            "[A]: text             ",
            "  + [B]: text                        ",
            "[C]: text         ",
            "                   [D]: after",
            "[E]: escaped \\{ brace",
            "[F]: plain again",
        ])
    }

    @Test func aLineInsideDataIsNeverHandedBackAsWritten() {
        let lines = ["[A]: text {", "key: value", "}", "[B]: plain"]
        let clean = cleanLines(lines)
        #expect(clean[1] == "          ")
        #expect(clean[3] == "[B]: plain")
    }
}

/// The parser keeps an open statement's text where the file holds it until another line adds to
/// it; lines with a comment are read from the lexer's copy. Either way the text reads the same.
struct MemberTextTests {
    @Test(arguments: [
        "[A]: first line\nsecond line\n",
        "[A]: first line // note\nsecond line\n",
        "[A]: first line\nsecond line /* note */\n",
        "[A]: first /* note */ line\nsecond line\n",
    ])
    func aStatementGoingOnOverLinesReadsTheSame(text: String) {
        #expect(ParsedArgdown(text)["[A]"]?.text == "first line second line")
    }

    @Test func aStatementOnOneLineKeepsItsTextAsWritten() {
        let parsed = ParsedArgdown("[A]: one line only\n  + [B]: another, with *markup*\n  - [C]: tagged #t\n")
        #expect(parsed["[A]"]?.text == "one line only")
        #expect(parsed["[B]"]?.text == "another, with markup")
        #expect(parsed["[C]"]?.text == "tagged")
        #expect(parsed["[C]"]?.tags == ["t"])
    }
}

import Testing
@testable import ArgumentMap

/// Input that must never crash, hang or overflow the stack: deep nesting, binary files, bad encodings.
@Suite struct ArgdownRobustnessTests {
    @Test func emptyAndBlankFiles() {
        for text in ["", "\n", "   \n\t\n\n", "\r\n\r\n"] {
            let parsed = ParsedArgdown(text)
            #expect(parsed.map.nodes.isEmpty)
            #expect(parsed.diagnostics.isEmpty)
        }
    }

    @Test func tenThousandLevelsOfIndentation() {
        let depth = 10_000
        var text = "[level 0]: root\n"
        for level in 1..<depth {
            text += String(repeating: " ", count: level) + "+ [level \(level)]: text\n"
        }
        let parsed = ParsedArgdown(text)
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.map.nodes.count == depth)
        #expect(parsed.map.relations.count == depth - 1)
        #expect(parsed.map.roots.map { parsed.map[$0].title } == ["level 0"])
        #expect(parsed.relations.last == "[level \(depth - 1)] support [level \(depth - 2)]")
    }

    @Test func aHundredThousandLongChainOfRelations() {
        let length = 100_000
        var text = ""
        for i in 0..<length {
            text += "[s\(i)]: text\n  + [s\(i + 1)]\n\n"
        }
        text += "[s\(length)]: last\n"
        let parsed = ParsedArgdown(text)
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.map.relations.count == length)
        #expect(parsed.map.roots.map { parsed.map[$0].title } == ["s0"])
        #expect(parsed.map.cycles.isEmpty)
    }

    @Test func aHundredThousandNestedBrackets() {
        let open = String(repeating: "{a: ", count: 100_000)
        let parsed = ParsedArgdown("[x]: text \(open)1\(String(repeating: "}", count: 100_000))\n\n[y]: after")
        #expect(parsed.errors == ["t.argdown:1:11: error: data is nested more than 64 levels deep; flatten it"])
        #expect(parsed["[y]"]?.text == "after")
    }

    @Test func unclosedBracketsInALongTextStayLinear() {
        let text = "[a]: " + String(repeating: "@[x [y #(z ", count: 100_000)
        let parsed = ParsedArgdown(text)
        #expect(parsed["[a]"]?.text.hasPrefix("@[x [y #(z @[x") == true)
    }

    /// The UTF-8 check reads ASCII sixteen bytes at a time: a NUL byte anywhere in or across those blocks is found.
    @Test func aNulByteAnywhereInALineIsFound() {
        let line = Array("[a]: some plain text that runs past two blocks".utf8)
        for offset in 0..<line.count {
            var bytes = line
            bytes[offset] = 0
            let errors = ParsedArgdown(bytes: bytes).errors
            #expect(errors.count == 1 && errors[0].contains("contains a NUL byte"), "NUL at \(offset)")
        }
    }

    @Test func binaryFileIsOneClearError() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        let parsed = ParsedArgdown(bytes: png + Array(repeating: 0, count: 10_000))
        #expect(parsed.errors == ["t.argdown:3:1: error: this looks like a binary file, not Argdown text (it contains a NUL byte); pass an .argdown text file"])
        #expect(parsed.map.nodes.isEmpty)
    }

    @Test func invalidUTF8IsReportedAndReplaced() {
        var bytes = Array("[a]: caf".utf8) + [0xE9] + Array(" ok\n[b]: x ".utf8) + [0xFF, 0xC3]
        bytes += Array("\n[c]: fine é".utf8)
        let parsed = ParsedArgdown(bytes: bytes)
        #expect(parsed.errors == [
            "t.argdown:1:9: error: invalid UTF-8 (byte 0xE9); save the file as UTF-8 (read on with U+FFFD in its place)",
            "t.argdown:2:8: error: invalid UTF-8 (byte 0xFF); save the file as UTF-8 (read on with U+FFFD in its place)",
            "t.argdown:2:9: error: invalid UTF-8 (byte 0xC3); save the file as UTF-8 (read on with U+FFFD in its place)",
        ])
        #expect(parsed["[a]"]?.text == "caf\u{FFFD} ok")
        #expect(parsed["[b]"]?.text == "x \u{FFFD}\u{FFFD}")
        #expect(parsed["[c]"]?.text == "fine é")
    }

    /// Plain ASCII is checked 32 and 8 bytes at a time: a defect at any place in or after those words is still found.
    @Test func aDefectIsFoundAtEveryOffset() {
        for length in [7, 8, 31, 32, 33, 70] {
            for offset in 0..<length {
                for (defect, isPlain) in [([UInt8(0)], false), ([0xE9], false), ([0x7F], true), ([0xC3, 0xA9], true), ([0xE2, 0x82], false)] {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    bytes.replaceSubrange(offset..<min(offset + 1, length), with: defect)
                    let found = bytes.withUnsafeBufferPointer(ArgdownInput.isPlainUTF8)
                    #expect(found == isPlain, "\(defect) at \(offset) of \(length)")
                }
            }
        }
    }

    @Test func manyInvalidBytesAreSummedUp() {
        let parsed = ParsedArgdown(bytes: Array("[a]: ".utf8) + Array(repeating: 0xFF, count: 500))
        #expect(parsed.errors.count == 21)
        #expect(parsed.errors.last == "t.argdown:1:506: error: 480 more invalid UTF-8 sequences not listed")
    }

    @Test func byteOrderMarkIsStripped() {
        let parsed = ParsedArgdown(bytes: [0xEF, 0xBB, 0xBF] + Array("[a]: x\n  + [b]: y".utf8))
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed["[a]"]?.location == SourceLocation(file: "t.argdown", line: 1, column: 1))
        #expect(parsed.relations == ["[b] support [a]"])
    }

    @Test func crlfLineEndingsReadLikeLF() {
        let text = "===\ntitle: T\n===\n\n# H\n\n[a]: x {source: s, quote: \"q\"}\n  + [b]: y\n  - <c>: z\n\n<c>\n\n(1) p\n----\n(2) [a]\n"
        let lf = ParsedArgdown(text)
        let crlf = ParsedArgdown(text.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(lf.diagnostics.isEmpty)
        #expect(crlf.diagnostics.isEmpty)
        #expect(crlf.map.nodes == lf.map.nodes)
        #expect(crlf.map.relations == lf.map.relations)
        #expect(crlf.map.title == "T")
    }

    @Test func tabsCountAsFourColumnsAndMixingThemIsAWarning() {
        let parsed = ParsedArgdown("[a]: x\n\t+ [b]: y\n    + [c]: z\n  \t+ [d]: w\n\t\t- [e]: v")
        #expect(parsed.errors.isEmpty)
        #expect(parsed.relations == ["[b] support [a]", "[c] support [a]", "[d] support [a]", "[e] attack [d]"])
        #expect(parsed.warnings == [
            "t.argdown:4:1: warning: indentation mixes tabs and spaces on 1 line(s); a tab counts as 4 columns (to the next multiple of 4), so indent with one or the other",
        ])
    }

    @Test func controlCharactersStayDataInTheModel() {
        let parsed = ParsedArgdown("[a]: evil \u{1B}[31mred\u{07}")
        #expect(parsed["[a]"]?.text == "evil \u{1B}[31mred\u{07}")
        #expect(parsed["[a]"]?.text.terminalSafe.contains("\u{1B}") == false)
    }

    /// Documents built from Argdown's own pieces in random order must all read without a crash.
    @Test func randomDocumentsNeverCrash() {
        let pieces = [
            "[a]", "[b]: text", "<A>", "<B>: text", "+", "-", "_", "><", "<+", "+>", "<-", "->", "<_", "_>",
            "{", "}", "{k: v}", "[", "]", "\"", "'", "#tag", "#(t", "# H", "## H", "(1)", "(2)", "----", "--", "-- r --",
            "/*", "*/", "<!--", "-->", "//", "===", "*", "**", "_", "__", "\\", "@[a]", "@<", "[x](y", "\t", "    ", "\n", "\n\n",
        ]
        var generator = SplitMix64(seed: 42)
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<Int(generator.next() % 60) {
                text += pieces[Int(generator.next() % UInt64(pieces.count))]
                text += generator.next() % 3 == 0 ? "\n" : " "
            }
            let parsed = ParsedArgdown(text)
            for diagnostic in parsed.diagnostics {
                #expect(diagnostic.location.line >= 1 && diagnostic.location.column >= 1)
            }
            _ = parsed.map.roots
            _ = parsed.map.cycles
        }
    }
}

/// A small seeded generator, so the random documents are the same on every run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

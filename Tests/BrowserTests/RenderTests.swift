import ArgumentMap
@testable import Browser
import Foundation
import Screen
import Testing

/// Compares a rendered frame with the screen stored under `__Snapshots__/NAME.txt`.
/// With `RECORD_SNAPSHOTS=1` in the environment the file is written instead (and the test fails,
/// so a recording never passes silently).
func expectSnapshot(_ frame: Frame, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__/\(name).txt")
    let actual = frame.lines.joined(separator: "\n") + "\n"
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded \(name); run again without RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
        return
    }
    let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? "(no snapshot \(name))"
    #expect(actual == expected, sourceLocation: sourceLocation)
}

@Suite struct RenderTests {
    @Test func outlineAt80x24PutsTheDetailBelow() {
        var state = Fixture.state()
        _ = state.press(.character("j"))
        let frame = state.render(size: Size(width: 80, height: 24))
        expectSnapshot(frame, named: "outline-80x24")
        #expect(frame[4, 0].style.bold, "theses are bold")
        #expect(frame[4, 1].text == "+" && frame[4, 1].style.foreground == .green)
        #expect(frame[4, 5].text == "−" && frame[4, 5].style.foreground == .red)
        #expect(frame[6, 2].text == "↯" && frame[6, 2].style.foreground == .magenta)
        #expect(frame[0, 1].text == "▌" && frame[0, 1].style.bold, "the cursor row is marked in the gutter")
        #expect(frame[0, 0].text == " " && frame[0, 2].text == " ")
        #expect(!frame.cells.prefix(80 * 13).contains { $0.style.reverse }, "no outline row is drawn in reverse video")
        #expect(frame.cursor?.column == 6 && frame.cursor?.row == 1, "the terminal's cursor rests on the cursor row's title")
    }

    @Test func outlineAt120x40PutsTheDetailRight() {
        var state = Fixture.state(size: Size(width: 120, height: 40))
        _ = state.press(.character("j"), .character("j"), .character("j"), .character("d"))
        expectSnapshot(state.render(size: Size(width: 120, height: 40)), named: "outline-120x40")
    }

    @Test func asciiWithoutColor() {
        var state = Fixture.state(options: BrowserOptions(color: false, unicode: false))
        _ = state.press(.character("j"), .character("h"))
        let frame = state.render(size: Size(width: 80, height: 24))
        expectSnapshot(frame, named: "outline-ascii-80x24")
        #expect(frame.cells.allSatisfy { $0.style.foreground == .default && $0.style.background == .default })
        #expect(frame.lines.joined().unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func sourceViewHighlightsTheQuotedSpan() {
        var state = Fixture.state()
        _ = state.press(.character("j"), .enter)
        let frame = state.render(size: Size(width: 80, height: 24))
        expectSnapshot(frame, named: "source-80x24")
        // "falls smoothly" on line 2: gutter of 2 columns, then columns 6 to 19.
        let row = frame.lines.firstIndex { $0.contains("Loss falls smoothly") } ?? 0
        // Black on yellow, not reversed (which would show yellow on black).
        #expect(frame[2 + 5, row].style.background == .yellow && !frame[2 + 5, row].style.reverse)
        #expect(frame[2 + 18, row].style.background == .yellow)
        #expect(frame[2 + 19, row].style.background != .yellow)
    }

    @Test func helpIsGeneratedFromTheKeyTable() {
        var state = Fixture.state()
        _ = state.press(.character("?"))
        let lines = state.render(size: Size(width: 100, height: 60)).lines
        for binding in KeyTable.bindings {
            #expect(lines.contains { $0.contains(binding.help) }, "\(binding.label)")
        }
    }

    /// On a narrow screen each description wraps instead of being cut: scrolled through, the help
    /// says everything the key table does, word for word.
    @Test(arguments: [30, 60])
    func narrowHelpWrapsEveryDescription(width: Int) {
        var state = Fixture.state(size: Size(width: width, height: 20))
        _ = state.press(.character("?"))
        var seen: [String] = []
        for _ in 0..<200 {
            let lines = state.render(size: Size(width: width, height: 20)).lines
            #expect(!lines.dropLast().contains { $0.contains("…") }, "nothing is cut")
            seen += lines.dropFirst().dropLast()
            _ = state.press(.character("j"))
        }
        let words = seen.joined(separator: " ").split(separator: " ")
        let text = " " + words.joined(separator: " ") + " "
        for binding in KeyTable.bindings {
            #expect(text.contains(" " + binding.help.split(separator: " ").joined(separator: " ") + " "), "\(binding.label)")
        }
    }

    /// Without UTF-8 a terminal shows an arrow as `?`: the help names those keys instead.
    @Test func asciiHelpNamesTheArrowKeys() {
        var state = Fixture.state(options: BrowserOptions(color: false, unicode: false))
        _ = state.press(.character("?"))
        let lines = state.render(size: Size(width: 100, height: 60)).lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
        #expect(lines.joined().unicodeScalars.allSatisfy { $0.isASCII })
        let keyColumn = "Esc Backspace Ctrl-o".count
        for (keys, help) in [("j Down", "next row"), ("k Up", "previous row"), ("h Left", "fold, or"), ("l Right", "unfold, or")] {
            let line = "  " + keys + String(repeating: " ", count: keyColumn - keys.count) + "  " + help
            #expect(lines.contains { $0.hasPrefix(line) }, "\(line)")
        }
        #expect(lines.contains { $0.contains("Y stands, N defeated, ? open, o unsupported") })
    }

    @Test func smallestSensibleSizeStillShowsTheOutline() {
        let state = Fixture.state(size: Size(width: 20, height: 5))
        expectSnapshot(state.render(size: Size(width: 20, height: 5)), named: "outline-20x5")
    }

    @Test func treeGuidesStayRightWhenScrolledIntoTheMiddle() {
        var state = Fixture.state(size: Size(width: 21, height: 5))
        _ = state.press(.character("G"))
        #expect(state.render(size: Size(width: 21, height: 5)).lines == [
            " │ ├─ ↯ Benchmarks s…",
            " │ └─▾− Data wall ❝  ",
            "   └─ + Token counts ",  // at 21 columns only the two nearest levels are drawn
            "▌└─↪− Data wall ❝    ",
            " 6/6          ? help ",  // the position outlasts the title
        ])
    }

    @Test func belowTheMinimumSaysSo() {
        let state = Fixture.state()
        #expect(state.render(size: Size(width: 10, height: 3)).lines == ["needs 20x5", "          ", "          "])
        #expect(state.render(size: Size(width: 21, height: 4)).lines[0] == "too small: needs 20x5")
        #expect(state.render(size: Size(width: 30, height: 4)).lines[0] == "terminal too small: needs 20x5")
    }

    @Test func wideCharactersAndCombiningMarksKeepEveryRowItsWidth() {
        var builder = MapBuilder()
        let root = builder.node(titled: "漢字のテーゼ 🙂 with a long tail that must be cut", kind: .statement, at: Fixture.location)
        let child = builder.node(titled: "Cafe\u{301} crème 中文", kind: .statement, at: Fixture.location)
        builder.relate(child, .attack, root, at: Fixture.location)
        let state = BrowserState(loaded: LoadedMap(map: builder.build()))
        for size in [Size(width: 30, height: 8), Size(width: 41, height: 8), Size(width: 120, height: 10)] {
            let frame = state.render(size: size)
            for line in frame.lines { #expect(DisplayWidth.of(line) == size.width, "\(line)") }
        }
        let lines = state.render(size: Size(width: 30, height: 8)).lines
        #expect(lines[0] == "▌▾  漢字のテーゼ 🙂 with a lo…")
        #expect(lines[1] == " └─ − Cafe\u{301} crème 中文         ")
    }

    @Test func controlCharactersInTitlesAreShownEscaped() {
        var builder = MapBuilder()
        _ = builder.node(titled: "evil\u{1B}[2Jtitle", kind: .statement, at: Fixture.location)
        let frame = BrowserState(loaded: LoadedMap(map: builder.build())).render(size: Size(width: 40, height: 6))
        #expect(frame.lines[0].hasPrefix("▌   evil\\e[2Jtitle"))
        #expect(!frame.cells.contains { $0.text.unicodeScalars.contains { $0.value == 0x1B } })
    }

    @Test func statusLineShowsPositionSearchAndFilter() {
        var state = Fixture.state()
        _ = state.press(.character("j"), .character("f"))
        let status = state.render(size: Size(width: 80, height: 24)).lines[23]
        #expect(status.contains("Scaling debate"))
        #expect(status.contains("2/6"))
        #expect(status.contains("filter: supporting"))
        #expect(status.hasSuffix("? help "))
    }
}

@Suite struct ReadmeTests {
    /// The README's key tables are the key table's own Markdown. `RECORD_README=1` rewrites them.
    @Test func readmeKeyTablesMatchTheKeyTable() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../README.md").standardized
        let readme = try String(contentsOf: url, encoding: .utf8)
        let begin = "<!-- keys:begin -->\n"
        let end = "<!-- keys:end -->"
        guard let start = readme.range(of: begin), let stop = readme.range(of: end, range: start.upperBound..<readme.endIndex) else {
            Issue.record("README.md has no \(begin) ... \(end) block")
            return
        }
        let generated = KeyTable.markdown()
        if ProcessInfo.processInfo.environment["RECORD_README"] == "1" {
            try (readme[..<start.upperBound] + generated + readme[stop.lowerBound...]).write(to: url, atomically: true, encoding: .utf8)
            Issue.record("rewrote the README key tables; run again without RECORD_README")
            return
        }
        #expect(String(readme[start.upperBound..<stop.lowerBound]) == generated)
    }
}

@Suite struct PaneGapTests {
    /// Beside the detail pane, the outline leaves a blank column before the separator, however
    /// long a row's title and its folded tally (`[+3 −0]`).
    @Test func anOutlineRowNeverTouchesTheSeparator() {
        var builder = MapBuilder()
        let thesis = builder.node(titled: String(repeating: "A long thesis title ", count: 5), kind: .statement, at: Fixture.location)
        for index in 1...3 {
            let reason = builder.node(titled: "Reason \(index)", kind: .statement, at: Fixture.location)
            builder.relate(reason, .support, thesis, at: Fixture.location)
        }
        var state = BrowserState(loaded: LoadedMap(map: builder.build()), size: Size(width: 100, height: 30))
        _ = state.press(.character("z"))
        let frame = state.render(size: Size(width: 100, height: 30))
        let separator = state.layout.detail!.column - 1
        #expect(frame.lines[0].contains("[+3"))
        #expect((0..<29).allSatisfy { frame[separator - 1, $0].text == " " || frame[separator - 1, $0].text.isEmpty }, "\(frame.lines[0])")
    }
}

@Suite struct SourceHeaderTests {
    /// Too long for the screen, the header gives up the middle of the path, then the title's
    /// end, but keeps the span and the file's name.
    @Test(arguments: [
        (100, "1:1-4  The Report — /home/reader/projects/debates/scaling/sources/2025/quarterly-report.txt"),
        (80, "1:1-4  The Report — /home/reader/projects/debates/scaling/…/quarterly-report.txt"),
        (60, "1:1-4  The Report — /home/reader/proje…/quarterly-report.txt"),
        (40, "1:1-4  The Rep… — …/quarterly-report.txt"),
    ])
    func theHeaderCutsThePathsMiddleAndKeepsTheFileName(width: Int, expected: String) {
        let path = "/home/reader/projects/debates/scaling/sources/2025/quarterly-report.txt"
        var builder = MapBuilder()
        let claim = builder.node(titled: "Claim", kind: .statement, at: Fixture.location)
        builder.addData([DataEntry("source", .string("doc")), DataEntry("quote", .string("Line"))], to: claim, at: Fixture.location)
        let document = SourceDocument(id: "doc", title: "The Report", path: path, lines: ["Line one."])
        let loaded = LoadedMap(map: builder.build(), documents: ["doc": document],
                               citations: [ResolvedCitation(node: claim, index: 0, span: TextSpan(line: 1, column: 1, endLine: 1, endColumn: 4))])
        let size = Size(width: width, height: 10)
        var state = BrowserState(loaded: loaded, size: size)
        _ = state.press(.enter)
        #expect(state.render(size: size).lines[0].trimmingTrailingSpaces == expected)
    }
}

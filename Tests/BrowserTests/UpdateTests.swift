import ArgumentMap
@testable import Browser
import Screen
import Testing

@Suite struct MovementTests {
    @Test func jAndKAndArrowsMoveOneRow() {
        var state = Fixture.state()
        _ = state.press(.character("j"), .down)
        #expect(state.selectedTitle == "Benchmarks saturate")
        _ = state.press(.character("k"))
        #expect(state.selectedTitle == "Loss falls")
        _ = state.press(.up, .up)
        #expect(state.outline.cursor == 0)
    }

    @Test func siblingsAndParent() {
        var state = Fixture.state()
        _ = state.press(.character("j"), .character("J"))
        #expect(state.outline.cursor == 5)
        _ = state.press(.character("K"))
        #expect(state.outline.cursor == 1)
        _ = state.press(.character("G"), .character("k"), .character("H"))
        #expect(state.selectedTitle == "Data wall")
        #expect(state.outline.cursor == 3)
    }

    @Test func firstAndLast() {
        var state = Fixture.state()
        _ = state.press(.character("G"))
        #expect(state.outline.cursor == 5)
        _ = state.press(.character("g"))
        #expect(state.outline.cursor == 0)
        _ = state.press(.end)
        #expect(state.outline.cursor == 5)
        _ = state.press(.home)
        #expect(state.outline.cursor == 0)
    }

    @Test func pagesAndHalfPagesFollowTheOutlineHeight() {
        // 80x24 puts the detail below: 23 body rows, 13 of them outline.
        var state = BrowserState(loaded: Fixture.largeMap(count: 200), size: Size(width: 80, height: 24))
        _ = state.press(.character("Z"))
        _ = state.press(.pageDown)
        #expect(state.outline.cursor == 13)
        #expect(state.outline.scroll == 1)
        _ = state.press(.control("d"))
        #expect(state.outline.cursor == 19)
        _ = state.press(.control("u"))
        #expect(state.outline.cursor == 13)
        _ = state.press(.pageUp)
        #expect(state.outline.cursor == 0)
        _ = state.press(.control("f"))
        #expect(state.outline.cursor == 13, "Ctrl-f pages down, as in vim and less")
        _ = state.press(.control("b"))
        #expect(state.outline.cursor == 0)
        #expect(state.outline.scroll == 0)
    }

    @Test func mouseClickSelectsAndClickOnTheMarkerFolds() {
        var state = Fixture.state()
        _ = state.handle(.mouse(MouseEvent(.press, column: 10, row: 3)))
        #expect(state.selectedTitle == "Data wall")
        _ = state.handle(.mouse(MouseEvent(.press, column: 3, row: 1)))
        #expect(state.selectedTitle == "Loss falls")
        #expect(state.rowSummary == ["0:Scaling wins", "1:Loss falls", "1:>Data wall"])
    }

    @Test func wheelScrollsAndKeepsTheCursorInView() {
        var state = BrowserState(loaded: Fixture.largeMap(count: 200), size: Size(width: 80, height: 24))
        _ = state.press(.character("Z"))
        _ = state.handle(.mouse(MouseEvent(.wheelDown, column: 1, row: 1)))
        _ = state.handle(.mouse(MouseEvent(.wheelDown, column: 1, row: 1)))
        #expect(state.outline.scroll == 6)
        #expect(state.outline.cursor == 6)
        _ = state.handle(.mouse(MouseEvent(.wheelUp, column: 1, row: 1)))
        #expect(state.outline.scroll == 3)
    }

    @Test func resizeKeepsTheCursorOnScreen() {
        var state = BrowserState(loaded: Fixture.largeMap(count: 200), size: Size(width: 120, height: 40))
        _ = state.press(.character("Z"), .character("G"))
        _ = state.handle(.resize(Size(width: 20, height: 5)))
        #expect(state.outline.scroll == state.outline.rows.count - 4)
        #expect(state.selectedTitle == "Claim 110")
        #expect(state.render(size: Size(width: 20, height: 5)).lines[3].contains("Claim 110"))
    }
}

@Suite struct FoldTests {
    @Test func hFoldsThenGoesToTheParent() {
        var state = Fixture.state()
        _ = state.press(.character("j"), .character("h"))
        #expect(state.rowSummary == ["0:Scaling wins", "1:Loss falls", "1:>Data wall"])
        _ = state.press(.left)
        #expect(state.outline.cursor == 0)
    }

    @Test func lUnfoldsThenGoesToTheFirstChild() {
        var state = Fixture.state()
        _ = state.press(.character("j"), .character("h"), .character("l"))
        #expect(state.outline.rows.count == 6)
        #expect(state.outline.cursor == 1)
        _ = state.press(.right)
        #expect(state.selectedTitle == "Benchmarks saturate")
    }

    @Test func spaceToggles() {
        var state = Fixture.state()
        _ = state.press(.character(" "))
        #expect(state.rowSummary == ["0:Scaling wins"])
        _ = state.press(.character(" "))
        #expect(state.outline.rows.count == 6)
    }

    @Test func foldAllAndUnfoldAll() {
        var state = Fixture.state()
        _ = state.press(.character("G"), .character("z"))
        #expect(state.rowSummary == ["0:Scaling wins"])
        #expect(state.outline.cursor == 0)
        _ = state.press(.character("Z"))
        #expect(state.outline.rows.count == 6)
    }

    @Test func digitsUnfoldToThatDepth() {
        var state = Fixture.state()
        _ = state.press(.character("1"))
        #expect(state.rowSummary == ["0:Scaling wins"])
        _ = state.press(.character("2"))
        #expect(state.rowSummary == ["0:Scaling wins", "1:Loss falls", "1:>Data wall"])
        _ = state.press(.character("3"))
        #expect(state.rowSummary == ["0:Scaling wins", "1:Loss falls", "2:Benchmarks saturate", "2:Data wall", "1:>Data wall"])
    }

    @Test func depthKeyLeavesTheCursorOnItsNearestVisibleAncestor() {
        var state = Fixture.state()
        _ = state.press(.character("j"), .character("j"), .character("j"), .character("j"), .character("2"))
        #expect(state.rowSummary == ["0:Scaling wins", "1:Loss falls", "1:>Data wall"])
        #expect(state.selectedTitle == "Loss falls")
    }

    @Test func foldEverythingButThePathToTheCursor() {
        var state = Fixture.state()
        _ = state.press(.character("j"), .character("j"), .character("x"))
        #expect(state.rowSummary == ["0:Scaling wins", "1:Loss falls", "2:Benchmarks saturate", "2:Data wall", "1:>Data wall"])
        #expect(state.selectedTitle == "Benchmarks saturate")
    }

    @Test func foldedRowShowsSupportersAndAttackersBeneathIt() {
        var state = Fixture.state()
        _ = state.press(.character("j"), .character("h"))
        #expect(state.render(size: Size(width: 80, height: 24)).lines[1].contains("[+1 −2]"))
    }
}

@Suite struct FollowTests {
    @Test func enterOnACrossReferenceUnfoldsAndJumpsAndEscReturnsExactly() {
        var state = Fixture.state()
        _ = state.press(.character("j"), .character("h"), .character("j"))
        #expect(state.rowSummary == ["0:Scaling wins", "1:Loss falls", "1:>Data wall"])
        _ = state.press(.enter)
        #expect(state.outline.cursor == 3)
        #expect(state.selectedTitle == "Data wall")
        #expect(state.outline.rows.count == 6)
        _ = state.press(.escape)
        #expect(state.rowSummary == ["0:Scaling wins", "1:Loss falls", "1:>Data wall"])
        #expect(state.outline.cursor == 2)
        _ = state.press(.tab)
        #expect(state.outline.cursor == 3)
        _ = state.press(.control("o"))
        #expect(state.outline.cursor == 2)
        _ = state.press(.control("i"))
        #expect(state.outline.cursor == 3)
        _ = state.press(.backspace)
        #expect(state.outline.cursor == 2)
    }

    /// As the key table says: with nothing to open or jump to, Enter folds or unfolds.
    @Test func enterOnAClaimCitingNothingFoldsAndUnfoldsIt() {
        var state = Fixture.state()
        #expect(state.selectedTitle == "Scaling wins" && state.outline.rows.count == 6)
        _ = state.press(.enter)
        #expect(state.rowSummary == ["0:Scaling wins"])
        _ = state.press(.enter)
        #expect(state.outline.rows.count == 6 && state.view == .outline)
        #expect(KeyTable.bindings.contains { $0.action == .follow && $0.context == .outline && $0.help.hasSuffix("else fold/unfold") })
    }

    @Test func enterOnACitedClaimOpensTheSourceAtTheSpan() {
        var state = Fixture.state()
        _ = state.press(.character("j"), .enter)
        guard case .source(let page) = state.view else {
            Issue.record("expected the source view")
            return
        }
        #expect(page.highlighted == TextSpan(line: 2, column: 6, endLine: 2, endColumn: 19))
        _ = state.press(.character("n"))
        guard case .source(let next) = state.view else { return }
        #expect(next.highlighted == TextSpan(line: 3, column: 1, endLine: 3, endColumn: 14))
        _ = state.press(.character("N"))
        guard case .source(let previous) = state.view else { return }
        #expect(previous.highlighted?.line == 2)
        _ = state.press(.escape)
        #expect(state.view == .outline)
        #expect(state.selectedTitle == "Loss falls")
    }

    @Test func enterOnASpanListsTheClaimsCitingItAndJumpsToTheChosenOne() {
        var state = Fixture.state()
        _ = state.press(.character("j"), .character("h"), .enter, .character("n"), .enter)
        #expect(state.view == .citers(nodes: [state.map.node(titled: "Data wall")!], cursor: 0))
        #expect(state.render(size: Size(width: 80, height: 24)).lines[1].contains("Data wall"))
        _ = state.press(.enter)
        #expect(state.view == .outline)
        #expect(state.selectedTitle == "Data wall")
        #expect(state.outline.rows.count == 6)
        _ = state.press(.escape, .escape, .escape)
        #expect(state.view == .outline)
        #expect(state.outline.cursor == 1)
        #expect(state.outline.rows.count == 3)
    }

    @Test func sourceViewScrollsWithTheMovementKeys() {
        let lines = (1...100).map { "Line \($0) of the long source." }
        var builder = MapBuilder()
        let claim = builder.node(titled: "Claim", kind: .statement, at: Fixture.location)
        builder.addData([DataEntry("source", .string("doc")), DataEntry("quote", .string("Line 50 of"))], to: claim, at: Fixture.location)
        let map = builder.build()
        let loaded = LoadedMap(
            map: map, documents: ["doc": SourceDocument(id: "doc", title: "Doc", path: "doc.txt", lines: lines)],
            citations: [ResolvedCitation(node: claim, index: 0, span: TextSpan(line: 50, column: 1, endLine: 50, endColumn: 10))])
        var state = BrowserState(loaded: loaded, size: Size(width: 80, height: 24))
        _ = state.press(.enter)
        let frame = state.render(size: Size(width: 80, height: 24))
        #expect(frame.lines[12].hasPrefix(" 50 Line 50"), "the span sits mid-screen")
        func top() -> Int? { if case .source(let page) = state.view { page.top.line } else { nil } }
        let start = top() ?? 0
        _ = state.press(.character("j"))
        #expect(top() == start + 1)
        _ = state.press(.pageDown)
        #expect(top() == start + 23)
        _ = state.press(.control("u"))
        #expect(top() == start + 12)
        _ = state.press(.character("g"))
        #expect(top() == 0)
        _ = state.press(.character("G"))
        #expect(top() == 100 - 22)
        _ = state.press(.character("q"))
        #expect(state.view == .outline)
    }

    /// A line wider than the screen takes several rows; scrolling moves through them one at a
    /// time and G stops with the last row at the bottom, without wrapping the whole document.
    @Test func sourceViewScrollsThroughWrappedRows() {
        let long = (1...30).map { "word\($0)" }.joined(separator: " ")
        let lines = ["First line.", long, "Third line.", "Fourth line."]
        var builder = MapBuilder()
        let claim = builder.node(titled: "Claim", kind: .statement, at: Fixture.location)
        builder.addData([DataEntry("source", .string("doc")), DataEntry("quote", .string("First"))], to: claim, at: Fixture.location)
        let loaded = LoadedMap(
            map: builder.build(), documents: ["doc": SourceDocument(id: "doc", title: "Doc", path: "doc.txt", lines: lines)],
            citations: [ResolvedCitation(node: claim, index: 0, span: TextSpan(line: 1, column: 1, endLine: 1, endColumn: 5))])
        var state = BrowserState(loaded: loaded, size: Size(width: 40, height: 6))
        _ = state.press(.enter)
        func top() -> SourceLayout.Row? { if case .source(let page) = state.view { page.top } else { nil } }
        func text() -> [String] { state.render(size: Size(width: 40, height: 6)).lines.dropFirst().prefix(4).map { $0.trimmingTrailingSpaces } }
        #expect(top() == .first)
        _ = state.press(.character("j"))
        #expect(top() == SourceLayout.Row(line: 1, piece: 0))
        _ = state.press(.character("j"))
        #expect(top() == SourceLayout.Row(line: 1, piece: 1))
        #expect(text().first?.hasPrefix("  word") == true, "a continuation row has no line number: \(text())")
        _ = state.press(.character("G"))
        #expect(text().suffix(2) == ["3 Third line.", "4 Fourth line."], "\(text())")
        _ = state.press(.character("k"))
        #expect(text().last == "3 Third line.", "\(text())")
        _ = state.press(.character("k"))
        #expect(text().last?.hasPrefix("  word") == true, "the long line's last row: \(text())")
        _ = state.press(.character("g"))
        #expect(top() == .first)
    }

    /// A map of claims titled as given, each citing its span of a document of numbered lines.
    static func source(lines count: Int, citedBy citing: [(title: String, span: TextSpan)]) -> LoadedMap {
        var builder = MapBuilder()
        let nodes = citing.map { claim in
            let node = builder.node(titled: claim.title, kind: .statement, at: Fixture.location)
            builder.addData([DataEntry("source", .string("doc")), DataEntry("quote", .string("Line"))], to: node, at: Fixture.location)
            return node
        }
        let lines = (1...count).map { "Line \($0) of the source." }
        return LoadedMap(
            map: builder.build(), documents: ["doc": SourceDocument(id: "doc", title: "Doc", path: "doc.txt", lines: lines)],
            citations: zip(nodes, citing).map { ResolvedCitation(node: $0, index: 0, span: $1.span) })
    }

    /// The passage opened is highlighted; the document's other cited passages are underlined,
    /// a long one too where it runs on from a line above the screen.
    @Test func sourceViewUnderlinesTheOtherCitedPassages() throws {
        let loaded = FollowTests.source(lines: 60, citedBy: [
            ("First", TextSpan(line: 30, column: 6, endLine: 30, endColumn: 7)),
            ("Second", TextSpan(line: 2, column: 1, endLine: 33, endColumn: 4)),
        ])
        var state = BrowserState(loaded: loaded, size: Size(width: 80, height: 24))
        _ = state.press(.enter)
        let frame = state.render(size: Size(width: 80, height: 24))
        let row = frame.lines.firstIndex { $0.contains("Line 30 of") } ?? 0
        let gutter = 3
        #expect(frame[gutter + 5, row].style.background == .yellow, "the opened passage")
        #expect(frame[gutter, row].style.underline && frame[gutter, row].style.background != .yellow, "the long passage from line 2")
        let afterLong = try #require(frame.lines.firstIndex { $0.contains("Line 35 of") })
        #expect(!frame[gutter, afterLong].style.underline, "past the long passage's end")
    }

    /// Enter on a passage lists every claim citing it, in map order, and no other.
    @Test func enterListsEveryClaimCitingThePassage() {
        let passage = TextSpan(line: 40, column: 1, endLine: 40, endColumn: 4)
        let loaded = FollowTests.source(lines: 60, citedBy: [
            ("Late", passage), ("Other", TextSpan(line: 40, column: 1, endLine: 40, endColumn: 5)),
            ("Early", TextSpan(line: 3, column: 1, endLine: 3, endColumn: 4)), ("Again", passage),
        ])
        var state = BrowserState(loaded: loaded, size: Size(width: 80, height: 24))
        _ = state.press(.enter, .enter)
        #expect(state.view == .citers(nodes: ["Late", "Again"].compactMap { state.map.node(titled: $0) }, cursor: 0))
    }

    /// A wrapped line of accented text is styled by character: the highlighted word on its
    /// second row, the text around it plain.
    @Test func aWrappedAccentedLineIsHighlightedByCharacter() {
        let loaded = FollowTests.source(lines: 1, citedBy: [("Crème", TextSpan(line: 1, column: 15, endLine: 1, endColumn: 19))])
        let text = "café au lait, crème brûlée et thé vert"
        let document = SourceDocument(id: "doc", title: "Doc", path: "doc.txt", lines: [text])
        var state = BrowserState(loaded: LoadedMap(map: loaded.map, documents: ["doc": document], citations: loaded.citations), size: Size(width: 20, height: 8))
        _ = state.press(.enter)
        let frame = state.render(size: Size(width: 20, height: 8))
        #expect(frame.lines[1...3].map(\.trimmingTrailingSpaces) == ["1 café au lait,", "  crème brûlée et", "  thé vert"])
        #expect((2..<7).allSatisfy { frame[$0, 2].style.background == .yellow })
        #expect(frame[7, 2].style == .plain && frame[6, 1].style == .plain)
    }

    /// A control character is drawn as its escape (`\u{7}`, `\e`), several columns wide: the
    /// highlight after it covers the passage as drawn, not the columns the raw text would take.
    @Test(arguments: ["C\u{7}D target two here", "C\u{1B}[2JD target two here", "C\u{C}\u{C}D target two here"])
    func aControlCharacterBeforeThePassageDoesNotShiftItsHighlight(line: String) throws {
        let start = line.distance(from: line.startIndex, to: try #require(line.range(of: "target")).lowerBound) + 1
        let loaded = FollowTests.source(lines: 1, citedBy: [("Two", TextSpan(line: 1, column: start, endLine: 1, endColumn: start + 9))])
        let document = SourceDocument(id: "doc", title: "Doc", path: "doc.txt", lines: [line])
        var state = BrowserState(loaded: LoadedMap(map: loaded.map, documents: ["doc": document], citations: loaded.citations), size: Size(width: 60, height: 8))
        _ = state.press(.enter)
        let frame = state.render(size: Size(width: 60, height: 8))
        let highlighted = (0..<60).filter { frame[$0, 1].style.background == .yellow }
        let drawn = frame.lines[1]
        let highlightedText = String(drawn.dropFirst(try #require(highlighted.first)).prefix(highlighted.count))
        #expect(highlightedText == "target two", "\(drawn)")
    }

    /// A passage far into a line wider than many screens opens with the row it starts on in the
    /// middle of the screen, highlighted; n to the next passage of that line does the same.
    @Test func aPassageFarIntoALongLineIsScrolledTo() throws {
        let words = (1...400).map { "w\($0)" }
        let line = words.joined(separator: " ")
        func span(of word: String) -> TextSpan {
            let column = line.distance(from: line.startIndex, to: line.range(of: " \(word) ")!.lowerBound) + 2
            return TextSpan(line: 1, column: column, endLine: 1, endColumn: column + word.count - 1)
        }
        let loaded = FollowTests.source(lines: 1, citedBy: [("Far", span(of: "w200")), ("Farther", span(of: "w260"))])
        let document = SourceDocument(id: "doc", title: "Doc", path: "doc.txt", lines: [line])
        let size = Size(width: 40, height: 12)
        var state = BrowserState(loaded: LoadedMap(map: loaded.map, documents: ["doc": document], citations: loaded.citations), size: size)
        func highlightedRow() -> Int? {
            let frame = state.render(size: size)
            return (1..<size.height).first { row in (0..<size.width).contains { frame[$0, row].style.background == .yellow } }
        }
        func shows(_ word: String) -> Bool { state.render(size: size).lines.contains { $0.contains(" \(word) ") } }
        _ = state.press(.enter)
        #expect(shows("w200"))
        let middle = try #require(highlightedRow())
        #expect((4...7).contains(middle), "the passage is in the middle of the text area, on row \(middle)")
        _ = state.press(.character("n"))
        #expect(shows("w260"))
        #expect(highlightedRow() == middle)
    }

    /// Scrolling a passage off screen makes the first cited passage on screen the current one,
    /// so the header, n/N and Enter are about what is shown; with none shown it stays.
    @Test func scrollingAwayFromThePassageTakesUpTheOneShown() {
        let loaded = FollowTests.source(lines: 100, citedBy: [
            ("Early", TextSpan(line: 5, column: 1, endLine: 5, endColumn: 4)),
            ("Late", TextSpan(line: 90, column: 1, endLine: 90, endColumn: 4)),
        ])
        var state = BrowserState(loaded: loaded, size: Size(width: 80, height: 24))
        _ = state.press(.enter)
        func current() -> Int? { if case .source(let page) = state.view { page.current } else { nil } }
        #expect(current() == 0)
        _ = state.press(.control("d"))
        #expect(current() == 0, "no passage on screen: the current one stays")
        _ = state.press(.character("G"))
        #expect(current() == 1)
        #expect(state.render(size: Size(width: 80, height: 24)).lines[0].hasPrefix("90:1-4"))
        _ = state.press(.enter)
        #expect(state.render(size: Size(width: 80, height: 24)).lines.contains { $0.contains("Late") })
        _ = state.press(.escape, .character("g"))
        #expect(current() == 0)
    }

    /// Typing a search says at once when nothing matches, before Enter.
    @Test func aSearchWithoutMatchSaysSoWhileTyped() {
        var state = BrowserState(loaded: Fixture.loaded())
        _ = state.press(.character("/"))
        state.type("zzq")
        let status = state.render(size: Size(width: 100, height: 10)).lines[9]
        #expect(status.hasPrefix("/zzq  no match for “zzq”"), "\(status)")
        _ = state.press(.backspace, .backspace, .backspace)
        state.type("Data")
        #expect(!state.render(size: Size(width: 100, height: 10)).lines[9].contains("no match"))
    }

    /// On a narrow screen the answer to what is typed ends with an ellipsis where it is cut.
    @Test func aNarrowScreenCutsTheNoMatchAnswerWithAnEllipsis() {
        var state = BrowserState(loaded: Fixture.loaded())
        _ = state.press(.character("/"))
        state.type("zzq")
        #expect(state.render(size: Size(width: 22, height: 10)).lines[9] == "/zzq  no match for “z…")
        #expect(state.render(size: Size(width: 25, height: 10)).lines[9] == "/zzq  no match for “zzq” ")
        _ = state.press(.enter, .character("n"))
        #expect(state.render(size: Size(width: 22, height: 10)).lines[9] == " no match for “zzq”   ", "after n the whole answer shows")
    }

    @Test func citedClaimWhoseSourceIsNotDeclaredSaysSo() {
        var builder = MapBuilder()
        let claim = builder.node(titled: "Claim", kind: .statement, at: Fixture.location)
        builder.addData([DataEntry("source", .string("doc")), DataEntry("quote", .string("missing"))], to: claim, at: Fixture.location)
        var state = BrowserState(loaded: LoadedMap(map: builder.build()))
        _ = state.press(.enter)
        #expect(state.view == .outline)
        #expect(state.render(size: Size(width: 100, height: 10)).lines[9].contains("source not loaded"))
    }
}

@Suite struct SearchTests {
    /// Up and Down in the search prompt bring back this session's searches, the newest first, as
    /// in vim and less; Down past the newest gives back what was being typed.
    @Test func upAndDownInTheSearchPromptRecallEarlierSearches() {
        var state = Fixture.state()
        func prompt() -> String { state.render(size: Size(width: 80, height: 24)).lines[23] }
        for query in ["token", "data"] {
            _ = state.press(.character("/"))
            state.type(query)
            _ = state.press(.enter)
        }
        _ = state.press(.character("g"), .character("/"))
        state.type("tok")
        _ = state.press(.up)
        #expect(prompt().hasPrefix("/data "), "\(prompt())")
        _ = state.press(.up)
        #expect(prompt().hasPrefix("/token "), "\(prompt())")
        #expect(state.selectedTitle == "Token counts", "a search brought back searches at once")
        _ = state.press(.up)
        #expect(prompt().hasPrefix("/token "), "nothing older: \(prompt())")
        _ = state.press(.down)
        #expect(prompt().hasPrefix("/data "), "\(prompt())")
        _ = state.press(.down)
        #expect(prompt().hasPrefix("/tok "), "what was typed: \(prompt())")
        _ = state.press(.down)
        #expect(prompt().hasPrefix("/tok "), "nothing newer: \(prompt())")
        _ = state.press(.up, .up, .enter, .character("/"), .up)
        #expect(prompt().hasPrefix("/token "), "a search accepted again is the newest: \(prompt())")
    }

    @Test func searchMovesAsYouTypeAndUnfoldsFoldedThreads() {
        var state = Fixture.state()
        _ = state.press(.character("z"), .character("/"))
        state.type("token")
        #expect(state.selectedTitle == "Token counts")
        let frame = state.render(size: Size(width: 80, height: 24))
        #expect(frame.lines[23].hasPrefix("/token"))
        #expect(frame.cursor?.column == 6)
        let row = frame.lines.firstIndex { $0.contains("Token counts") } ?? 0
        let column = frame.lines[row].distance(from: frame.lines[row].startIndex, to: frame.lines[row].range(of: "Token")!.lowerBound)
        #expect(frame[column, row].style.underline)
    }

    /// A key looks at one slice of the claims; while the search has found nothing, the run loop
    /// has it go on slice by slice between keys, the status line saying how far it has got,
    /// until it jumps to the match, with no further key.
    @Test func aFarMatchIsFoundBetweenKeysSliceBySlice() {
        var state = BrowserState(loaded: Fixture.largeMap(count: 450_001))
        let count = state.tree.preorder.count
        let last = state.map[NodeID(Int(state.tree.preorder[count - 1]))].title
        func status() -> String { state.render(size: Size(width: 100, height: 10)).lines[9] }
        _ = state.press(.character("/"))
        state.type(last.lowercased())
        #expect(status().contains("searching… \(SearchScan.slice) of \(count) claims"), "\(status())")
        #expect(state.hasWorkBetweenKeys)
        for _ in 1...9 { state.workBetweenKeys() }
        #expect(status().contains("searching… \(10 * SearchScan.slice) of \(count) claims"), "\(status())")
        var slices = 10
        while state.hasWorkBetweenKeys {
            state.workBetweenKeys()
            slices += 1
        }
        #expect(state.selectedTitle == last)
        #expect(slices == count / SearchScan.slice + 1, "the match is the last of \(count) claims in preorder")
        #expect(!status().contains("searching"), "\(status())")
    }

    /// Once every claim has been looked at, the search says there is no match, and stops.
    @Test func aSearchGoingOnBetweenKeysSaysWhenNothingMatches() {
        var state = BrowserState(loaded: Fixture.largeMap(count: 450_000))
        _ = state.press(.character("/"))
        state.type("zzq")
        _ = state.press(.enter)
        #expect(state.hasWorkBetweenKeys, "Enter accepts the query; the search goes on")
        while state.hasWorkBetweenKeys { state.workBetweenKeys() }
        #expect(state.render(size: Size(width: 100, height: 10)).lines[9].contains("no match for “zzq”"))
        #expect(state.selectedTitle == "Claim 0")
    }

    /// A key that is not part of the search stops it: the reader has moved on. `n` goes on from
    /// where it stopped, counting on; `N` searches back from the cursor.
    @Test func aMovementKeyStopsASearchAndNGoesOn() {
        var state = BrowserState(loaded: Fixture.largeMap(count: 450_000))
        let count = state.tree.preorder.count
        func status() -> String { state.render(size: Size(width: 100, height: 10)).lines[9] }
        _ = state.press(.character("/"))
        state.type("zzq")
        _ = state.press(.enter)
        state.workBetweenKeys()
        _ = state.press(.character("j"))
        #expect(!state.hasWorkBetweenKeys)
        #expect(state.outline.cursor == 1, "the key did what it does")
        #expect(status().contains("search stopped at \(2 * SearchScan.slice) of \(count) claims: n goes on"), "\(status())")
        _ = state.press(.character("n"))
        #expect(state.hasWorkBetweenKeys)
        #expect(status().contains("searching… \(3 * SearchScan.slice) of \(count) claims"), "\(status())")
        _ = state.press(.character("N"))
        #expect(status().contains("searching… \(SearchScan.slice) of \(count) claims"), "turning back starts again: \(status())")
        _ = state.press(.escape)
        #expect(!state.hasWorkBetweenKeys, "Esc ends the search")
    }

    @Test func escCancelsBackToWhereTheSearchBegan() {
        var state = Fixture.state()
        _ = state.press(.character("j"), .character("h"), .character("/"))
        state.type("token")
        #expect(state.outline.rows.count == 6)
        _ = state.press(.escape)
        #expect(state.search == nil)
        #expect(state.outline.cursor == 1)
        #expect(state.outline.rows.count == 3)
    }

    @Test func enterAcceptsThenNAndShiftNStepThroughMatches() {
        var state = Fixture.state()
        _ = state.press(.character("/"))
        state.type("a")
        _ = state.press(.enter)
        #expect(state.selectedTitle == "Scaling wins")
        _ = state.press(.character("n"))
        #expect(state.selectedTitle == "Loss falls")
        _ = state.press(.character("n"))
        #expect(state.selectedTitle == "Benchmarks saturate")
        _ = state.press(.character("N"))
        #expect(state.selectedTitle == "Loss falls")
        #expect(state.render(size: Size(width: 80, height: 24)).lines[23].contains("/a"))
    }

    @Test func searchFindsQuotesAndTexts() {
        var builder = MapBuilder()
        _ = builder.node(titled: "First", kind: .statement, at: Fixture.location)
        let quoted = builder.node(titled: "Second", kind: .statement, at: Fixture.location)
        builder.addData([DataEntry("source", .string("doc")), DataEntry("quote", .string("zebra crossing"))], to: quoted, at: Fixture.location)
        let texted = builder.node(titled: "Third", kind: .statement, at: Fixture.location)
        builder.define(texted, text: "An okapi appears.", at: Fixture.location, section: nil)
        var state = BrowserState(loaded: LoadedMap(map: builder.build()))
        _ = state.press(.character("/"))
        state.type("ZEBRA")
        #expect(state.selectedTitle == "Second")
        _ = state.press(.escape, .character("/"))
        state.type("okapi")
        #expect(state.selectedTitle == "Third")
    }

    @Test func matchingIgnoresCaseAndAccents() {
        let matcher = SearchMatcher("cafe")
        #expect(matcher.contains("Le CAFÉ du coin"))
        #expect(matcher.contains("a Cafe"))
        #expect(!matcher.contains("caf"))
        #expect(matcher.contains("a café-less 漢字 world"))
        #expect(SearchMatcher("漢字").contains("a 漢字 world"))
        #expect(!SearchMatcher("zebra").contains("okapi"))
    }

    @Test func noMatchSaysSo() {
        var state = Fixture.state()
        _ = state.press(.character("/"))
        state.type("qqq")
        _ = state.press(.enter, .character("n"))
        #expect(state.outline.cursor == 0)
        #expect(state.render(size: Size(width: 80, height: 24)).lines[23].contains("no match"))
    }
}

@Suite struct MarkTests {
    @Test func dTogglesDisputedAndAsksToSave() {
        var state = Fixture.state()
        let effects = state.press(.character("j"), .character("d"))
        let expected = Marks([Mark(kind: .statement, title: "Loss falls")])
        #expect(effects == [.saveMarks(expected)])
        #expect(state.render(size: Size(width: 80, height: 24)).lines[1].contains("⚑"))
        #expect(state.press(.character("d")) == [.saveMarks(Marks())])
    }

    @Test func noteEditorSavesOnEnterAndCancelsOnEsc() {
        var state = Fixture.state()
        _ = state.press(.character("e"))
        state.type("weakk")
        _ = state.press(.backspace)
        #expect(state.render(size: Size(width: 80, height: 24)).lines[23].hasPrefix("note on “Scaling wins”: weak"))
        let effects = state.press(.enter)
        #expect(effects == [.saveMarks(Marks([Mark(kind: .statement, title: "Scaling wins", disputed: false, note: "weak")]))])
        _ = state.press(.character("e"))
        state.type(" indeed")
        #expect(state.press(.escape) == [])
        #expect(state.marks.all.first?.note == "weak")
        #expect(state.render(size: Size(width: 80, height: 24)).lines.contains { $0.contains("note: weak") })
        #expect(state.render(size: Size(width: 80, height: 24)).lines.contains { $0.contains("Scaling wins ✎") }, "the row says it has a note")
    }

    @Test func noteEditorMovesItsCursorAndEditsWhereItIs() {
        var state = Fixture.state()
        _ = state.press(.character("e"))
        state.type("weak data")
        _ = state.press(.left, .left, .left, .left, .backspace)
        state.type("_")
        _ = state.press(.home, .delete, .control("e"), .left, .control("u"))
        state.type("W")
        var frame = state.render(size: Size(width: 80, height: 24))
        let label = "note on “Scaling wins”: "
        #expect(frame.lines[23].hasPrefix(label + "Wa"))
        #expect(frame.cursor?.column == label.count + 1, "the cursor stands after what was typed last")
        _ = state.press(.end, .right)
        state.type("!")
        frame = state.render(size: Size(width: 80, height: 24))
        #expect(frame.cursor?.column == label.count + 3)
        #expect(state.press(.enter) == [.saveMarks(Marks([Mark(kind: .statement, title: "Scaling wins", disputed: false, note: "Wa!")]))])
    }

    /// On a narrow terminal the note prompt's label gives way (the title cut, the hint dropped,
    /// then all but "note: ") so that what is typed and the cursor stay in view.
    @Test(arguments: [(30, 10, "note: abc"), (50, 12, "note on “Scaling wins”: abc"), (80, 24, "note on “Scaling wins”: abc"), (110, 24, "note on “Scaling wins” (Enter saves, Esc cancels): abc")])
    func theNoteLabelGivesWayToWhatIsTyped(width: Int, height: Int, expected: String) {
        let size = Size(width: width, height: height)
        var state = Fixture.state(size: size)
        _ = state.press(.character("e"))
        state.type("abc")
        let frame = state.render(size: size)
        #expect(frame.lines[height - 1].trimmingTrailingSpaces == expected)
        #expect(frame.cursor?.column == expected.count)
    }

    @Test func controlWDeletesTheWordBeforeTheCursor() {
        var field = TextField("weak  data here")
        _ = field.edit(.left)
        _ = field.edit(.left)
        _ = field.edit(.left)
        _ = field.edit(.left)
        #expect(field.edit(.control("w")) == .changed)
        #expect(field.text == "weak  here" && field.beforeCursor == "weak  ")
        _ = field.edit(.control("w"))
        #expect(field.text == "here" && field.cursor == 0)
        #expect(field.edit(.control("w")) == .ignored)
    }

    @Test func controlCCancelsTheNoteAndTheSearch() {
        var state = Fixture.state()
        _ = state.press(.character("e"))
        state.type("half")
        #expect(state.press(.control("c")).isEmpty)
        #expect(state.noteDraft == nil && state.marks.all.isEmpty)
        _ = state.press(.character("/"))
        state.type("Data")
        #expect(state.press(.control("c")).isEmpty)
        #expect(state.search == nil && state.selectedTitle == "Scaling wins")
        #expect(state.press(.control("c")) == [.quit], "outside a prompt Ctrl-C quits")
    }

    @Test func aLongNoteScrollsToKeepTheCursorOnScreen() {
        var state = Fixture.state()
        _ = state.press(.character("e"))
        state.type(String(repeating: "abcdefghij", count: 10) + "END")
        var frame = state.render(size: Size(width: 80, height: 24))
        let label = "note on “Scaling wins”: "
        #expect(frame.lines[23] == label + "…" + String(String(repeating: "abcdefghij", count: 10).suffix(79 - label.count - 1 - 3)) + "END ")
        #expect(frame.cursor?.column == 79)
        _ = state.press(.home)
        frame = state.render(size: Size(width: 80, height: 24))
        #expect(frame.lines[23].contains("wins”: abcdefghij"))
        #expect(frame.cursor?.column == label.count)
    }

    @Test func aKeyThatDoesNothingSaysSoAndWhereTheKeysAreListed() {
        var state = Fixture.state()
        _ = state.press(.character(":"))
        #expect(state.render(size: Size(width: 80, height: 24)).lines[23].contains("“:” does nothing here; ? lists the keys"))
        _ = state.press(.character("j"))
        #expect(!state.render(size: Size(width: 80, height: 24)).lines[23].contains("does nothing"))
        _ = state.press(.control("x"))
        #expect(state.render(size: Size(width: 80, height: 24)).lines[23].contains("Ctrl-x does nothing here"))
    }

    @Test func aSearchThatWrapsAroundSaysSo() {
        var state = Fixture.state()
        _ = state.press(.character("Z"), .character("G"))
        let last = state.selectedTitle
        _ = state.press(.character("/"))
        state.type("Scaling wins")
        #expect(state.selectedTitle == "Scaling wins")
        #expect(state.render(size: Size(width: 80, height: 24)).lines[23].contains("search hit the bottom, went on from the top"))
        _ = state.press(.enter, .character("G"))
        #expect(state.selectedTitle == last)
        _ = state.press(.character("N"))
        #expect(state.selectedTitle == "Scaling wins")
        #expect(!state.render(size: Size(width: 80, height: 24)).lines[23].contains("search hit"), "going back from the last row reaches the first without wrapping")
        _ = state.press(.character("N"))
        #expect(state.render(size: Size(width: 80, height: 24)).lines[23].contains("search hit the top, went on from the bottom"))
    }

    @Test func theSearchPromptEditsWhereItsCursorIs() {
        var state = Fixture.state()
        _ = state.press(.character("/"))
        state.type("Tken")
        _ = state.press(.left, .left, .left)
        state.type("o")
        #expect(state.render(size: Size(width: 80, height: 24)).lines[23].hasPrefix("/Token"))
        #expect(state.selectedTitle == "Token counts")
    }

    @Test func marksListShowsMarksAndJumpsToOne() {
        var state = Fixture.state(marks: Marks([Mark(kind: .statement, title: "Token counts", note: "old data")]))
        _ = state.press(.character("z"), .character("m"))
        let lines = state.render(size: Size(width: 80, height: 24)).lines
        #expect(lines[0].hasPrefix("Marks (1)"))
        #expect(lines[1].hasPrefix("▌⚑ Token counts ✎ old data"))
        _ = state.press(.enter)
        #expect(state.view == .outline)
        #expect(state.selectedTitle == "Token counts")
        _ = state.press(.escape)
        #expect(state.view == .marks(cursor: 0))
        _ = state.press(.character("q"))
        #expect(state.rowSummary == ["0:Scaling wins"])
    }

    @Test(arguments: [true, false])
    func marksListShowsTheOutlinesGlyphs(unicode: Bool) {
        let marks = Marks([
            Mark(kind: .statement, title: "Token counts", disputed: false, note: "old data"),
            Mark(kind: .statement, title: "Data wall"),
        ])
        var state = Fixture.state(marks: marks, options: BrowserOptions(unicode: unicode))
        let glyphs = unicode ? (disputed: "⚑", noted: "✎") : (disputed: "!", noted: "@")
        let outline = state.render(size: Size(width: 80, height: 24)).lines
        #expect(outline.contains { $0.contains("Token counts \(glyphs.noted)") })
        _ = state.press(.character("m"))
        let list = state.render(size: Size(width: 80, height: 24)).lines
        #expect(list.contains { $0.contains("\(glyphs.disputed) Data wall") })
        #expect(list.contains { $0.contains("  Token counts \(glyphs.noted) old data") })
    }

    /// A mark on a title the map no longer has (the map was edited) is dimmed and says so in the
    /// marks list, in every glyph set, and `d` there drops it: it could only be taken out of the
    /// marks file by hand before.
    @Test(arguments: [true, false])
    func aMarkWhoseClaimIsGoneIsShownAsSuchAndDDropsIt(unicode: Bool) {
        let live = Mark(kind: .statement, title: "Token counts", disputed: false, note: "old data")
        var state = Fixture.state(marks: Marks([live, Mark(kind: .statement, title: "Vanished claim")]), options: BrowserOptions(color: unicode, unicode: unicode))
        _ = state.press(.character("m"))
        var frame = state.render(size: state.size)
        #expect(frame.lines[1].contains("Token counts") && !frame.lines[1].contains("gone"))
        #expect(!frame[3, 1].style.dim)
        #expect(frame.lines[2].hasPrefix(" \(unicode ? "⚑" : "!") Vanished claim (gone from the map)"))
        #expect(frame[3, 2].style.dim)
        #expect(frame.lines[23].contains("Enter goes to the claim"))
        let (open, close) = unicode ? ("“", "”") : ("\"", "\"")

        _ = state.press(.character("j"))
        #expect(state.statusText.contains("its claim is gone from the map: d drops the mark"))
        _ = state.press(.enter)
        #expect(state.statusText.contains("\(open)Vanished claim\(close) is no longer in this map; d drops the mark"))
        #expect(state.press(.character("d")) == [.saveMarks(Marks([live]))])
        #expect(state.marks == Marks([live]))
        #expect(state.view == .marks(cursor: 0), "the cursor stays on the list, on the mark before")
        frame = state.render(size: state.size)
        #expect(frame.lines[0].hasPrefix("Marks (1)"))
        #expect(frame.lines[23].contains("dropped the mark on \(open)Vanished claim\(close), gone from the map"))
    }

    @Test func dInTheMarksListLeavesALiveClaimsMarkAsItIs() {
        let marks = Marks([Mark(kind: .statement, title: "Data wall", note: "thin")])
        var state = Fixture.state(marks: marks)
        _ = state.press(.character("m"))
        #expect(state.press(.character("d")).isEmpty)
        #expect(state.marks == marks && state.view == .marks(cursor: 0))
        #expect(state.statusText.contains("d drops only a mark whose claim is gone; Enter goes to “Data wall”"))
        _ = state.press(.enter)
        #expect(state.selectedTitle == "Data wall")
    }

    @Test func dDoesNothingInTheOtherLists() {
        var state = Fixture.state(marks: Marks([Mark(kind: .statement, title: "Vanished claim")]))
        _ = state.press(.character("?"))
        #expect(state.press(.character("d")).isEmpty)
        #expect(state.statusText.contains("“d” does nothing here"))
        #expect(state.marks.count == 1)
        #expect(KeyTable.action(for: .character("d"), in: .marks) == .dropMark)
        #expect(KeyTable.action(for: .enter, in: .marks) == .follow, "the marks list keeps the lists' keys")
        #expect(KeyTable.action(for: .character("q"), in: .marks) == .quit, "and everywhere's")
    }

    @Test func evaluationShowsWhenAnEvaluatorIsGiven() {
        struct Everything: MapEvaluator {
            var disputed: Set<NodeID> = []
            mutating func update(_ map: ArgumentMap, marks: Marks) { disputed = marks.disputedNodes(in: map) }
            func assessment(of node: NodeID) -> NodeAssessment? {
                disputed.contains(node) ? NodeAssessment(label: .rejected, strength: 0) : NodeAssessment(label: .accepted, strength: 0.75)
            }
        }
        var state = BrowserState(loaded: Fixture.loaded(), evaluator: Everything())
        #expect(state.render(size: Size(width: 80, height: 24)).lines[0].contains("✓ Scaling wins 0.75"))
        _ = state.press(.character("d"))
        #expect(state.render(size: Size(width: 80, height: 24)).lines[0].contains("✗ Scaling wins ⚑ 0.00"))
    }
}

@Suite struct FilterAndGlobalKeyTests {
    @Test func filterCyclesAndMovementSkipsRowsItDims() {
        var state = Fixture.state()
        _ = state.press(.character("f"), .character("f"))
        #expect(state.filter == .attacking)
        #expect(state.selectedTitle == "Benchmarks saturate")
        _ = state.press(.character("j"))
        #expect(state.outline.cursor == 3)
        _ = state.press(.character("j"))
        #expect(state.outline.cursor == 5)
        let frame = state.render(size: Size(width: 80, height: 24))
        #expect(frame[3, 4].style.dim)
        _ = state.press(.character("f"), .character("f"), .character("f"))
        #expect(state.filter == .all)
    }

    @Test func disputedAndUncitedFilters() {
        var state = Fixture.state(marks: Marks([Mark(kind: .statement, title: "Token counts")]))
        _ = state.press(.character("f"), .character("f"), .character("f"))
        #expect(state.filter == .disputed)
        #expect(state.selectedTitle == "Token counts")
        _ = state.press(.character("f"), .character("g"), .character("j"))
        #expect(state.filter == .uncited)
        #expect(state.selectedTitle == "Benchmarks saturate")
    }

    @Test func helpOpensAndQOrQuestionMarkCloses() {
        var state = Fixture.state()
        _ = state.press(.character("?"))
        #expect(state.view == .help(top: 0))
        _ = state.press(.character("j"))
        #expect(state.view == .help(top: 1))
        _ = state.press(.character("?"))
        #expect(state.view == .outline)
        _ = state.press(.character("?"), .character("q"))
        #expect(state.view == .outline)
    }

    @Test func quitRedrawAndSuspendAreEffects() {
        var state = Fixture.state()
        #expect(state.press(.control("l")) == [.redrawAll])
        #expect(state.press(.control("z")) == [.suspend])
        #expect(state.press(.character("q")) == [.quit])
        #expect(state.press(.control("c")) == [.quit])
        _ = state.press(.character("?"))
        #expect(state.press(.control("c")) == [.quit], "Ctrl-C quits from a sub-view too")
    }

    @Test func readmeKeyTableListsEveryBinding() {
        let markdown = KeyTable.markdown()
        #expect(markdown.hasPrefix("### Everywhere"))
        for binding in KeyTable.bindings {
            #expect(markdown.contains("| \(binding.help) |"))
        }
        #expect(markdown.contains("| `h` `←` | fold, or go to the parent |"))
    }

    @Test func everyActionHasAKey() {
        let bound = Set(KeyTable.bindings.map(\.action))
        let all: [Action] = [
            .moveDown, .moveUp, .nextSibling, .previousSibling, .parent, .first, .last, .pageDown, .pageUp,
            .halfPageDown, .halfPageUp, .foldOrParent, .unfoldOrChild, .toggleFold, .foldAll, .unfoldAll,
            .unfoldToDepth, .foldAllButPath, .scrollDetailDown, .scrollDetailUp, .detailStart, .detailEnd, .toggleDetail, .follow, .back, .forward, .search, .nextMatch, .previousMatch,
            .nextSpan, .previousSpan, .toggleDisputed, .editNote, .showMarks, .dropMark, .cycleFilter, .toggleEvaluation, .explain, .help, .quit, .redraw, .suspend,
        ]
        #expect(Set(all) == bound)
    }
}

@Suite struct SourceLineRunsTests {
    /// Line 5 under a passage running on from line 3 to column 4, one of columns 10–12, and the
    /// highlighted one of columns 11–20 over it.
    @Test func aLineIsCutWherePassagesStartAndEnd() {
        let highlighted = TextSpan(line: 5, column: 11, endLine: 5, endColumn: 20)
        let cited = [TextSpan(line: 3, column: 2, endLine: 5, endColumn: 4), TextSpan(line: 5, column: 10, endLine: 5, endColumn: 12), highlighted, TextSpan(line: 6, column: 1, endLine: 6, endColumn: 3)]
        let runs = SourceLineRuns(line: 5, highlighted: highlighted, cited: cited)
        #expect(runs.runs.map(\.start) == [0, 4, 9, 10, 20])
        #expect(runs.runs.map(\.passage) == [.cited, .uncited, .cited, .highlighted, .uncited])
        let within = runs.runs(within: 2..<11)
        #expect(within.map(\.characters) == [2..<4, 4..<9, 9..<10, 10..<11])
        #expect(SourceLineRuns(line: 7, highlighted: highlighted, cited: cited).runs.map(\.passage) == [.uncited])
    }
}

@Suite struct CitedSpansTests {
    @Test func eachPassageListsTheClaimsCitingItOnceInNodeOrder() {
        let first = TextSpan(line: 2, column: 1, endLine: 2, endColumn: 9)
        let second = TextSpan(line: 2, column: 4, endLine: 3, endColumn: 1)
        let spans = CitedSpans(citations: [(second, NodeID(7)), (first, NodeID(5)), (first, NodeID(2)), (first, NodeID(5)), (second, NodeID(1))])
        #expect(Array(spans) == [first, second])
        #expect(spans.citers(at: 0) == [NodeID(2), NodeID(5)])
        #expect(spans.citers(at: 1) == [NodeID(1), NodeID(7)])
        #expect(spans.position(of: second) == 1)
        #expect(spans.position(of: TextSpan(line: 2, column: 2, endLine: 2, endColumn: 9)) == nil)
    }

    private func span(_ line: Int, _ endLine: Int, column: Int = 1) -> TextSpan {
        TextSpan(line: line, column: column, endLine: endLine, endColumn: 5)
    }

    @Test func theSpansTouchingTheShownLinesIncludeALongOneStartingAboveThem() {
        let spans = CitedSpans(citations: [span(1, 1), span(2, 40), span(3, 3), span(10, 11), span(12, 12), span(30, 30)].map { ($0, NodeID(0)) })
        #expect(spans.touching(lines: 10...12) == [span(2, 40), span(10, 11), span(12, 12)])
        #expect(spans.touching(lines: 4...9) == [span(2, 40)])
        #expect(spans.touching(lines: 41...50) == [])
        #expect(spans.touching(lines: 1...1) == [span(1, 1)])
    }

    @Test func theSpansTouchingAnyRangeAreThoseThatOverlapIt() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let spans = (0..<Int.random(in: 0...30, using: &generator)).map { _ in
                let start = Int.random(in: 1...60, using: &generator)
                return span(start, start + Int.random(in: 0...(Bool.random(using: &generator) ? 2 : 40), using: &generator))
            }.sorted { ($0.line, $0.endLine) < ($1.line, $1.endLine) }
            let cited = CitedSpans(citations: spans.map { ($0, NodeID(0)) })
            let first = Int.random(in: 1...100, using: &generator)
            let lines = first...(first + Int.random(in: 0...20, using: &generator))
            let touching = spans.filter { $0.line <= lines.upperBound && $0.endLine >= lines.lowerBound }
            #expect(cited.touching(lines: lines) == touching.enumerated().filter { $0.offset == 0 || touching[$0.offset - 1] != $0.element }.map(\.element))
        }
    }
}

/// Messages that a new user missed: kept until the next key, and shown in every view.
@Suite struct MessageTests {
    @Test func noMatchStaysAfterEnterUntilTheNextKey() {
        var state = Fixture.state()
        state.search(for: "zzz")
        #expect(state.statusText.contains("no match for “zzz”"))
        _ = state.press(.character("j"))
        #expect(!state.statusText.contains("no match"))
    }

    @Test func keysThatDoNothingInTheHelpAndTheSourceViewSaySo() {
        var state = Fixture.state()
        _ = state.press(.character("?"))
        for (key, said) in [(Key.enter, "Enter does nothing here"), (.character(":"), "“:” does nothing here"), (.character("/"), "“/” does nothing here")] {
            _ = state.press(key)
            #expect(state.statusText.contains(said), "\(key)")
        }
        _ = state.press(.escape, .character("j"), .enter)
        guard case .source = state.view else {
            Issue.record("the source view did not open")
            return
        }
        _ = state.press(.character("/"))
        #expect(state.statusText.contains("/ searches the outline, not the source"))
        _ = state.press(.character("n"))
        #expect(state.statusText.contains("cited passages"), "the view's hint is back")
    }
}

@Suite struct PasteTests {
    @Test func aPasteIntoTheSearchIsOneLineOfQuery() {
        var state = Fixture.state()
        _ = state.press(.character("/"))
        #expect(state.handle(.paste("Data\nwall\n")).isEmpty)
        #expect(state.search?.query == "Data wall", "the line break at the end dropped, the one inside a space")
        #expect(state.selectedTitle == "Data wall", "the search runs on what was pasted")
    }

    @Test func aPasteOutsideAPromptChangesNothingAndSaysSo() {
        var state = Fixture.state()
        #expect(state.handle(.paste("jjd\nq")).isEmpty)
        #expect(state.selectedTitle == "Scaling wins" && state.marks.all.isEmpty)
        #expect(state.statusText.contains("pasted text is not run as keys"))
    }
}

@Suite struct TagSearchTests {
    /// The fixture's "Data wall" carries #evidence; no title, text or quote says "#evidence".
    @Test func aSearchForAHashTagFindsTheClaimsCarryingIt() {
        var state = Fixture.state()
        state.search(for: "#evidence")
        #expect(state.selectedTitle == "Data wall")
        state.search(for: "#eviden")
        #expect(state.statusText.contains("no match for “#eviden”"), "a tag matches by its exact name")
    }
}

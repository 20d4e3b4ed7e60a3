import ArgumentMap
import Foundation
@testable import Browser
import Screen
import Testing

/// The fixture under the real evaluation: Data wall attacks the thesis and Loss falls and
/// nothing attacks it, so both are defeated; Benchmarks saturate undercuts Loss falls too.
@Suite struct EvaluationDisplayTests {
    static let size = Size(width: 80, height: 24)

    static func state(marks: Marks = Marks(), options: BrowserOptions = BrowserOptions()) -> BrowserState {
        BrowserState(loaded: Fixture.loaded(), marks: marks, options: options, size: size, evaluator: LiveEvaluator(map: Fixture.loaded().map))
    }

    /// The outline's row showing `title`, as drawn.
    static func row(_ title: String, in frame: Frame) -> String {
        frame.lines.first { $0.contains(" " + title) } ?? "(no row for \(title))"
    }

    @Test func eachRowShowsItsLabelAndTheThesisItsStrength() {
        let state = Self.state()
        let frame = state.render(size: Self.size)
        expectSnapshot(frame, named: "evaluation-80x24")
        #expect(Self.row("Scaling wins", in: frame).contains("✗ Scaling wins 0."))
        #expect(Self.row("Loss falls", in: frame).contains("✗ Loss falls ❝"))
        #expect(Self.row("Data wall", in: frame).contains("✓ Data wall ❝"))
        #expect(!Self.row("Data wall", in: frame).contains("0."), "only theses show their strength")
        let thesisLabel = frame.lines[0].firstIndex(of: "✗").map { frame.lines[0].distance(from: frame.lines[0].startIndex, to: $0) } ?? 0
        #expect(frame[thesisLabel, 0].style.foreground == .red)
        #expect(frame.lines.contains { $0.contains("Out: attacked by [Data wall], which stands.") }, "the detail pane says why")
    }

    @Test func disputingAClaimUpdatesEveryLabelAtOnce() {
        var state = Self.state()
        _ = state.press(.character("j"), .character("j"), .character("j"))
        #expect(state.selectedTitle == "Data wall")
        let effects = state.press(.character("d"))
        #expect(effects == [.saveMarks(state.marks)])
        var frame = state.render(size: Self.size)
        // Data wall falls; the thesis is no longer defeated, but Loss falls (its only
        // supporter) is still undercut, so nothing holds it up.
        #expect(Self.row("Data wall", in: frame).contains("✗ Data wall ❝ ⚑"))
        #expect(Self.row("Scaling wins", in: frame).contains("○ Scaling wins"))
        #expect(Self.row("Loss falls", in: frame).contains("✗ Loss falls"))
        _ = state.press(.character("k"), .character("d"))
        #expect(state.selectedTitle == "Benchmarks saturate")
        frame = state.render(size: Self.size)
        #expect(Self.row("Loss falls", in: frame).contains("✓ Loss falls"))
        #expect(Self.row("Scaling wins", in: frame).contains("✓ Scaling wins"))
        _ = state.press(.character("d"), .character("j"), .character("d"))
        frame = state.render(size: Self.size)
        #expect(Self.row("Scaling wins", in: frame).contains("✗ Scaling wins"), "unmarking both restores the first labels")
    }

    @Test func labelsDifferInShapeWithoutColorOrUnicode() {
        let state = Self.state(marks: Marks([Mark(kind: .statement, title: "Data wall")]), options: BrowserOptions(color: false, unicode: false))
        let frame = state.render(size: Self.size)
        expectSnapshot(frame, named: "evaluation-ascii-80x24")
        #expect(Self.row("Scaling wins", in: frame).contains("o Scaling wins"))
        #expect(Self.row("Data wall", in: frame).contains("v- N Data wall"), "unfolded, attacks, defeated")
        #expect(Self.row("Token counts", in: frame).contains("Y Token counts"))
        #expect(frame.lines.joined().unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func vHidesAndShowsTheEvaluation() {
        var state = Self.state()
        _ = state.press(.character("v"))
        var frame = state.render(size: Self.size)
        #expect(frame.lines[0].contains("Scaling wins"))
        #expect(!frame.lines.joined().contains("✗") && !frame.lines[0].contains("0."))
        #expect(frame.lines[23].contains("evaluation hidden; v shows it"))
        _ = state.press(.character("v"))
        frame = state.render(size: Self.size)
        #expect(frame.lines[0].contains("✗ Scaling wins"))
    }

    @Test func withoutAnEvaluatorTheKeysSaySo() {
        var state = Fixture.state()
        _ = state.press(.character("w"))
        #expect(state.view == .outline)
        #expect(state.render(size: Self.size).lines[23].contains("no evaluation for this map"))
        _ = state.press(.character("v"))
        #expect(state.render(size: Self.size).lines[23].contains("no evaluation for this map"))
    }

    @Test func whyListsTheDecidingClaimsAndEnterJumpsToOne() throws {
        var state = Self.state()
        _ = state.press(.character("w"))
        let thesis = try #require(state.map.node(titled: "Scaling wins"))
        #expect(state.view == .explanation(node: thesis, cursor: 0))
        let frame = state.render(size: Self.size)
        expectSnapshot(frame, named: "why-80x24")
        #expect(frame.lines[0].hasPrefix("Why: Scaling wins (defeated)"))
        #expect(frame.lines.contains { $0.contains("✓ standing attacker: Data wall") })
        #expect(frame.lines.contains { $0.contains("✗ fallen supporter: Loss falls") })
        _ = state.press(.character("j"), .enter)
        #expect(state.view == .outline)
        #expect(state.selectedTitle == "Loss falls")
        _ = state.press(.escape)
        #expect(state.view == .explanation(node: thesis, cursor: 1))
        _ = state.press(.escape)
        #expect(state.view == .outline)
        #expect(state.selectedTitle == "Scaling wins")
    }

    /// A supporter caught in an attack cycle has not fallen, but it does not stand either.
    @Test func anUndecidedSupporterIsCalledOpenNotStanding() {
        var builder = MapBuilder()
        let thesis = builder.node(titled: "Thesis", kind: .statement, at: Fixture.location)
        let open = builder.node(titled: "Contested", kind: .statement, at: Fixture.location)
        let rival = builder.node(titled: "Rival", kind: .statement, at: Fixture.location)
        let firm = builder.node(titled: "Firm", kind: .statement, at: Fixture.location)
        builder.relate(open, .support, thesis, at: Fixture.location)
        builder.relate(firm, .support, thesis, at: Fixture.location)
        builder.relate(rival, .attack, open, at: Fixture.location)
        builder.relate(open, .attack, rival, at: Fixture.location)
        let loaded = LoadedMap(map: builder.build())
        var state = BrowserState(loaded: loaded, size: Self.size, evaluator: LiveEvaluator(map: loaded.map))
        _ = state.press(.character("w"))
        let lines = state.render(size: Self.size).lines
        #expect(lines.contains { $0.contains("? open supporter: Contested") }, "\(lines)")
        #expect(lines.contains { $0.contains("✓ standing supporter: Firm") })
    }

    @Test func aLongWhySentenceLeavesTheScreenToTheList() {
        let loaded = Fixture.largeMap(count: 11)
        var state = BrowserState(loaded: loaded, size: Size(width: 40, height: 12), evaluator: LiveEvaluator(map: loaded.map))
        _ = state.press(.character("w"))
        let lines = state.render(size: Size(width: 40, height: 12)).lines
        // Title, at most a third of the 11 body rows for the sentence, a blank, then the list.
        #expect(lines[0].hasPrefix("Why: Claim 0 (defeated)"))
        #expect(lines[3].trimmingCharacters(in: .whitespaces).hasSuffix("…"), "the cut sentence says so")
        #expect(lines[4].allSatisfy { $0 == " " })
        #expect(lines[5].hasPrefix("▌✓ standing attacker: Claim 3"), "the first reason, marked as the cursor row")
    }

    @Test func aPostedMessageShowsInTheStatusLineUntilTheNextKey() {
        var state = Self.state()
        state.post("marks not saved (disk full \u{1B}[2J)")
        let line = state.render(size: Self.size).lines[23]
        #expect(line.contains("marks not saved (disk full \\e[2J)"))
        _ = state.press(.character("j"))
        #expect(!state.render(size: Self.size).lines[23].contains("marks not saved"))
    }
}

@Suite struct FirstOutlineTests {
    @Test func aMapThatFitsOpensFullyUnfolded() {
        let state = Fixture.state()
        #expect(state.outline.rows.count == 6)
    }

    @Test func aLongerMapOpensWithTheRootsAndTheirDirectReasons() {
        // 200 nodes under one root, ten to a parent: 200 rows unfolded, too many to take in.
        let state = BrowserState(loaded: Fixture.largeMap(count: 200))
        #expect(state.rowSummary == ["0:Claim 0"] + (1...10).map { "1:Claim \($0)" })
        #expect(state.render(size: Size(width: 80, height: 24)).lines[1].contains("▸"), "folded rows show they hold more")
    }

    @Test func aTreeOfExactlyTheLimitStillOpensWhole() {
        let state = BrowserState(loaded: Fixture.largeMap(count: BrowserState.unfoldAllRows))
        #expect(state.outline.rows.count == BrowserState.unfoldAllRows)
    }
}

/// Before a title the ASCII outline puts a fold mark, the relation and the label side by side,
/// so a character used in two of them would read two ways (`---` was unfolded and attacks).
@Suite struct ASCIIGlyphTests {
    @Test func foldMarksRelationsAndLabelsShareNoCharacter() {
        let glyphs = Glyphs.ascii
        let groups: [[String]] = [
            [glyphs.folded, glyphs.unfolded, glyphs.reference, glyphs.cited, glyphs.disputed, glyphs.noted, glyphs.ellipsis],
            RelationKind.allCases.map { glyphs.relation($0, unicode: false) },
            NodeAssessment.Label.allCases.map { glyphs.label($0) },
        ]
        let all = groups.flatMap { $0 }
        #expect(Set(all).count == all.count, "\(groups)")
        #expect(all.allSatisfy { $0.count == 1 && $0.unicodeScalars.allSatisfy(\.isASCII) })
    }
}

import ArgumentMap
@testable import Browser
import Screen
import Testing

/// Headings group the roots the way the map's `#` sections do, without becoming rows.
@Suite struct SectionTests {
    /// `# Pre-training` (with `## Data` inside it) and `# Economics`, each opening over its roots.
    static func loaded() -> LoadedMap {
        let at = Fixture.location
        var builder = MapBuilder(file: "sections.argdown")
        builder.frontMatter = [DataEntry("title", .string("Sectioned"))]
        let pretraining = builder.addSection(title: "Pre-training", level: 1, parent: nil, at: at)
        let data = builder.addSection(title: "Data", level: 2, parent: pretraining, at: at)
        let economics = builder.addSection(title: "Economics", level: 1, parent: nil, at: at)
        let thesis = builder.node(titled: "Scaling wins", kind: .statement, at: at, section: pretraining)
        let loss = builder.node(titled: "Loss falls", kind: .statement, at: at, section: pretraining)
        builder.relate(loss, .support, thesis, at: at)
        _ = builder.node(titled: "Data wall", kind: .statement, at: at, section: data)
        _ = builder.node(titled: "Costs rise", kind: .statement, at: at, section: economics)
        _ = builder.node(titled: "Prices fall", kind: .statement, at: at, section: economics)
        return LoadedMap(map: builder.build())
    }

    static func state(size: Size = Size(width: 80, height: 24)) -> BrowserState {
        BrowserState(loaded: loaded(), size: size)
    }

    @Test func headingsStandAboveTheFirstRootOfTheirSection() {
        let state = Self.state()
        let frame = state.render(size: Size(width: 80, height: 24))
        expectSnapshot(frame, named: "sections-80x24")
        #expect(Array(frame.lines.prefix(7).map { $0.trimmingTrailingSpaces }) == [
            " # Pre-training",
            "▌▾  Scaling wins",
            " └─ + Loss falls",
            "   ## Data",
            "    Data wall",
            " # Economics",
            "    Costs rise",
        ])
        #expect(frame.lines[7].hasPrefix("    Prices fall"), "one heading per section, not per root")
        #expect(frame[3, 0].style.bold && frame[3, 0].style.foreground == .yellow)
    }

    @Test func headingsAreNotRows() {
        var state = Self.state()
        #expect(state.rowSummary == ["0:Scaling wins", "1:Loss falls", "0:Data wall", "0:Costs rise", "0:Prices fall"])
        _ = state.press(.character("j"), .character("j"))
        #expect(state.selectedTitle == "Data wall")
        #expect(state.render(size: state.size).lines[23].contains("3/5"))
        _ = state.press(.character("k"))
        #expect(state.selectedTitle == "Loss falls")
        _ = state.press(.character("J"))
        #expect(state.selectedTitle == "Loss falls", "a heading is no sibling")
    }

    @Test func clickingAHeadingSelectsNothingAndRowsBelowItKeepTheirPlace() {
        var state = Self.state()
        _ = state.handle(.mouse(MouseEvent(.press, column: 4, row: 3)))
        #expect(state.selectedTitle == "Scaling wins")
        _ = state.handle(.mouse(MouseEvent(.press, column: 4, row: 4)))
        #expect(state.selectedTitle == "Data wall")
        _ = state.handle(.mouse(MouseEvent(.press, column: 4, row: 7)))
        #expect(state.selectedTitle == "Prices fall")
    }

    @Test func scrollingCountsHeadingLinesSoTheCursorStaysOnScreen() {
        var state = Self.state(size: Size(width: 40, height: 6))
        _ = state.press(.character("G"))
        var lines = state.render(size: state.size).lines.map(\.trimmingTrailingSpaces)
        #expect(Array(lines.prefix(5)) == ["   ## Data", "    Data wall", " # Economics", "    Costs rise", "▌   Prices fall"])
        _ = state.press(.character("g"))
        lines = state.render(size: state.size).lines.map(\.trimmingTrailingSpaces)
        #expect(lines[0] == " # Pre-training")
        #expect(lines[1].hasPrefix("▌▾  Scaling wins"))
    }

    @Test func foldingAllLeavesTheRootsUnderTheirHeadings() {
        var state = Self.state()
        _ = state.press(.character("z"))
        let lines = state.render(size: state.size).lines.map(\.trimmingTrailingSpaces)
        #expect(Array(lines.prefix(3)) == [" # Pre-training", "▌▸  Scaling wins [+1 −0]", "   ## Data"])
    }

    @Test func searchLandsOnRowsNotHeadings() {
        var state = Self.state()
        _ = state.press(.character("/"))
        state.type("Economics")
        #expect(state.selectedTitle == "Scaling wins", "headings are not searched")
        _ = state.press(.escape, .character("/"))
        state.type("Prices")
        #expect(state.selectedTitle == "Prices fall")
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        String(reversed().drop { $0 == " " }.reversed())
    }
}

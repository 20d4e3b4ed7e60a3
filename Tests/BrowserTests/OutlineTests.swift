import ArgumentMap
@testable import Browser
import Screen
import Testing

@Suite struct OutlineTests {
    @Test func nodeMetTwiceIsExpandedOnlyAtItsFirstPlaceInPreorder() {
        let state = Fixture.state()
        #expect(state.rowSummary == [
            "0:Scaling wins", "1:Loss falls", "2:Benchmarks saturate", "2:Data wall", "3:Token counts", "1:>Data wall",
        ])
    }

    @Test func pureCycleTerminatesAndShowsEveryNode() {
        var builder = MapBuilder()
        let a = builder.node(titled: "A", kind: .statement, at: Fixture.location)
        let b = builder.node(titled: "B", kind: .statement, at: Fixture.location)
        let c = builder.node(titled: "C", kind: .statement, at: Fixture.location)
        builder.relate(a, .attack, b, at: Fixture.location)
        builder.relate(b, .attack, c, at: Fixture.location)
        builder.relate(c, .attack, a, at: Fixture.location)
        let state = BrowserState(loaded: LoadedMap(map: builder.build()))
        #expect(state.rowSummary == ["0:A", "1:C", "2:B", "3:>A"])
    }

    @Test func deepChainNeedsNoRecursion() {
        var builder = MapBuilder()
        var previous = builder.node(titled: "0", kind: .statement, at: Fixture.location)
        for index in 1..<50_000 {
            let next = builder.node(titled: "\(index)", kind: .statement, at: Fixture.location)
            builder.relate(next, .support, previous, at: Fixture.location)
            previous = next
        }
        var state = BrowserState(loaded: LoadedMap(map: builder.build()))
        _ = state.press(.character("Z"), .character("G"))
        #expect(state.outline.rows.count == 50_000)
        #expect(state.selectedTitle == "49999")
        let frame = state.render(size: Size(width: 80, height: 24))
        #expect(frame.lines.contains { $0.contains("49999") })
    }

    @Test func foldingAndUnfoldingTouchOnlyTheSubtreeOnAHundredThousandNodes() {
        var state = BrowserState(loaded: Fixture.largeMap(count: 100_000))
        // Large maps open two levels: the root and its ten children.
        #expect(state.outline.rows.count == 11)
        let before = state.outline.generatedRows
        _ = state.press(.character("j"), .character("l"))
        #expect(state.outline.rows.count == 21)
        #expect(state.outline.generatedRows - before == 10)
        _ = state.press(.character("l"), .character("l"))
        #expect(state.outline.rows.count == 31)
        #expect(state.outline.generatedRows - before == 20)
        _ = state.press(.character("h"), .character("h"))
        #expect(state.selectedTitle == "Claim 1")
        _ = state.press(.character("h"))
        #expect(state.outline.rows.count == 11)
        #expect(state.outline.generatedRows - before == 20)

        _ = state.press(.character("/"))
        state.type("Claim 99999")
        _ = state.press(.enter)
        // The claim is further on than one key looks: the search goes on between keys.
        while state.hasWorkBetweenKeys { state.workBetweenKeys() }
        #expect(state.selectedTitle == "Claim 99999")
        #expect(state.outline.rows.count < 100)
        #expect(state.outline.generatedRows - before < 100)
    }
}

@testable import Browser
import Screen
import Testing

/// The cursor row is marked in the gutter, not drawn in reverse video, so moving the cursor
/// changes a few cells rather than two whole rows; `i` hides the detail pane, after which a
/// move changes nothing but the marks and the status line's position.
@Suite struct SelectionTests {
    /// The cells that differ between two frames of one size, as (column, row).
    private func changedCells(from old: Frame, to new: Frame) -> [(column: Int, row: Int)] {
        var changed: [(Int, Int)] = []
        for row in 0..<new.size.height {
            for column in 0..<new.size.width where old[column, row] != new[column, row] {
                changed.append((column, row))
            }
        }
        return changed
    }

    @Test(arguments: [BrowserOptions(), BrowserOptions(color: false, unicode: false)])
    func withThePaneHiddenAMoveChangesOnlyTheMarksAndThePosition(options: BrowserOptions) {
        let size = Size(width: 120, height: 40)
        var state = Fixture.state(size: size, options: options)
        _ = state.press(.character("i"))
        let before = state.render(size: size)
        _ = state.press(.character("j"))
        let after = state.render(size: size)
        let changed = changedCells(from: before, to: after)
        let outside = changed.filter { $0.column != 0 && $0.row != size.height - 1 }
        #expect(outside.isEmpty, "cells changed outside the gutter and the status line: \(outside)")
        #expect(changed.filter { $0.column == 0 }.map(\.row) == [0, 1], "the mark leaves row 0 for row 1")
        #expect(changed.count { $0.row == size.height - 1 } <= 2, "only the position's digits change in the status line")
        #expect(after[0, 1].text == (options.unicode ? "▌" : " "))
        #expect(after[0, 1].style.reverse != options.unicode, "the ASCII mark is a reverse-video block")
        #expect(after.cursor?.row == 1)
    }

    @Test func withThePaneOpenAMoveChangesTheMarksThePositionAndThePane() {
        let size = Size(width: 120, height: 40)
        var state = Fixture.state(size: size)
        let before = state.render(size: size)
        _ = state.press(.character("j"))
        let after = state.render(size: size)
        let pane = Layout(size: size).detail!
        let outside = changedCells(from: before, to: after).filter {
            $0.column != 0 && $0.row != size.height - 1 && !pane.contains(column: $0.column, row: $0.row)
        }
        #expect(outside.isEmpty, "cells changed outside the gutter, the status line and the pane: \(outside)")
    }

    @Test func aClickInTheGutterSelectsItsRow() {
        var state = Fixture.state()
        _ = state.handle(.mouse(MouseEvent(.press, column: 0, row: 3)))
        #expect(state.selectedTitle == "Data wall")
        #expect(state.render(size: state.size)[0, 3].text == "▌")
    }

    @Test func iHidesTheDetailPaneAndShowsItAgain() {
        let size = Size(width: 120, height: 40)
        var state = Fixture.state(size: size)
        #expect(state.render(size: size).lines[0].contains("│[Scaling wins]"))
        _ = state.press(.character("i"))
        let hidden = state.render(size: size)
        #expect(!hidden.lines.contains { $0.contains("[Scaling wins]") })
        #expect(hidden.lines[0].hasSuffix("Scaling wins" + String(repeating: " ", count: 120 - 16)))
        _ = state.press(.character("]"))
        #expect(state.render(size: size).lines[39].contains("the detail pane is hidden: i shows it"))
        _ = state.press(.character("i"))
        #expect(state.render(size: size).lines[0].contains("│[Scaling wins]"))
    }

    @Test func theNarrowLayoutGivesTheHiddenPanesRowsToTheOutline() {
        var state = BrowserState(loaded: Fixture.largeMap(count: 200), size: Size(width: 80, height: 24))
        _ = state.press(.character("Z"))
        #expect(state.render(size: state.size).lines[13].hasPrefix("───"), "the pane's rule")
        _ = state.press(.character("i"))
        let lines = state.render(size: state.size).lines
        #expect(!lines.contains { $0.hasPrefix("───") })
        #expect(lines[22].contains("Claim"), "the outline reaches the status line")
    }
}

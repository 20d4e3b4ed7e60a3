import Screen
import Testing
@testable import Terminal

@Suite struct FrameDiffTests {
    /// A screen of outline rows with the cursor's row in reverse video.
    private func outline(selected: Int, size: Size = Size(width: 100, height: 30)) -> Frame {
        var frame = Frame(size: size)
        for row in 0..<size.height - 1 {
            let style = row == selected ? Style(reverse: true) : .plain
            frame.fill(row: row, style: style)
            frame.put("  ▸ claim number \(row) with some text", column: 0, row: row, style: style)
        }
        frame.put("\(selected + 1)/29  ? help", column: 0, row: size.height - 1)
        return frame
    }

    @Test func movingTheCursorOneRowSendsOnlyThoseTwoRows() {
        let runs = FrameDiff.runs(from: outline(selected: 4), to: outline(selected: 5))
        let rows = Set(runs.map(\.row))
        #expect(rows == [4, 5, 29])
        #expect(FrameDiff.cellCount(runs) <= 2 * 100 + 10)
    }

    @Test func anUnchangedFrameSendsNothing() {
        #expect(FrameDiff.runs(from: outline(selected: 3), to: outline(selected: 3)).isEmpty)
    }

    @Test func theFirstFrameAndANewSizeSendEverything() {
        let frame = outline(selected: 0)
        #expect(FrameDiff.cellCount(FrameDiff.runs(from: nil, to: frame)) == 100 * 30)
        let smaller = outline(selected: 0, size: Size(width: 40, height: 10))
        #expect(FrameDiff.cellCount(FrameDiff.runs(from: frame, to: smaller)) == 40 * 10)
    }

    @Test func oneChangedCellIsOneRunOfOne() {
        let old = outline(selected: 0)
        var new = old
        new[10, 7] = Cell("X")
        #expect(FrameDiff.runs(from: old, to: new) == [FrameDiff.Run(row: 7, column: 10, count: 1)])
    }

    @Test func aWideCharacterIsSentWithItsContinuation() {
        var old = Frame(size: Size(width: 10, height: 1))
        old.put("ab漢字", column: 0, row: 0)
        var new = old
        new.put("字", column: 4, row: 0)  // same first cell of 字, so only the pair matters
        new.put("x", column: 2, row: 0)
        new.put(" ", column: 3, row: 0)
        let runs = FrameDiff.runs(from: old, to: new)
        #expect(runs == [FrameDiff.Run(row: 0, column: 2, count: 2)])
    }

    @Test func aChangeOnlyInTheContinuationStillSendsTheWideCharacter() {
        var old = Frame(size: Size(width: 6, height: 1))
        old.put("漢", column: 2, row: 0)
        var new = old
        new[3, 0] = Cell("")  // same text, new style on the continuation only
        new[3, 0].style = Style(bold: true)
        #expect(FrameDiff.runs(from: old, to: new) == [FrameDiff.Run(row: 0, column: 2, count: 2)])
    }

    @Test func emptyFramesSendNothing() {
        #expect(FrameDiff.runs(from: nil, to: Frame(size: Size(width: 0, height: 0))).isEmpty)
        #expect(FrameDiff.runs(from: nil, to: Frame(size: Size(width: 0, height: 5))).isEmpty)
    }
}

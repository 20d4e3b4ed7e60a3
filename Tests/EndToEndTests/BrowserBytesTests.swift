import Foundation
import Testing

/// What one cursor move costs the terminal, counted on the bytes the real program writes to a
/// 200x60 tmux pane. The cursor row is a mark in the gutter, so a move sends the two marks, the
/// status line's position and the detail pane's lines that differ; with the pane hidden (`i`),
/// tens of bytes.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, TmuxSession.missingMessage))
struct BrowserBytesTests {
    static let width = 200
    static let height = 60
    /// The detail pane's first column at that width: the outline takes 11/20, then the separator.
    static let paneColumn = width * 11 / 20 + 1

    /// The detail pane's rows on a captured screen, trailing blanks dropped.
    static func paneRows(of screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).prefix(height - 1).map { line in
            String(String(line.dropFirst(paneColumn)).reversed().drop { $0 == " " }.reversed())
        }
    }

    @Test func aMoveSendsTheMarksThePositionAndThePanesChangedLines() throws {
        let folder = try TemporaryFolderForOutput()
        defer { folder.remove() }
        let map = try folder.generatedMap(nodes: 2000, seed: 7)
        let program = try TmuxProgram(arguments: [map])
        defer { program.removeFiles() }
        try TmuxSession.with(program.command, width: Self.width, height: Self.height) { tmux in
            let before = try tmux.waitFor(TmuxProgram.readyMarker)
            let move = try tmux.bytesSent(for: "j", recordingTo: program.path("move"))
            let after = try tmux.screen()
            let redraw = try tmux.bytesSent(for: "C-l", recordingTo: program.path("redraw"), changesScreen: false)

            // Every pane row that shows text before or after the move may cost a cursor address
            // and a style and its reset on top of its text; the marks, the position and the
            // parked cursor cost the fixed rest.
            let (old, new) = (Self.paneRows(of: before), Self.paneRows(of: after))
            let text = new.reduce(0) { $0 + $1.utf8.count }
            let rows = zip(old, new).count { !$0.isEmpty || !$1.isEmpty }
            #expect(text > 100, "the pane shows the selected claim")
            #expect(move <= text + 24 * rows + 100, "a move sent \(move) bytes for \(text) bytes of pane text on \(rows) rows")
            #expect(move * 5 < redraw, "a move sent \(move) bytes, a full redraw \(redraw)")

            try tmux.send("i")
            try tmux.waitUntil("the detail pane is hidden") { !$0.contains(new[0]) }
            let hiddenMove = try tmux.bytesSent(for: "j", recordingTo: program.path("hidden-move"))
            #expect(hiddenMove < 100, "with the pane hidden a move sent \(hiddenMove) bytes")
            try tmux.press("q", until: TmuxProgram.exitedMarker)
        }
    }
}

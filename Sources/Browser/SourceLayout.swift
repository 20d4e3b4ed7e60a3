import ArgumentMap

/// A document's lines wrapped to a width. A display row is one wrapped piece of one line; only
/// the lines a move passes over or the screen shows are wrapped, so a key costs the same in a
/// 20 MB source as in a short one.
struct SourceLayout: Hashable, Sendable {
    /// One display row: a zero-based line of the document and which of its wrapped pieces.
    struct Row: Hashable, Comparable, Sendable {
        var line: Int
        var piece: Int

        static let first = Row(line: 0, piece: 0)

        static func < (left: Row, right: Row) -> Bool { (left.line, left.piece) < (right.line, right.piece) }
    }

    var width: Int

    /// How many display rows `line` takes.
    func pieceCount(ofLine line: Int, in lines: SourceLines) -> Int {
        let text = lines[line]
        return fitsOneRow(text) ? 1 : WrappedLine(text, width: width).pieces.count
    }

    /// `line` as shown.
    func wrapped(_ line: Int, in lines: SourceLines) -> WrappedLine {
        let text = lines[line]
        return fitsOneRow(text) ? WrappedLine(fittingASCII: text) : WrappedLine(text, width: width)
    }

    /// Whether `text` is printable ASCII no wider than a row, which is most of a document: a
    /// column a byte, nothing to escape or wrap.
    private func fitsOneRow(_ text: String) -> Bool {
        text.utf8.count <= width && text.utf8.allSatisfy { (0x20..<0x7F).contains($0) }
    }

    /// The row `count` rows after `row` (before it, for a negative count), stopping at the
    /// document's first and last rows.
    func row(_ row: Row, movedBy count: Int, in lines: SourceLines) -> Row {
        guard !lines.isEmpty else { return .first }
        var row = clamped(row, in: lines)
        var remaining = count
        while remaining > 0 {
            let within = min(remaining, pieceCount(ofLine: row.line, in: lines) - 1 - row.piece)
            if within > 0 {
                row.piece += within
                remaining -= within
            } else if row.line + 1 < lines.count {
                row = Row(line: row.line + 1, piece: 0)
                remaining -= 1
            } else {
                break
            }
        }
        while remaining < 0 {
            let within = min(-remaining, row.piece)
            if within > 0 {
                row.piece -= within
                remaining += within
            } else if row.line > 0 {
                row = Row(line: row.line - 1, piece: pieceCount(ofLine: row.line - 1, in: lines) - 1)
                remaining += 1
            } else {
                break
            }
        }
        return row
    }

    /// The document's last display row.
    func lastRow(in lines: SourceLines) -> Row {
        guard !lines.isEmpty else { return .first }
        return Row(line: lines.count - 1, piece: pieceCount(ofLine: lines.count - 1, in: lines) - 1)
    }

    /// `top`, or, where it would leave the bottom of a screen `height` rows high empty, the row
    /// that shows the document's last row at the bottom (the first row when it all fits).
    func top(_ top: Row, height: Int, in lines: SourceLines) -> Row {
        // Every line takes a row at least, so a top this far from the end needs no wrapping.
        if lines.count - top.line >= height { return top }
        return min(top, row(lastRow(in: lines), movedBy: -(max(1, height) - 1), in: lines))
    }

    /// `row`, or the nearest row that exists at this width.
    func clamped(_ row: Row, in lines: SourceLines) -> Row {
        guard !lines.isEmpty else { return .first }
        guard row.line < lines.count else { return lastRow(in: lines) }
        let line = max(0, row.line)
        return Row(line: line, piece: min(max(0, row.piece), pieceCount(ofLine: line, in: lines) - 1))
    }
}

import ArgumentMap

/// One line of a source cut where the passage under it changes: the highlighted passage, other
/// cited passages, and uncited text. A passage covers a range of columns on each of its lines,
/// so the cuts are where passages start and end, and each run is looked up once.
struct SourceLineRuns {
    enum Passage: Equatable {
        case uncited, cited, highlighted
    }

    /// Each run's first character (zero-based) and what it is; the first run starts at 0 and
    /// each lasts until the next.
    let runs: [(start: Int, passage: Passage)]

    /// Line `line` (one-based) under `highlighted` and `cited`, which may include spans off it.
    init(line: Int, highlighted: TextSpan?, cited: [TextSpan]) {
        let onLine = (cited + [highlighted].compactMap { $0 }).filter { $0.line <= line && $0.endLine >= line }
        var cuts = [0]
        for span in onLine {
            if span.line == line { cuts.append(span.column - 1) }
            if span.endLine == line { cuts.append(span.endColumn) }
        }
        var runs: [(start: Int, passage: Passage)] = []
        for cut in cuts.sorted() where cut >= 0 {
            let column = cut + 1
            let passage: Passage =
                if let highlighted, highlighted.covers(line: line, column: column) { .highlighted }
                else if onLine.contains(where: { $0.covers(line: line, column: column) }) { .cited }
                else { .uncited }
            if runs.last?.passage != passage { runs.append((cut, passage)) }
        }
        self.runs = runs
    }

    private init(runs: [(start: Int, passage: Passage)]) { self.runs = runs }

    /// The runs as `line` shows them: each start moved past the control characters spelt out before it.
    func shown(in line: WrappedLine) -> SourceLineRuns {
        SourceLineRuns(runs: runs.map { (line.shownOffset(ofLineCharacter: $0.start), $0.passage) })
    }

    /// The runs within `characters` (zero-based positions), cut to them.
    func runs(within characters: Range<Int>) -> [(characters: Range<Int>, passage: Passage)] {
        var within: [(characters: Range<Int>, passage: Passage)] = []
        for (index, run) in runs.enumerated() {
            let lower = Swift.max(characters.lowerBound, run.start)
            let upper = Swift.min(characters.upperBound, index + 1 < runs.count ? runs[index + 1].start : Int.max)
            if lower < upper { within.append((lower..<upper, run.passage)) }
        }
        return within
    }
}

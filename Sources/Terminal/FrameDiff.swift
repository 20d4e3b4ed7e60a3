import Screen

/// Which cells of a new frame differ from the frame already on screen, as runs of
/// neighbouring cells on one row, so painting touches only what changed.
public enum FrameDiff {
    public struct Run: Hashable, Sendable {
        public var row: Int
        public var column: Int
        public var count: Int
    }

    /// Every cell of `new` when there is no previous frame or it has another size.
    public static func runs(from old: Frame?, to new: Frame) -> [Run] {
        let width = new.size.width
        guard let old, old.size == new.size else {
            return width == 0 ? [] : (0..<new.size.height).map { Run(row: $0, column: 0, count: width) }
        }
        var runs: [Run] = []
        for row in 0..<new.size.height {
            var column = 0
            while column < width {
                guard old[column, row] != new[column, row] else {
                    column += 1
                    continue
                }
                // A wide character is sent whole: its continuation with it, and it with its continuation.
                let start = column > 0 && (new[column, row].isContinuation || old[column, row].isContinuation) ? column - 1 : column
                var end = column + 1
                while end < width, old[end, row] != new[end, row] { end += 1 }
                if end < width, new[end, row].isContinuation || old[end, row].isContinuation { end += 1 }
                appendRun(Run(row: row, column: start, count: end - start), to: &runs)
                column = end
            }
        }
        return runs
    }

    private static func appendRun(_ run: Run, to runs: inout [Run]) {
        if let last = runs.last, last.row == run.row, last.column + last.count >= run.column {
            runs[runs.count - 1].count = max(last.column + last.count, run.column + run.count) - last.column
        } else {
            runs.append(run)
        }
    }

    /// How many cells the runs cover.
    public static func cellCount(_ runs: [Run]) -> Int { runs.reduce(0) { $0 + $1.count } }
}

/// A screen's worth of cells, row-major. Render functions draw into one; the Terminal paints it.
public struct Frame: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should rest, if anywhere (for text entry).
    public var cursor: (column: Int, row: Int)? {
        get { cursorPosition.map { ($0.column, $0.row) } }
        set { cursorPosition = newValue.map { CursorPosition(column: $0.column, row: $0.row) } }
    }

    private var cursorPosition: CursorPosition?
    private struct CursorPosition: Hashable, Sendable { var column: Int; var row: Int }

    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        self.cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    public subscript(column: Int, row: Int) -> Cell {
        get { cells[row * size.width + column] }
        set { cells[row * size.width + column] = newValue }
    }

    /// Writes text from `column` on `row`, one cell per column, clipped at `limit` (exclusive;
    /// the frame's width by default). A wide character that would straddle the limit is not
    /// drawn half: the remaining column is left blank. Returns the column after the last drawn.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, column: Int, row: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        write(text, column: column, row: row, style: style, limit: limit)
    }

    /// `put` for a `String`, which other modules call most: compiled for it, not for any text.
    @discardableResult
    public mutating func put(_ text: String, column: Int, row: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        write(text, column: column, row: row, style: style, limit: limit)
    }

    private mutating func write(_ text: some StringProtocol, column: Int, row: Int, style: Style, limit: Int?) -> Int {
        let end = min(limit ?? size.width, size.width)
        guard row >= 0, row < size.height else { return column }
        if let x = text.utf8.withContiguousStorageIfAvailable({ putPrintableASCII($0, column: column, row: row, style: style, end: end) }) ?? nil {
            return x
        }
        var x = column
        for character in text {
            guard x < end else { break }
            let width = DisplayWidth.of(character)
            if width == 0 {
                // A lone combining mark or zero-width character attaches to the cell before it.
                if x > column, x - 1 >= 0 {
                    var previous = x - 1
                    while previous > 0, self[previous, row].isContinuation { previous -= 1 }
                    self[previous, row].text.append(character)
                }
                continue
            }
            if x + width > end { break }
            if x >= 0 {
                self[x, row] = Cell(String(character), style: style)
                if width == 2 { self[x + 1, row] = Cell("", style: style) }
            }
            x += width
        }
        return x
    }

    /// Writes `bytes` as `put` would when every one is printable ASCII, a cell a byte, without
    /// looking at grapheme clusters; returns nil, having written nothing, when one is not.
    private mutating func putPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>, column: Int, row: Int, style: Style, end: Int) -> Int? {
        guard bytes.allSatisfy({ (0x20..<0x7F).contains($0) }) else { return nil }
        var x = column
        for byte in bytes {
            guard x < end else { break }
            if x >= 0 { self[x, row] = Cell(Self.printableASCII[Int(byte) - 0x20], style: style) }
            x += 1
        }
        return x
    }

    /// Each printable ASCII character as a string, from the space on.
    private static let printableASCII: [String] = (UInt8(0x20)..<0x7F).map { String(UnicodeScalar($0)) }

    /// Fills `count` columns of `row` from `column` with spaces in `style`.
    public mutating func fill(row: Int, from column: Int = 0, count: Int? = nil, style: Style) {
        guard row >= 0, row < size.height else { return }
        let end = min(size.width, column + (count ?? size.width))
        for x in max(0, column)..<max(max(0, column), end) { self[x, row] = Cell(" ", style: style) }
    }

    /// Each row as plain text (continuations dropped), for tests and `capture`-style output.
    public var lines: [String] {
        (0..<size.height).map { row in
            var line = ""
            for x in 0..<size.width { line += self[x, row].text }
            return line
        }
    }

    public static func == (lhs: Frame, rhs: Frame) -> Bool {
        lhs.size == rhs.size && lhs.cells == rhs.cells && lhs.cursorPosition == rhs.cursorPosition
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(size)
        hasher.combine(cells)
    }
}

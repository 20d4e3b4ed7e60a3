/// A place in a file: one-based line and column (columns count Unicode scalars).
///
/// Twelve bytes: every node, relation and citation has a location, so the file is a number
/// standing for its name (`SourceLocation.File`) rather than a `String` of its own in each.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var fileName: File
    // Stored in 32 bits: a million-node map saves 20 MB this way. Larger values (a file of more
    // than two billion lines) are clamped.
    private var storedLine: Int32
    private var storedColumn: Int32

    public var file: String {
        get { fileName.name }
        set { fileName = File(newValue) }
    }

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    public init(file: File, line: Int, column: Int) {
        self.fileName = file
        self.storedLine = Int32(clamping: line)
        self.storedColumn = Int32(clamping: column)
    }

    public init(file: String, line: Int, column: Int) {
        self.init(file: File(file), line: line, column: column)
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.fileName != rhs.fileName {
            let (left, right) = (lhs.file, rhs.file)
            if left != right { return left < right }
        }
        return (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

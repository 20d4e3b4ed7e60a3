/// A one-based line and column (in Unicode scalars) within a YAML text.
struct YAMLPosition: Comparable {
    var line: Int
    var column: Int

    /// Just after the last character of `yaml`.
    static func end(of yaml: [UInt8]) -> YAMLPosition {
        let lastLine = yaml.lastIndex(of: UInt8(ascii: "\n")).map { yaml.index(after: $0) } ?? yaml.startIndex
        let lines = yaml.count { $0 == UInt8(ascii: "\n") } + 1
        return YAMLPosition(line: lines, column: String(decoding: yaml[lastLine...], as: UTF8.self).unicodeScalars.count + 1)
    }

    static func < (lhs: YAMLPosition, rhs: YAMLPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

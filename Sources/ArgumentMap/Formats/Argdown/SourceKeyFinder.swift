/// Finds where each source id is written as a key under `sources:` in front matter, so problems
/// with a source's declaration point at it rather than at the `===` line.
///
/// A textual scan in one pass, not a YAML parse: in block style a source's key starts a line at
/// the indentation of the first entry under `sources:`; in flow style it follows the outer `{`
/// or a `,` at the outer level. Keys may be quoted.
struct SourceKeyFinder {
    private let file: SourceLocation.File
    private(set) var locations: [String: SourceLocation] = [:]

    /// `yaml` is the front matter between the fences; its first line is line `firstLine` of `file`.
    init(yaml: [UInt8], firstLine: Int, file: SourceLocation.File) {
        self.file = file
        let lines = yaml.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        guard let sourcesLine = lines.firstIndex(where: { $0.first.map(ByteText.isSpace) == false && Self.key(in: $0, at: 0) == "sources" }) else { return }
        let line = lines[sourcesLine]
        let afterColon = (line.firstIndex(of: UInt8(ascii: ":")) ?? line.count) + 1
        let valueStart = ByteText.firstNonBlank(in: line[...], from: min(afterColon, line.count))
        if valueStart == line.count {
            readBlock(lines, after: sourcesLine, firstLine: firstLine)
        } else if line[valueStart] == UInt8(ascii: "{") {
            readFlow(lines, from: sourcesLine, at: valueStart, firstLine: firstLine)
        }
    }

    private mutating func readBlock(_ lines: [[UInt8]], after sourcesLine: Int, firstLine: Int) {
        var indentation: Int?
        for index in (sourcesLine + 1)..<lines.count {
            let line = lines[index]
            let start = ByteText.firstNonBlank(in: line[...], from: 0)
            guard start < line.count, line[start] != UInt8(ascii: "#") else { continue }
            if start == 0 { return }
            if indentation == nil { indentation = start }
            if start == indentation { record(Self.key(in: line, at: start), line: line, index: index, offset: start, firstLine: firstLine) }
        }
    }

    /// Walks the flow mapping opening at `column` of line `first`, taking the keys at its outer level.
    private mutating func readFlow(_ lines: [[UInt8]], from first: Int, at column: Int, firstLine: Int) {
        var depth = 0
        var quote: UInt8?
        var keyMayFollow = false
        for index in first..<lines.count {
            let line = lines[index]
            for i in (index == first ? column : 0)..<line.count {
                let byte = line[i]
                if ByteText.isSpace(byte) { continue }
                if keyMayFollow {
                    keyMayFollow = false
                    record(Self.key(in: line, at: i), line: line, index: index, offset: i, firstLine: firstLine)
                }
                if let open = quote {
                    if byte == open { quote = nil }
                    continue
                }
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    quote = byte
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                    keyMayFollow = depth == 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return }
                case UInt8(ascii: ","):
                    keyMayFollow = depth == 1
                default:
                    break
                }
            }
        }
    }

    /// Keys are recorded in reading order, so each column is counted on from the last one: a flow
    /// mapping of thousands of sources on one line costs one walk over it.
    private var lastRecorded = (index: -1, offset: 0, column: 1)

    private mutating func record(_ key: String?, line: [UInt8], index: Int, offset: Int, firstLine: Int) {
        guard let key, locations[key] == nil else { return }
        if lastRecorded.index != index { lastRecorded = (index, 0, 1) }
        let column = lastRecorded.column + ByteText.column(of: offset, lineStart: lastRecorded.offset, in: line[...]) - 1
        lastRecorded = (index, offset, column)
        locations[key] = SourceLocation(file: file, line: firstLine + index, column: column)
    }

    /// The mapping key at `i` (bare, or in single or double quotes) when a `:` follows it.
    private static func key(in line: [UInt8], at i: Int) -> String? {
        guard i < line.count else { return nil }
        let quote = line[i] == UInt8(ascii: "\"") || line[i] == UInt8(ascii: "'") ? line[i] : nil
        let start = quote == nil ? i : i + 1
        var end = start
        if let quote {
            while end < line.count, line[end] != quote { end += 1 }
            guard end < line.count else { return nil }
        } else {
            while end < line.count, line[end] != UInt8(ascii: ":"), line[end] != UInt8(ascii: ",") { end += 1 }
            while end > start, ByteText.isSpace(line[end - 1]) { end -= 1 }
        }
        var after = quote == nil ? end : end + 1
        while after < line.count, ByteText.isSpace(line[after]) { after += 1 }
        guard after < line.count, line[after] == UInt8(ascii: ":"), end > start else { return nil }
        return String(decoding: line[start..<end], as: UTF8.self)
    }
}

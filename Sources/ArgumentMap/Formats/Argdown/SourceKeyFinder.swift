/// Finds where each source id is written as a key under `sources:` in front matter, so problems
/// with a source's declaration point at it rather than at the `===` line.
///
/// A textual scan, not a YAML parse: in block style a source's key starts a line at the
/// indentation of the first entry under `sources:`; in flow style it follows the outer `{` or a
/// `,` at the outer level. Keys may be quoted.
struct SourceKeyFinder {
    private let lines: [[UInt8]]
    private let firstLine: Int
    private let file: String

    /// `yaml` is the front matter between the fences; its first line is line `firstLine` of `file`.
    init(yaml: [UInt8], firstLine: Int, file: String) {
        lines = yaml.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        self.firstLine = firstLine
        self.file = file
    }

    /// Where `id` is declared, or nil when the scan does not find it.
    func location(of id: String) -> SourceLocation? {
        let key = Array(id.utf8)
        guard let sourcesLine = lines.firstIndex(where: { line in
            ByteText.firstNonBlank(in: line[...], from: 0) == 0 && isKey(Array("sources".utf8), in: line, at: 0)
        }) else { return nil }
        let line = lines[sourcesLine]
        let afterColon = (line.firstIndex(of: UInt8(ascii: ":")) ?? line.count) + 1
        let valueStart = ByteText.firstNonBlank(in: line[...], from: min(afterColon, line.count))
        if valueStart < line.count {
            return line[valueStart] == UInt8(ascii: "{") ? flowKey(key, from: sourcesLine, at: valueStart) : nil
        }
        return blockKey(key, after: sourcesLine)
    }

    private func blockKey(_ key: [UInt8], after sourcesLine: Int) -> SourceLocation? {
        var indentation: Int?
        for index in (sourcesLine + 1)..<lines.count {
            let line = lines[index]
            let start = ByteText.firstNonBlank(in: line[...], from: 0)
            guard start < line.count, line[start] != UInt8(ascii: "#") else { continue }
            if start == 0 { return nil }
            if indentation == nil { indentation = start }
            if start == indentation, isKey(key, in: line, at: start) { return location(index, start) }
        }
        return nil
    }

    /// Walks the flow mapping opening at `column` of line `first`, matching keys at its outer level.
    private func flowKey(_ key: [UInt8], from first: Int, at column: Int) -> SourceLocation? {
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
                    if isKey(key, in: line, at: i) { return location(index, i) }
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
                    if depth == 0 { return nil }
                case UInt8(ascii: ","):
                    keyMayFollow = depth == 1
                default:
                    break
                }
            }
        }
        return nil
    }

    /// Whether `key` (bare, or in single or double quotes) stands at `i`, followed by `:`.
    private func isKey(_ key: [UInt8], in line: [UInt8], at i: Int) -> Bool {
        var start = i
        var quote: UInt8?
        if i < line.count, line[i] == UInt8(ascii: "\"") || line[i] == UInt8(ascii: "'") {
            quote = line[i]
            start += 1
        }
        guard start + key.count <= line.count, line[start..<(start + key.count)].elementsEqual(key) else { return false }
        var end = start + key.count
        if let quote {
            guard end < line.count, line[end] == quote else { return false }
            end += 1
        }
        while end < line.count, ByteText.isSpace(line[end]) { end += 1 }
        return end < line.count && line[end] == UInt8(ascii: ":")
    }

    private func location(_ index: Int, _ offset: Int) -> SourceLocation {
        SourceLocation(file: file, line: firstLine + index, column: ByteText.column(of: offset, lineStart: 0, in: lines[index]))
    }
}

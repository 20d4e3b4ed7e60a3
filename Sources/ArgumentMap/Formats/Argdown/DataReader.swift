import Yams

/// Reads Argdown data elements and front matter (YAML) into `DataEntry` lists, reporting
/// problems at their place in the map file.
enum DataReader {
    /// Deeper data is refused before it reaches the YAML reader.
    static let maxDepth = 64

    /// Reads a `{...}` element; data that is not a mapping is an error.
    static func entries(of data: LineLexer.DataText, file: SourceLocation.File) -> (entries: [DataEntry], problems: [Diagnostic]) {
        let location = SourceLocation(file: file, line: data.line, column: data.column)
        guard data.maxDepth <= maxDepth else {
            return ([], [.error("data is nested more than \(maxDepth) levels deep; flatten it", at: location)])
        }
        if !data.isBlock, let entries = FlowDataParser.entries(data.bytes) { return (entries, []) }
        if data.isBlock {
            // The YAML between the brace that ends the first line and the closing brace.
            let firstLineEnd = data.bytes.firstIndex(of: UInt8(ascii: "\n")) ?? data.bytes.count
            let body = data.bytes[min(firstLineEnd + 1, data.bytes.count)..<max(firstLineEnd + 1, data.bytes.count - 1)]
            return mapping(yaml: Array(body), line: data.line + 1, column: 1, file: file, at: location)
        }
        return mapping(yaml: data.bytes, line: data.line, column: data.column, file: file, at: location)
    }

    /// Reads YAML that must be a mapping (or empty); `line` and `column` are where its first byte stands in the file.
    static func mapping(yaml: [UInt8], line: Int, column: Int, file: SourceLocation.File, at location: SourceLocation) -> (entries: [DataEntry], problems: [Diagnostic]) {
        if let alias = YAMLAliasScan.firstAlias(in: yaml) {
            let place = problemLocation(alias.position, in: yaml, line: line, column: column, file: file)
            return ([], [.error("data uses the YAML alias *\(alias.name); aliases are not supported in map data, so write the value out", at: place)])
        }
        let node: Yams.Node?
        do {
            node = try Yams.compose(yaml: ByteText.string(yaml))
        } catch {
            return ([], [problem(error, in: yaml, line: line, column: column, file: file, fallback: location)])
        }
        guard let node else { return ([], []) }
        if case .scalar(let scalar) = node, scalar.string.isEmpty { return ([], []) }
        var tooDeep = false
        guard case .map(let entries) = value(of: node, depth: 0, tooDeep: &tooDeep) else {
            return ([], [.error("data must be a mapping such as {key: value}", at: location)])
        }
        if tooDeep {
            return ([], [.error("data is nested more than \(maxDepth) levels deep; flatten it", at: location)])
        }
        return (entries, [])
    }

    private static func value(of node: Yams.Node, depth: Int, tooDeep: inout Bool) -> DataValue {
        guard depth < maxDepth else {
            tooDeep = true
            return .null
        }
        switch node {
        case .scalar(let scalar):
            return scalarValue(scalar)
        case .mapping(let mapping):
            let read = mapping.map { key, item in
                DataEntry(key.scalar?.string ?? "", value(of: item, depth: depth + 1, tooDeep: &tooDeep))
            }
            var entries: [DataEntry] = []
            entries.merge(read)
            return .map(entries)
        case .sequence(let sequence):
            return .list(sequence.map { value(of: $0, depth: depth + 1, tooDeep: &tooDeep) })
        case .alias:
            return .null
        }
    }

    private static func scalarValue(_ scalar: Yams.Node.Scalar) -> DataValue {
        guard scalar.style == .plain else { return .string(scalar.string) }
        let node = Yams.Node.scalar(scalar)
        if node.null != nil { return .null }
        if let flag = node.bool { return .bool(flag) }
        if let integer = node.int { return .number(Double(integer)) }
        if let number = node.float { return .number(number) }
        return .string(scalar.string)
    }

    /// Where `position` in `yaml` stands in the map file. The parser may report a problem just
    /// past the end of `yaml`, which could be past the end of the file: that is moved to its end.
    private static func problemLocation(_ position: YAMLPosition, in yaml: [UInt8], line: Int, column: Int, file: SourceLocation.File) -> SourceLocation {
        let position = min(position, YAMLPosition.end(of: yaml))
        return SourceLocation(file: file, line: line + position.line - 1, column: position.line == 1 ? column + position.column - 1 : position.column)
    }

    private static func problem(_ error: Error, in yaml: [UInt8], line: Int, column: Int, file: SourceLocation.File, fallback: SourceLocation) -> Diagnostic {
        func place(_ position: YAMLPosition) -> SourceLocation {
            problemLocation(position, in: yaml, line: line, column: column, file: file)
        }
        func place(_ mark: Yams.Mark) -> SourceLocation { place(YAMLPosition(line: mark.line, column: mark.column)) }
        switch error as? YamlError {
        case .reader(let problem, let offset?, let value, _):
            let hex = String(value, radix: 16, uppercase: true)
            let code = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            return .error(
                "malformed data (YAML): \(problem) (U+\(code)); remove it, or write it as an escape such as \\u\(code) inside double quotes",
                at: place(YAMLPosition.end(of: Array(yaml.prefix(offset)))))
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _), .composer(let context, let problem, let mark, _):
            if problem.hasPrefix("Maximum nesting level") {
                return .error("data is nested more than \(maxDepth) levels deep; flatten it", at: place(mark))
            }
            // Found only at the end (a bracket or quote never closed): told where the unfinished part began.
            if let context, YAMLPosition(line: mark.line, column: mark.column) >= YAMLPosition.end(of: yaml) {
                return .error("malformed data (YAML): \(problem) \(context.text) that starts here; check the brackets, quotes and the space after each colon", at: place(context.mark))
            }
            return .error("malformed data (YAML): \(problem); check the brackets, quotes and the space after each colon", at: place(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error("data repeats the key \(duplicates.joined(separator: ", ")); give each key once", at: place(context.mark))
        default:
            return .error("malformed data (YAML): \(error)", at: fallback)
        }
    }
}

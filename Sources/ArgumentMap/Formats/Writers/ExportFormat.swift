/// The formats `argmap export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    case argdown
    case json
    case dot
    case markdown
    case aif

    /// The whole file's text. Marks in `options` are written into the map first (a `#disputed`
    /// tag and the note as `mark-note`), so every format shows them.
    public func write(_ map: ArgumentMap, options: ExportOptions = ExportOptions()) -> String {
        let marked = map.applying(options.marks)
        switch self {
        case .argdown: return ArgdownWriter(map: marked).write()
        case .json: return JSONMapWriter(map: marked, options: options).write()
        case .dot: return DotWriter(map: marked, options: options).write()
        case .markdown: return MarkdownWriter(map: marked, options: options).write()
        case .aif: return AIFWriter(map: marked).write()
        }
    }
}

extension ArgumentMap {
    public static let disputedTag = "disputed"
    public static let markNoteKey = "mark-note"

    /// The map with each marked node tagged `#disputed` (when disputed) and its note as `mark-note` data.
    public func applying(_ marks: Marks) -> ArgumentMap {
        guard !marks.isEmpty else { return self }
        var nodes = self.nodes
        for index in nodes.indices {
            guard let mark = marks.mark(for: nodes[index]) else { continue }
            if mark.disputed, !nodes[index].tags.contains(Self.disputedTag) { nodes[index].tags.append(Self.disputedTag) }
            if !mark.note.isEmpty { nodes[index].data.set(Self.markNoteKey, .string(mark.note)) }
        }
        return ArgumentMap(nodes: nodes, relations: relations, sections: sections, frontMatter: frontMatter, sources: sources, file: file)
    }
}

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

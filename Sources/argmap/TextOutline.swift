import ArgumentMap

/// The map as an indented text outline: each node under the ones it bears on, with its
/// relation glyph; a node met again is a cross-reference, so shared nodes and cycles print once.
struct TextOutline {
    var loaded: LoadedMap
    /// Print only the one node's tree.
    var start: NodeID?
    /// Levels shown below the start (0: the start nodes only); nil for all.
    var depth: Int?

    private var map: ArgumentMap { loaded.map }

    /// Calls `emit` with each line, top to bottom. Iterative, so depth costs no stack.
    func write(_ emit: (String) -> Void) {
        var verified = [Int](repeating: 0, count: map.nodes.count)
        for citation in loaded.citations { verified[citation.node.offset] += 1 }
        var printed = [Bool](repeating: false, count: map.nodes.count)
        var lastSection: SectionID?
        var isFirstLine = true

        struct Entry {
            var node: NodeID
            var relation: RelationKind?
            var level: Int
        }
        var pending = (start.map { [$0] } ?? map.roots).reversed().map { Entry(node: $0, relation: nil, level: 0) }
        while let entry = pending.popLast() {
            let node = map[entry.node]
            let indent = Self.indent(entry.level) + (entry.relation.map { NodeLabel.glyph($0) + " " } ?? "")
            if printed[entry.node.offset] {
                emit(indent + "↪ " + NodeLabel.title(node) + " (see above)")
                isFirstLine = false
                continue
            }
            printed[entry.node.offset] = true
            if entry.level == 0, start == nil, let section = node.section, section != lastSection {
                if !isFirstLine { emit("") }
                let heading = map.sections[section.offset]
                emit(String(repeating: "#", count: max(1, heading.level)) + " " + heading.title)
                lastSection = section
            }
            let children = map.incomingRelationIndices(entry.node)
            let folded = depth.map { entry.level >= $0 } ?? false
            var line = indent + NodeLabel.title(node)
            let text = NodeLabel.text(node)
            if !text.isEmpty { line += ": " + text }
            line += citationNote(cited: node.citations.count, verified: verified[entry.node.offset])
            if folded, !children.isEmpty { line += " … " + NodeLabel.count(children.count, "reply", plural: "replies") + " below" }
            emit(line)
            isFirstLine = false
            guard !folded else { continue }
            for index in children.reversed() {
                let relation = map.relations[Int(index)]
                pending.append(Entry(node: relation.from, relation: relation.kind, level: entry.level + 1))
            }
        }
    }

    /// Levels deeper than this are indented no further but numbered, so a deep chain prints in
    /// space linear in its depth (100,000 levels at two spaces each would be 10 GB).
    static let deepestIndent = 40

    private static func indent(_ level: Int) -> String {
        guard level > deepestIndent else { return String(repeating: "  ", count: level) }
        return String(repeating: "  ", count: deepestIndent) + "(level \(level)) "
    }

    private func citationNote(cited: Int, verified: Int) -> String {
        guard cited > 0 else { return "" }
        let unverified = cited - verified
        return " (" + NodeLabel.count(cited, "citation") + (unverified > 0 ? ", \(unverified) not verified" : "") + ")"
    }
}

import ArgumentMap

/// Everything the map says about one node, as `argmap show` prints it.
struct NodeReport {
    var loaded: LoadedMap
    var node: NodeID

    func write(_ emit: (String) -> Void) {
        let map = loaded.map
        let node = map[node]
        emit(NodeLabel.title(node))
        emit("  \(node.kind.rawValue), \(node.isDefined ? "defined" : "only referred to, never defined") at \(node.location)")
        if let section = node.section { emit("  in section: " + map.sections[section.offset].title) }
        if !node.tags.isEmpty { emit("  tags: " + node.tags.map { "#" + $0 }.joined(separator: " ")) }
        for entry in node.data { emit("  \(entry.key): \(DataText.describe(entry.value))") }
        if !node.text.isEmpty {
            emit("")
            for line in node.text.split(separator: "\n", omittingEmptySubsequences: false) { emit("  " + line) }
        }

        if let inference = node.inference {
            emit("")
            emit("Premise-conclusion structure:")
            for (number, step) in inference.steps.enumerated() {
                if step.isDerived {
                    emit(step.rules.isEmpty ? "  ----" : "  -- " + step.rules.joined(separator: ", ") + " --")
                }
                emit("  (\(number + 1)) " + NodeLabel.title(map[step.statement]))
            }
        }

        let relations = map.relations(of: node.id)
        emit("")
        emit(relations.isEmpty ? "Relations: none" : "Relations:")
        for (relation, isOutgoing) in relations {
            let verbs = relation.kind.verbs
            let (verb, other) = isOutgoing ? (verbs.outgoing, relation.to) : (verbs.incoming, relation.from)
            emit("  \(NodeLabel.glyph(relation.kind)) \(verb) \(NodeLabel.title(map[other]))  (line \(relation.location.line))")
        }

        guard !node.citations.isEmpty else { return }
        let resolved = loaded.citations.filter { $0.node == node.id }
        emit("")
        emit("Citations:")
        for (index, citation) in node.citations.enumerated() {
            let document = loaded.documents[citation.source]
            let name = document.map { "\(citation.source) (\($0.title))" } ?? citation.source
            if let span = resolved.first(where: { $0.index == index })?.span {
                emit("  \(index + 1). \(name), \(span.line == span.endLine ? "line \(span.line)" : "lines \(span.line)-\(span.endLine)") (\(span))")
            } else {
                emit("  \(index + 1). \(name): not verified; `argmap check` says why")
            }
            emit("     \"" + citation.quote.split(whereSeparator: \.isWhitespace).joined(separator: " ") + "\"")
        }
    }
}

/// Free data values written back in a compact YAML-like form.
/// Nesting deeper than `maximumDepth` is shown as `…`, so no input can exhaust the stack.
enum DataText {
    static let maximumDepth = 8

    static func describe(_ value: DataValue, depth: Int = 0) -> String {
        switch value {
        case .null: return "null"
        case .list where depth >= maximumDepth, .map where depth >= maximumDepth: return "…"
        case .list(let items): return "[" + items.map { describe($0, depth: depth + 1) }.joined(separator: ", ") + "]"
        case .map(let entries): return "{" + entries.map { "\($0.key): \(describe($0.value, depth: depth + 1))" }.joined(separator: ", ") + "}"
        default: return value.string ?? ""
        }
    }
}

/// Writes a map as a Markdown outline for notes: the map's title, then each heading with the
/// trees of the roots under it, one nested list item per claim (`Pro:`, `Con:`, `Undercut:`,
/// `Contradicts:`, `Premise:` before the title), citations as numbered footnotes at the end.
/// A claim met a second time says "(see above)" instead of repeating its subtree.
public struct MarkdownWriter {
    public let map: ArgumentMap
    public let options: ExportOptions

    public init(map: ArgumentMap, options: ExportOptions = ExportOptions()) {
        self.map = map
        self.options = options
    }

    /// One list item, kept small until the groups are written in heading order.
    private struct ItemLine {
        var node: NodeID
        var relation: RelationKind?
        var appearance: OutlineWalk.Entry.Appearance
        var depth: Int32
        /// The number of the item's first footnote.
        var firstFootnote: Int32
        var startsBlock: Bool
    }

    public func write(to sink: ExportSink) {
        var groups = Array(repeating: [ItemLine](), count: map.sections.count + 1)
        // The nodes whose citations are the footnotes, in the order they are numbered.
        var citing: [NodeID] = []
        var footnoteCount = 0
        var walk = OutlineWalk(map: map)
        for root in map.roots {
            let group = map[root].section.map { $0.offset + 1 } ?? 0
            for block in walk.blocks(from: root) {
                for (position, entry) in block.enumerated() {
                    groups[group].append(ItemLine(node: entry.node, relation: entry.relation?.kind, appearance: entry.appearance, depth: Int32(entry.depth),
                                                  firstFootnote: Int32(footnoteCount + 1), startsBlock: position == 0))
                    let citations = map[entry.node].citations.count
                    if entry.appearance == .first, citations > 0 {
                        citing.append(entry.node)
                        footnoteCount += citations
                    }
                }
            }
        }

        var lines = LineStream(sink)
        lines.append("# " + Self.escaped(map.title))
        for (index, items) in groups.enumerated() {
            if index > 0 {
                let section = map.sections[index - 1]
                lines.appendBlock([String(repeating: "#", count: min(6, section.level + 1)) + " " + Self.escaped(section.title)])
            }
            for item in items {
                if item.startsBlock { lines.startBlock() }
                lines.append(self.item(item))
            }
        }
        if !citing.isEmpty { lines.startBlock() }
        let spans = options.citationSpans()
        var number = 0
        for id in citing {
            for (index, citation) in map[id].citations.enumerated() {
                number += 1
                lines.append(footnote(citation, span: spans[id, index], number: number))
            }
        }
    }

    private func item(_ item: ItemLine) -> String {
        var line = String(repeating: "  ", count: Int(item.depth)) + "- "
        if let relation = item.relation { line += Self.label(relation) + ": " }
        let node = map[item.node]
        line += "**" + Self.escaped(node.title) + "**"
        switch item.appearance {
        case .repeated: return line + " (see above)"
        case .continuedBelow: return line + " (continued below)"
        case .first: break
        }
        let text = node.text
        if !text.isEmpty, text != node.title { line += ": " + Self.escapedKeepingLinks(text) }
        if node.tags.contains(ArgumentMap.disputedTag) { line += " ⚑ disputed" }
        if let note = node.data[ArgumentMap.markNoteKey]?.string { line += " (" + Self.escaped(note) + ")" }
        for number in Int(item.firstFootnote)..<(Int(item.firstFootnote) + node.citations.count) { line += "[^\(number)]" }
        return line
    }

    private func footnote(_ citation: Citation, span: TextSpan?, number: Int) -> String {
        let source = map.sources.first { $0.id == citation.source }
        var line = "[^\(number)]: “" + Self.escaped(citation.quote) + "” (" + Self.escaped(source?.title ?? citation.source)
        if let span {
            line += span.line == span.endLine ? ", line \(span.line)" : ", lines \(span.line)–\(span.endLine)"
        }
        line += ")"
        if let url = source?.url { line += " <" + url + ">" }
        return line
    }

    static func label(_ kind: RelationKind) -> String {
        switch kind {
        case .support: "Pro"
        case .attack: "Con"
        case .undercut: "Undercut"
        case .contradiction: "Contradicts"
        case .premise: "Premise"
        }
    }

    /// Like `escaped`, but a Markdown link `[text](url)` stays a link.
    static func escapedKeepingLinks(_ text: String) -> String {
        var result = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]"),
              rest.index(after: close) < rest.endIndex, rest[rest.index(after: close)] == "(",
              let end = rest[close...].firstIndex(of: ")") {
            let url = rest[rest.index(close, offsetBy: 2)..<end]
            result += escaped(String(rest[..<open])) + "[" + escaped(String(rest[rest.index(after: open)..<close])) + "](" + url + ")"
            rest = rest[rest.index(after: end)...]
        }
        return result + escaped(String(rest))
    }

    /// Markdown's inline punctuation escaped; line breaks become spaces.
    static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: needsEscape) else { return text }
        var result = ""
        for character in text {
            switch character {
            case "\\", "*", "_", "[", "]", "<", ">", "`", "#", "|": result += "\\" + String(character)
            case "\n", "\r\n", "\r": result += " "
            default: result.append(character)
            }
        }
        return result
    }

    /// The bytes `escaped` may change, all ASCII; a text without them is written as it is.
    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"),
             UInt8(ascii: ">"), UInt8(ascii: "`"), UInt8(ascii: "#"), UInt8(ascii: "|"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): true
        default: false
        }
    }
}

/// Writes a map as a Graphviz digraph, each relation drawn from the claim that bears to the
/// claim it bears on: support green, attack red with a bar head, undercut purple and dashed
/// with a bar head, contradiction orange with bars at both ends, premise grey and dotted.
/// Statements are rounded boxes, arguments plain boxes; disputed nodes (tag `#disputed`)
/// are red, bold and say so; evaluation labels, when given, are added to each node's label.
/// Each heading's nodes are drawn in a box of their own, titled by the heading.
public struct DotWriter {
    public let map: ArgumentMap
    public let options: ExportOptions

    public init(map: ArgumentMap, options: ExportOptions = ExportOptions()) {
        self.map = map
        self.options = options
    }

    static let wrapWidth = 40
    static let maximumTextLength = 200

    public func write(to sink: ExportSink) {
        sink += "digraph \(Self.quoted(map.title)) {\n"
        // newrank lets clusters and edges between them be ranked together; without it dot
        // fails ("trouble in init_rank") on maps whose relations cross headings both ways.
        sink += "  rankdir=BT; newrank=true;\n"
        sink += "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Helvetica\", fontsize=11];\n"
        sink += "  edge [fontname=\"Helvetica\", fontsize=10];\n"
        for node in map.nodes { sink += "  n\(node.id.index) [\(nodeAttributes(node))];\n" }
        var membersBySection: [SectionID: [NodeID]] = [:]
        for node in map.nodes { if let section = node.section { membersBySection[section, default: []].append(node.id) } }
        for section in map.sections {
            guard let members = membersBySection[section.id] else { continue }
            sink += "  subgraph cluster_s\(section.id.index) {\n"
            sink += "    label=\(Self.quoted(section.title)); style=rounded; color=\"#9e9e9e\"; fontname=\"Helvetica\";\n"
            sink += "   "
            for member in members { sink += " n\(member.index);" }
            sink += "\n  }\n"
        }
        for relation in map.relations {
            sink += "  n\(relation.from.index) -> n\(relation.to.index) [\(Self.edgeAttributes(relation.kind))];\n"
        }
        sink += "}\n"
    }

    private func nodeAttributes(_ node: Node) -> String {
        var label = node.kind == .argument ? "<\(node.title)>" : "[\(node.title)]"
        let whole = node.text
        // A text has no more characters than bytes, so a short one needs no counting.
        let isLong = whole.utf8.count > Self.maximumTextLength && whole.count > Self.maximumTextLength
        let text = isLong ? String(whole.prefix(Self.maximumTextLength)) + "…" : whole
        if !text.isEmpty { label += "\n" + Self.wrapped(text) }
        let disputed = node.tags.contains(ArgumentMap.disputedTag)
        if disputed { label += "\n⚑ disputed" }
        if let note = node.data[ArgumentMap.markNoteKey]?.string { label += ": " + note }
        if let verdict = options.labels[node.id] { label += "\n(\(verdict))" }
        var attributes = ["label=\(Self.quoted(label))"]
        if node.kind == .argument { attributes.append("style=filled, fillcolor=\"#eef3fb\"") }
        if disputed { attributes.append("color=\"#c62828\", penwidth=3, fillcolor=\"#fde7e7\"") }
        return attributes.joined(separator: ", ")
    }

    static func edgeAttributes(_ kind: RelationKind) -> String {
        switch kind {
        case .support: "color=\"#2e7d32\", arrowhead=normal, label=\"+\""
        case .attack: "color=\"#c62828\", arrowhead=tee, label=\"−\""
        case .undercut: "color=\"#6a1b9a\", style=dashed, arrowhead=tee, label=\"undercut\""
        case .contradiction: "color=\"#ef6c00\", dir=both, arrowhead=tee, arrowtail=tee, style=bold, label=\"><\""
        case .premise: "color=\"#757575\", style=dotted, arrowhead=empty, label=\"premise\""
        }
    }

    /// Words joined into lines of about `wrapWidth` characters.
    static func wrapped(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) { return wrappedASCII(text) }
        var lines: [String] = []
        var line = ""
        for word in text.split(whereSeparator: \.isWhitespace) {
            if !line.isEmpty, line.count + word.count + 1 > wrapWidth {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    /// `wrapped` for ASCII without carriage returns, where a character is a byte.
    private static func wrappedASCII(_ text: String) -> String {
        var result: [UInt8] = []
        var lineLength = 0
        for word in text.utf8.split(whereSeparator: { $0 == UInt8(ascii: " ") || (0x09...0x0D).contains($0) }) {
            if lineLength > 0, lineLength + word.count + 1 > wrapWidth {
                result.append(UInt8(ascii: "\n"))
                lineLength = 0
            }
            if lineLength > 0 {
                result.append(UInt8(ascii: " "))
                lineLength += 1
            }
            result.append(contentsOf: word)
            lineLength += word.count
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// A DOT double-quoted string: quotes and backslashes escaped, line breaks as `\n`, controls dropped.
    static func quoted(_ text: String) -> String {
        let plain = text.utf8.allSatisfy { (0x20..<0x7F).contains($0) && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
        if plain { return "\"" + text + "\"" }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            default: if !scalar.needsEscapeOnTerminal { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }
}

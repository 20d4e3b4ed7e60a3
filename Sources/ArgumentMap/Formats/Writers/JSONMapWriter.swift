/// Writes a map in the shape of Argdown's JSON export, plus argmap's own fields:
///
/// ```
/// { "title": "...", "frontMatter": {...}, "sources": [{"id", "file", "title", "url"}],
///   "statements": {"Title": {"title", "text", "tags", "data", "section",
///                            "citations": [{"source", "quote", "prefix", "suffix",
///                                           "span": {"line", "column", "endLine", "endColumn"}}],
///                            "disputed", "label", "strength"}},
///   "arguments": {"Title": {... the same, and "premises": ["Title", ...]}},
///   "relations": [{"from", "fromKind", "to", "toKind", "type"}],
///   "sections": [{"title", "level", "parent", "tags", "data"}],
///   "tags": ["tag", ...], "marks": [{"title", "kind", "disputed", "note"}] }
/// ```
/// `span` appears when the citation was found in its source, `disputed` with marks, `label`
/// and `strength` with evaluation results; `type` is support, attack, undercut, contradiction or premise.
public struct JSONMapWriter {
    public let map: ArgumentMap
    public let options: ExportOptions

    private let spans: CitationSpans

    public init(map: ArgumentMap, options: ExportOptions = ExportOptions()) {
        self.map = map
        self.options = options
        spans = options.citationSpans()
    }

    public func write(to sink: ExportSink) {
        var json = JSONStream(sink)
        json.beginObject()
        json.member("title", map.title)
        json.member("frontMatter", .map(map.frontMatter))
        json.key("sources")
        json.beginArray()
        for source in map.sources { write(source, to: &json) }
        json.endArray()
        for kind in [NodeKind.statement, .argument] {
            json.key(kind == .statement ? "statements" : "arguments")
            json.beginObject()
            for node in map.nodes where node.kind == kind {
                json.key(node.title)
                write(node, to: &json)
            }
            json.endObject()
        }
        json.key("relations")
        json.beginArray()
        for relation in map.relations { write(relation, to: &json) }
        json.endArray()
        json.key("sections")
        json.beginArray()
        for section in map.sections { write(section, to: &json) }
        json.endArray()
        json.member("tags", strings: allTags())
        if !options.marks.isEmpty {
            json.key("marks")
            json.beginArray()
            for mark in options.marks.all {
                json.beginObject()
                json.member("title", mark.title)
                json.member("kind", mark.kind.rawValue)
                json.member("disputed", .bool(mark.disputed))
                json.member("note", mark.note)
                json.endObject()
            }
            json.endArray()
        }
        json.endObject()
        sink += "\n"
    }

    private func write(_ node: Node, to json: inout JSONStream) {
        json.beginObject()
        json.member("title", node.title)
        json.member("text", node.text)
        json.member("tags", strings: node.tags)
        json.member("data", .map(node.data))
        json.key("citations")
        json.beginArray()
        for (index, citation) in node.citations.enumerated() {
            write(citation, span: spans[node.id, index], to: &json)
        }
        json.endArray()
        if let section = node.section { json.member("section", map.sections[section.offset].title) }
        if node.kind == .argument {
            json.key("premises")
            json.beginArray()
            for relation in map.incoming(node.id) where relation.kind == .premise { json.string(map[relation.from].title) }
            json.endArray()
        }
        if !options.marks.isEmpty { json.member("disputed", .bool(options.marks.isDisputed(node))) }
        if let label = options.labels[node.id] { json.member("label", label) }
        if let strength = options.strengths[node.id] {
            json.key("strength")
            json.number(strength)
        }
        json.endObject()
    }

    private func write(_ citation: Citation, span: TextSpan?, to json: inout JSONStream) {
        json.beginObject()
        json.member("source", citation.source)
        json.member("quote", citation.quote)
        if let prefix = citation.prefix { json.member("prefix", prefix) }
        if let suffix = citation.suffix { json.member("suffix", suffix) }
        if let span {
            json.key("span")
            json.beginObject()
            for (key, value) in [("line", span.line), ("column", span.column), ("endLine", span.endLine), ("endColumn", span.endColumn)] {
                json.key(key)
                json.number(Double(value))
            }
            json.endObject()
        }
        json.endObject()
    }

    private func write(_ relation: Relation, to json: inout JSONStream) {
        json.beginObject()
        json.member("from", map[relation.from].title)
        json.member("fromKind", map[relation.from].kind.rawValue)
        json.member("to", map[relation.to].title)
        json.member("toKind", map[relation.to].kind.rawValue)
        json.member("type", relation.kind.rawValue)
        json.endObject()
    }

    private func write(_ section: Section, to json: inout JSONStream) {
        json.beginObject()
        json.member("title", section.title)
        json.key("level")
        json.number(Double(section.level))
        if let parent = section.parent { json.member("parent", map.sections[parent.offset].title) }
        json.member("tags", strings: section.tags)
        json.member("data", .map(section.data))
        json.endObject()
    }

    private func write(_ source: SourceDeclaration, to json: inout JSONStream) {
        json.beginObject()
        json.member("id", source.id)
        json.member("file", source.file)
        if let title = source.title { json.member("title", title) }
        if let url = source.url { json.member("url", url) }
        json.endObject()
    }

    /// Every tag of nodes and sections, each once, in order of first appearance.
    private func allTags() -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        for tags in map.nodes.lazy.map(\.tags) + map.sections.lazy.map(\.tags) {
            for tag in tags where seen.insert(tag).inserted { result.append(tag) }
        }
        return result
    }
}

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

    private let spans: [NodeID: [Int: TextSpan]]

    public init(map: ArgumentMap, options: ExportOptions = ExportOptions()) {
        self.map = map
        self.options = options
        spans = options.spansByNode()
    }

    public func write() -> String {
        var statements: [(String, JSONValue)] = []
        var arguments: [(String, JSONValue)] = []
        for node in map.nodes {
            switch node.kind {
            case .statement: statements.append((node.title, self.node(node)))
            case .argument: arguments.append((node.title, self.node(node)))
            }
        }
        var members: [(String, JSONValue)] = [
            ("title", .string(map.title)),
            ("frontMatter", JSONValue(.map(map.frontMatter))),
            ("sources", .array(map.sources.map(source))),
            ("statements", .object(statements)),
            ("arguments", .object(arguments)),
            ("relations", .array(map.relations.map(relation))),
            ("sections", .array(map.sections.map(section))),
            ("tags", .array(allTags().map(JSONValue.string))),
        ]
        if !options.marks.isEmpty {
            members.append(("marks", .array(options.marks.all.map { mark in
                .object([("title", .string(mark.title)), ("kind", .string(mark.kind.rawValue)), ("disputed", .bool(mark.disputed)), ("note", .string(mark.note))])
            })))
        }
        return JSONValue.object(members).rendered() + "\n"
    }

    private func node(_ node: Node) -> JSONValue {
        let spans = self.spans[node.id] ?? [:]
        var members: [(String, JSONValue)] = [
            ("title", .string(node.title)),
            ("text", .string(node.text)),
            ("tags", .array(node.tags.map(JSONValue.string))),
            ("data", JSONValue(.map(node.data))),
            ("citations", .array(node.citations.enumerated().map { citation($1, span: spans[$0]) })),
        ]
        if let section = node.section { members.append(("section", .string(map.sections[section.offset].title))) }
        if node.kind == .argument {
            let premises = map.incoming(node.id).filter { $0.kind == .premise }.map { JSONValue.string(map[$0.from].title) }
            members.append(("premises", .array(premises)))
        }
        if !options.marks.isEmpty { members.append(("disputed", .bool(options.marks.isDisputed(node)))) }
        if let label = options.labels[node.id] { members.append(("label", .string(label))) }
        if let strength = options.strengths[node.id] { members.append(("strength", .number(strength))) }
        return .object(members)
    }

    private func citation(_ citation: Citation, span: TextSpan?) -> JSONValue {
        var members: [(String, JSONValue)] = [("source", .string(citation.source)), ("quote", .string(citation.quote))]
        if let prefix = citation.prefix { members.append(("prefix", .string(prefix))) }
        if let suffix = citation.suffix { members.append(("suffix", .string(suffix))) }
        if let span {
            members.append(("span", .object([
                ("line", .number(Double(span.line))), ("column", .number(Double(span.column))),
                ("endLine", .number(Double(span.endLine))), ("endColumn", .number(Double(span.endColumn))),
            ])))
        }
        return .object(members)
    }

    private func relation(_ relation: Relation) -> JSONValue {
        .object([
            ("from", .string(map[relation.from].title)), ("fromKind", .string(map[relation.from].kind.rawValue)),
            ("to", .string(map[relation.to].title)), ("toKind", .string(map[relation.to].kind.rawValue)),
            ("type", .string(relation.kind.rawValue)),
        ])
    }

    private func section(_ section: Section) -> JSONValue {
        var members: [(String, JSONValue)] = [("title", .string(section.title)), ("level", .number(Double(section.level)))]
        if let parent = section.parent { members.append(("parent", .string(map.sections[parent.offset].title))) }
        members.append(("tags", .array(section.tags.map(JSONValue.string))))
        members.append(("data", JSONValue(.map(section.data))))
        return .object(members)
    }

    private func source(_ source: SourceDeclaration) -> JSONValue {
        var members: [(String, JSONValue)] = [("id", .string(source.id)), ("file", .string(source.file))]
        if let title = source.title { members.append(("title", .string(title))) }
        if let url = source.url { members.append(("url", .string(url))) }
        return .object(members)
    }

    /// Every tag of nodes and sections, each once, in order of first appearance.
    private func allTags() -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        for tag in map.nodes.flatMap(\.tags) + map.sections.flatMap(\.tags) where seen.insert(tag).inserted {
            result.append(tag)
        }
        return result
    }
}

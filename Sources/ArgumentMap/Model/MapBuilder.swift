/// Collects nodes and relations as a reader meets them, merging every occurrence of a title
/// into one node (Argdown's equivalence classes), then freezes them into an `ArgumentMap`.
public struct MapBuilder {
    public private(set) var nodes: [Node] = []
    public private(set) var relations: [Relation] = []
    public var sections: [Section] = []
    public var frontMatter: [DataEntry] = []
    public var sources: [SourceDeclaration] = []
    public var file: String?

    private var statementTitles = TitleIndex()
    private var argumentTitles = TitleIndex()
    private var relationKeys = RelationKeySet()

    public init(file: String? = nil) { self.file = file }

    /// Makes room for about this many nodes and as many relations, so a large map is not copied as it grows.
    public mutating func reserveCapacity(_ count: Int) {
        nodes.reserveCapacity(count)
        relations.reserveCapacity(count)
        statementTitles.reserveCapacity(count, nodes: nodes)
        relationKeys.reserveCapacity(count)
    }

    public subscript(id: NodeID) -> Node {
        get { nodes[id.offset] }
        set { nodes[id.offset] = newValue }
    }

    public func node(titled title: String, kind: NodeKind) -> NodeID? {
        kind == .statement ? statementTitles.find(title, in: nodes) : argumentTitles.find(title, in: nodes)
    }

    /// The node with this title, created (undefined, at `location`) on first mention.
    public mutating func node(titled title: String, kind: NodeKind, at location: SourceLocation, section: SectionID? = nil) -> NodeID {
        let id = NodeID(nodes.count)
        let existing = switch kind {
        case .statement: statementTitles.findOrInsert(title, newID: id, in: nodes)
        case .argument: argumentTitles.findOrInsert(title, newID: id, in: nodes)
        }
        if let existing { return existing }
        nodes.append(Node(id: id, kind: kind, title: title, section: section, location: location))
        return id
    }

    /// Records a definition: the first text given wins; the first definition's place and section become the node's.
    public mutating func define(_ id: NodeID, text: String, at location: SourceLocation, section: SectionID?) {
        // Changed in place: copying a node out and back would retain and release each of its fields.
        if !nodes[id.offset].isDefined {
            nodes[id.offset].isDefined = true
            nodes[id.offset].location = location
            nodes[id.offset].section = section
        }
        if nodes[id.offset].text.isEmpty { nodes[id.offset].text = text }
    }

    public mutating func addTags(_ tags: [String], to id: NodeID) {
        for tag in tags where !nodes[id.offset].tags.contains(tag) {
            nodes[id.offset].tags.append(tag)
        }
    }

    /// Merges data into the node; citation keys become `Citation`s, the rest stays as data.
    /// Returns the problems found in the citation fields.
    @discardableResult
    public mutating func addData(_ data: [DataEntry], to id: NodeID, at location: SourceLocation) -> [Diagnostic] {
        let (citations, problems) = Citation.citations(in: data, at: location)
        for citation in citations where !nodes[id.offset].citations.contains(where: { $0.source == citation.source && $0.quote == citation.quote && $0.prefix == citation.prefix && $0.suffix == citation.suffix }) {
            nodes[id.offset].citations.append(citation)
        }
        nodes[id.offset].data.merge(data.filter { !Citation.dataKeys.contains($0.key) })
        return problems
    }

    public mutating func setInference(_ inference: Inference, for id: NodeID) {
        nodes[id.offset].inference = inference
    }

    /// Adds the relation unless the same one (same ends and kind) is already there.
    public mutating func relate(_ from: NodeID, _ kind: RelationKind, _ to: NodeID, at location: SourceLocation) {
        guard relationKeys.insert(from: from, to: to, kind: kind) else { return }
        relations.append(Relation(from: from, to: to, kind: kind, location: location))
    }

    public mutating func addSection(title: String, level: Int, parent: SectionID?, at location: SourceLocation) -> SectionID {
        let id = SectionID(sections.count)
        sections.append(Section(id: id, title: title, level: level, parent: parent, location: location))
        return id
    }

    /// Builds the map and empties the builder, letting go of its duplicate check before the map's indexes are made.
    mutating func finish() -> ArgumentMap {
        relationKeys = RelationKeySet()
        let map = build()
        self = MapBuilder(file: file)
        return map
    }

    public func build() -> ArgumentMap {
        ArgumentMap(
            nodes: nodes, relations: relations, sections: sections, frontMatter: frontMatter, sources: sources, file: file,
            statementTitles: statementTitles, argumentTitles: argumentTitles)
    }
}

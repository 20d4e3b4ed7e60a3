/// Collects nodes and relations as a reader meets them, merging every occurrence of a title
/// into one node (Argdown's equivalence classes), then freezes them into an `ArgumentMap`.
public struct MapBuilder {
    public private(set) var nodes: [Node] = []
    /// Every relation as related, repeats included; `relations` drops them.
    private var related: [Relation] = []
    public var sections: [Section] = []
    public var frontMatter: [DataEntry] = []
    public var sources: [SourceDeclaration] = []
    public var file: String?

    private var statementTitles = TitleIndex()
    private var argumentTitles = TitleIndex()
    private var texts = TextStore()

    public init(file: String? = nil) { self.file = file }

    /// Makes room for about this many nodes and as many relations, so a large map is not copied as it grows.
    public mutating func reserveCapacity(_ count: Int) {
        nodes.reserveCapacity(count)
        related.reserveCapacity(count)
        statementTitles.reserveCapacity(count, nodes: nodes)
        argumentTitles.reserveIDs(below: count, nodes: nodes)
        // Room for arguments too, fewer than statements (one node in fourteen in a generated map): a
        // table that doubles hashes every title again, each read from the node array at random.
        argumentTitles.reserveCapacity(count / 8, nodes: nodes)
    }

    public subscript(id: NodeID) -> Node {
        get { nodes[id.offset] }
        set { nodes[id.offset] = newValue }
    }

    public func node(titled title: String, kind: NodeKind) -> NodeID? {
        kind == .statement ? statementTitles.find(title, in: nodes) : argumentTitles.find(title, in: nodes)
    }

    /// Asks for where the title with these UTF-8 bytes will be looked up, a moment before `node(titled:)` looks.
    func prefetchSlot(ofTitle title: UnsafeBufferPointer<UInt8>, kind: NodeKind) {
        switch kind {
        case .statement: statementTitles.prefetchSlot(ofTitle: title)
        case .argument: argumentTitles.prefetchSlot(ofTitle: title)
        }
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

    /// Records a definition; the first definition's section stays the node's. As in Argdown, where
    /// the last definition of a title is the one its map shows, a text different from the node's
    /// replaces it (see `replacedTexts`), and the node's place becomes the place its text was given.
    public mutating func define(_ id: NodeID, text: String, at location: SourceLocation, section: SectionID?) {
        var text = text
        text.withUTF8 { define(id, utf8: $0, at: location, section: section) }
    }

    /// As `define(_:text:at:section:)`, the text given as its UTF-8 bytes, which must be valid.
    mutating func define(_ id: NodeID, utf8 text: UnsafeBufferPointer<UInt8>, at location: SourceLocation, section: SectionID?) {
        define(id, at: location, section: section)
        if !nodes[id.offset].hasText {
            give(id, texts.store(text), at: location)
        } else if !text.isEmpty, !nodes[id.offset].withTextUTF8({ $0.elementsEqual(text) }) {
            replaceText(of: id, with: texts.store(text), at: location)
        }
    }

    private mutating func define(_ id: NodeID, storedText: StoredText, at location: SourceLocation, section: SectionID?) {
        define(id, at: location, section: section)
        if !nodes[id.offset].hasText {
            give(id, storedText, at: location)
        } else if !storedText.isEmpty, storedText.withUTF8({ text in !nodes[id.offset].withTextUTF8 { $0.elementsEqual(text) } }) {
            replaceText(of: id, with: storedText, at: location)
        }
    }

    private mutating func define(_ id: NodeID, at location: SourceLocation, section: SectionID?) {
        // Changed in place: copying a node out and back would retain and release each of its fields.
        if !nodes[id.offset].isDefined {
            nodes[id.offset].isDefined = true
            nodes[id.offset].location = location
            nodes[id.offset].section = section
        }
    }

    /// A first text, perhaps after a definition without one.
    private mutating func give(_ id: NodeID, _ text: StoredText, at location: SourceLocation) {
        nodes[id.offset].storedText = text
        if !text.isEmpty { nodes[id.offset].location = location }
    }

    /// A node's text given again, different: where its earlier text and the later one were written.
    public struct ReplacedText: Hashable, Sendable {
        public var node: NodeID
        public var earlier: SourceLocation
        public var later: SourceLocation
        /// The texts, so that a builder appending this one's can give them again in order.
        fileprivate var earlierText: StoredText
        fileprivate var laterText: StoredText
    }

    /// Every text that took the place of a node's earlier one.
    public private(set) var replacedTexts: [ReplacedText] = []

    private mutating func replaceText(of id: NodeID, with text: StoredText, at location: SourceLocation) {
        let node = nodes[id.offset]
        replacedTexts.append(ReplacedText(node: id, earlier: node.location, later: location, earlierText: node.storedText, laterText: text))
        nodes[id.offset].storedText = text
        nodes[id.offset].location = location
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
        let (citations, problems) = Citation.citations(in: data, at: location, keepingQuotesIn: &texts)
        addCitations(citations, to: id)
        nodes[id.offset].data.merge(data.filter { !Citation.isDataKey($0.key) })
        return problems
    }

    /// As `addData` for data that is one citation and nothing else, its quote given as UTF-8 bytes, which must be valid.
    mutating func addCitation(source: String, quote: UnsafeBufferPointer<UInt8>, prefix: String?, suffix: String?, to id: NodeID, at location: SourceLocation) {
        let citation = Citation(source: source, storedQuote: texts.store(quote), prefix: prefix, suffix: suffix, location: location)
        guard nodes[id.offset].citations.isEmpty || !nodes[id.offset].citations.contains(where: { CitedWords($0) == CitedWords(citation) }) else { return }
        nodes[id.offset].citations.append(citation)
    }

    /// Adds each citation the node does not have yet (the same quote of the same source, wherever cited).
    private mutating func addCitations(_ citations: [Citation], to id: NodeID) {
        guard !citations.isEmpty else { return }
        // A few citations are compared directly; many (a long `cites:` list) through a set, so
        // a node with thousands of them is not compared pair by pair.
        guard nodes[id.offset].citations.count + citations.count > 16 else {
            for citation in citations where !nodes[id.offset].citations.contains(where: { CitedWords($0) == CitedWords(citation) }) {
                nodes[id.offset].citations.append(citation)
            }
            return
        }
        var seen = Set(nodes[id.offset].citations.map(CitedWords.init))
        for citation in citations where seen.insert(CitedWords(citation)).inserted {
            nodes[id.offset].citations.append(citation)
        }
    }

    public mutating func setInference(_ inference: Inference, for id: NodeID) {
        nodes[id.offset].inference = inference
    }

    /// The relations in the order related, each once: a repeat of one before it (same ends and kind) is dropped.
    public var relations: [Relation] {
        var relations = related
        Relation.removeRepeats(from: &relations, nodeCount: nodes.count)
        return relations
    }

    /// Adds the relation; if the same one (same ends and kind) was added before, this one is dropped when the map is built.
    public mutating func relate(_ from: NodeID, _ kind: RelationKind, _ to: NodeID, at location: SourceLocation) {
        related.append(Relation(from: from, to: to, kind: kind, location: location))
    }

    public mutating func addSection(title: String, level: Int, parent: SectionID?, at location: SourceLocation) -> SectionID {
        let id = SectionID(sections.count)
        sections.append(Section(id: id, title: title, level: level, parent: parent, location: location))
        return id
    }

    /// Takes in what `later` collected from the rest of the same file, read after everything here:
    /// its nodes join those of the same kind and title here (as `node(titled:)`, `define`, `addTags`,
    /// `addData` and `setInference` would have joined them), the rest come after these in their
    /// order, and its sections and relations follow these.
    ///
    /// `later` is left without nodes: they are moved here rather than copied, since a copy retains
    /// every field, and letting go of `later` would release each again.
    mutating func append(_ later: inout MapBuilder) {
        let firstSection = sections.count
        func section(_ id: SectionID?) -> SectionID? { id.map { SectionID(firstSection + $0.offset) } }
        let statements = later.nodes.indices.filter { later.nodes[$0].kind == .statement }
        let arguments = later.nodes.indices.filter { later.nodes[$0].kind == .argument }
        let newIDs = nodes.count + later.nodes.count
        let foundStatements = statementTitles.findOrReserve(statements.map { later.nodes[$0].title }, in: nodes, newIDs: newIDs)
        let foundArguments = argumentTitles.findOrReserve(arguments.map { later.nodes[$0].title }, in: nodes, newIDs: newIDs)
        var found = [NodeID?](repeating: nil, count: later.nodes.count)
        for (title, offset) in statements.enumerated() { found[offset] = foundStatements.found[title] }
        for (title, offset) in arguments.enumerated() { found[offset] = foundArguments.found[title] }
        var textsGiven: [Int: [(StoredText, SourceLocation)]] = [:]
        for replaced in later.replacedTexts {
            textsGiven[replaced.node.offset, default: [(replaced.earlierText, replaced.earlier)]].append((replaced.laterText, replaced.later))
        }
        // Set once every node has its id here, since an inference names statements that may come after its argument.
        let inferences = later.nodes.indices.compactMap { offset in later.nodes[offset].inference.map { (offset, $0) } }
        var ids: [NodeID] = []
        ids.reserveCapacity(later.nodes.count)
        // Taken from the end, in order: removing the last element moves it out, where reading it would copy it.
        later.nodes.withUnsafeMutableBufferPointer { $0.reverse() }
        for offset in found.indices {
            guard let existing = found[offset] else {
                ids.append(NodeID(nodes.count))
                appendNew(later.nodes.removeLast(), section: section)
                continue
            }
            ids.append(existing)
            let node = later.nodes.removeLast()
            if let texts = textsGiven[offset] {
                // Given again in order, each compared with the text this builder has by then.
                for (text, location) in texts { define(existing, storedText: text, at: location, section: section(node.section)) }
            } else if node.isDefined {
                define(existing, storedText: node.storedText, at: node.location, section: section(node.section))
            }
            addTags(node.tags, to: existing)
            addCitations(node.citations, to: existing)
            nodes[existing.offset].data.merge(node.data)
        }
        statementTitles.settle(foundStatements.reservations) { ids[statements[$0]] }
        argumentTitles.settle(foundArguments.reservations) { ids[arguments[$0]] }
        for (offset, laterInference) in inferences where nodes[ids[offset].offset].inference == nil {
            var inference = laterInference
            for step in inference.steps.indices { inference.steps[step].statement = ids[inference.steps[step].statement.offset] }
            nodes[ids[offset].offset].inference = inference
        }
        for var replaced in later.replacedTexts where found[replaced.node.offset] == nil {
            replaced.node = ids[replaced.node.offset]
            replacedTexts.append(replaced)
        }
        for var relation in later.related {
            relation.from = ids[relation.from.offset]
            relation.to = ids[relation.to.offset]
            related.append(relation)
        }
        for var laterSection in later.sections {
            laterSection.id = SectionID(firstSection + laterSection.id.offset)
            laterSection.parent = section(laterSection.parent)
            sections.append(laterSection)
        }
    }

    /// A node new here, its section (that of the builder it comes from) made one of these by
    /// `section`; its inference is given once every statement it names has its id here.
    private mutating func appendNew(_ node: consuming Node, section: (SectionID?) -> SectionID?) {
        node.id = NodeID(nodes.count)
        node.section = section(node.section)
        if node.inference != nil { node.inference = nil }
        nodes.append(node)
    }

    /// Builds the map and empties the builder, removing repeated relations in place rather than in a
    /// copy. From `bothCoresFrom` relations on, the adjacency index is made on both cores: the
    /// relations grouped by `from` and their repeats found on one, grouped by `to` and the roots on the other.
    mutating func finish(bothCoresFrom minimumRelations: Int = 1 << 16) -> ArgumentMap {
        let bothCores = related.count >= minimumRelations
        var (index, repeats) = Self.indexAndRepeats(of: related, nodeCount: nodes.count, bothCores: bothCores)
        if let repeats {
            // The roots stand, repeats adding no path; the lists are let go of before they are made again.
            let roots = index.roots
            index = AdjacencyIndex(nodeCount: 0, relations: [])
            related.remove(repeats)
            index = Self.index(of: related, nodeCount: nodes.count, roots: roots, bothCores: bothCores)
        }
        let map = ArgumentMap(
            nodes: nodes, relations: related, sections: sections, frontMatter: frontMatter, sources: sources, file: file,
            statementTitles: statementTitles, argumentTitles: argumentTitles, index: index)
        self = MapBuilder(file: file)
        return map
    }

    /// The adjacency index of `relations` as they are, and which of them repeat one before them.
    private static func indexAndRepeats(
        of relations: [Relation], nodeCount: Int, bothCores: Bool
    ) -> (index: AdjacencyIndex, repeats: RelationMask?) {
        var byFrom: (byFrom: Adjacency, repeats: RelationMask?)?
        var byTo: (byTo: Adjacency, roots: [NodeID])?
        run(bothCores: bothCores, {
            let incoming = AdjacencyIndex.incoming(nodeCount: nodeCount, relations: relations)
            byTo = (incoming, AdjacencyIndex.roots(nodeCount: nodeCount, relations: relations, incoming: incoming))
        }, {
            byFrom = Relation.findRepeats(in: relations, nodeCount: nodeCount)
        })
        return (AdjacencyIndex(incoming: byTo!.byTo, outgoing: byFrom!.byFrom, roots: byTo!.roots), byFrom!.repeats)
    }

    /// The adjacency index of `relations`, whose roots are known.
    private static func index(of relations: [Relation], nodeCount: Int, roots: [NodeID], bothCores: Bool) -> AdjacencyIndex {
        var incoming: Adjacency?
        var outgoing: Adjacency?
        run(bothCores: bothCores, {
            incoming = AdjacencyIndex.incoming(nodeCount: nodeCount, relations: relations)
        }, {
            outgoing = AdjacencyIndex.outgoing(nodeCount: nodeCount, relations: relations)
        })
        return AdjacencyIndex(incoming: incoming!, outgoing: outgoing!, roots: roots)
    }

    private static func run(bothCores: Bool, _ first: () -> Void, _ second: () -> Void) {
        if bothCores {
            BothCores.run(first, second)
        } else {
            first()
            second()
        }
    }

    public func build() -> ArgumentMap {
        ArgumentMap(
            nodes: nodes, relations: relations, sections: sections, frontMatter: frontMatter, sources: sources, file: file,
            statementTitles: statementTitles, argumentTitles: argumentTitles)
    }
}

/// What makes two citations the same: the same words of the same source, picked out alike.
private struct CitedWords: Hashable {
    var source: String
    var quote: String
    var prefix: String?
    var suffix: String?

    init(_ citation: Citation) {
        source = citation.source
        quote = citation.quote
        prefix = citation.prefix
        suffix = citation.suffix
    }
}

/// A map: statements and arguments linked by support, attack, undercut and contradiction.
///
/// The graph need not be a tree. It is shown as one from its roots (nodes that bear on
/// nothing), with each relation's `from` under its `to`. A value: build it with `MapBuilder`.
public struct ArgumentMap: Sendable {
    public private(set) var nodes: [Node]
    public private(set) var relations: [Relation]
    public var sections: [Section]
    public var frontMatter: [DataEntry]
    public var sources: [SourceDeclaration]
    /// The file it was read from, as named on the command line; nil when built in memory.
    public var file: String?

    private var index: AdjacencyIndex
    private var statementTitles: TitleIndex
    private var argumentTitles: TitleIndex

    public init(
        nodes: [Node], relations: [Relation], sections: [Section] = [],
        frontMatter: [DataEntry] = [], sources: [SourceDeclaration] = [], file: String? = nil
    ) {
        self.init(
            nodes: nodes, relations: relations, sections: sections, frontMatter: frontMatter, sources: sources, file: file,
            statementTitles: TitleIndex(kind: .statement, of: nodes), argumentTitles: TitleIndex(kind: .argument, of: nodes))
    }

    /// Takes the title indexes a `MapBuilder` kept while it built the nodes, instead of indexing every
    /// title again, and the adjacency index when it has made it.
    init(
        nodes: [Node], relations: [Relation], sections: [Section], frontMatter: [DataEntry], sources: [SourceDeclaration],
        file: String?, statementTitles: TitleIndex, argumentTitles: TitleIndex, index: AdjacencyIndex? = nil
    ) {
        self.nodes = nodes
        self.relations = relations
        self.sections = sections
        self.frontMatter = frontMatter
        self.sources = sources
        self.file = file
        self.index = index ?? AdjacencyIndex(nodeCount: nodes.count, relations: relations)
        self.statementTitles = statementTitles
        self.argumentTitles = argumentTitles
    }

    public subscript(id: NodeID) -> Node { nodes[id.offset] }

    public var nodeIDs: [NodeID] { nodes.indices.map(NodeID.init) }

    /// The map's title: front matter `title`, else the file's name, else "Untitled map".
    public var title: String {
        if let title = frontMatter["title"]?.string, !title.isEmpty { return title }
        if let file { return file.split(separator: "/").last.map(String.init) ?? file }
        return "Untitled map"
    }

    public func node(titled title: String, kind: NodeKind) -> NodeID? {
        switch kind {
        case .statement: statementTitles.find(title, in: nodes)
        case .argument: argumentTitles.find(title, in: nodes)
        }
    }

    /// A statement with this title, else an argument with it. Accepts `[Title]` and `<Title>` too.
    public func node(titled title: String) -> NodeID? {
        if title.hasPrefix("["), title.hasSuffix("]"), title.count >= 2 {
            return statementTitles.find(String(title.dropFirst().dropLast()), in: nodes)
        }
        if title.hasPrefix("<"), title.hasSuffix(">"), title.count >= 2 {
            return argumentTitles.find(String(title.dropFirst().dropLast()), in: nodes)
        }
        return statementTitles.find(title, in: nodes) ?? argumentTitles.find(title, in: nodes)
    }

    /// Relations whose `to` is `id`, in the order written: the node's children in the outline.
    public func incoming(_ id: NodeID) -> [Relation] {
        index.incoming(id).map { relations[Int($0)] }
    }

    /// Relations whose `from` is `id`, in the order written: where the node appears as a child.
    public func outgoing(_ id: NodeID) -> [Relation] {
        index.outgoing(id).map { relations[Int($0)] }
    }

    /// Indices into `relations`, without copying the relations themselves.
    public func incomingRelationIndices(_ id: NodeID) -> ArraySlice<Int32> { index.incoming(id) }
    public func outgoingRelationIndices(_ id: NodeID) -> ArraySlice<Int32> { index.outgoing(id) }

    public func childCount(_ id: NodeID) -> Int { index.incoming(id).count }
    public func parentCount(_ id: NodeID) -> Int { index.outgoing(id).count }

    /// Every relation touching the node, in the order written, each with whether it goes out
    /// of the node; a relation from the node to itself comes twice, going out and coming in.
    public func relations(of id: NodeID) -> [(relation: Relation, isOutgoing: Bool)] {
        let ends = index.outgoing(id).map { (position: Int($0), isOutgoing: true) }
            + index.incoming(id).map { (position: Int($0), isOutgoing: false) }
        return ends.sorted { $0.position != $1.position ? $0.position < $1.position : $0.isOutgoing && !$1.isOutgoing }
            .map { (relations[$0.position], $0.isOutgoing) }
    }

    /// The nodes the outline starts from, in the order they first appear: nodes that bear on
    /// nothing, then for each part of the graph those cannot reach (a pure cycle), its first node.
    public var roots: [NodeID] { index.roots }

    /// Roots that something bears on, and every node tagged `thesis` or with data `thesis: true`.
    public var theses: [NodeID] {
        var result: [NodeID] = []
        var seen = Set<NodeID>()
        for root in roots where childCount(root) > 0 {
            result.append(root)
            seen.insert(root)
        }
        for node in nodes where !seen.contains(node.id) {
            if node.tags.contains("thesis") || node.data["thesis"] == .bool(true) {
                result.append(node.id)
            }
        }
        return result.sorted()
    }

    public func isThesis(_ id: NodeID) -> Bool {
        let node = self[id]
        if node.tags.contains("thesis") || node.data["thesis"] == .bool(true) { return true }
        return parentCount(id) == 0 && childCount(id) > 0
    }

    /// Whether the node appears in more than one place in the outline (under two parents, or
    /// as a root and under a parent): every place after the first is a cross-reference.
    public func isShared(_ id: NodeID) -> Bool {
        index.outgoing(id).count > 1
    }

    /// Each cycle of the relation graph (a strongly connected set of two or more nodes, or a
    /// node bearing on itself), nodes in map order. Found in linear time.
    public var cycles: [[NodeID]] { index.cycles(relations) }
}

/// Incoming and outgoing relation lists for every node, in compressed (CSR) form.
struct AdjacencyIndex: Sendable {
    /// For each node, the indices of the relations into it and out of it.
    private var incomingRelations: Adjacency
    private var outgoingRelations: Adjacency
    let roots: [NodeID]

    init(nodeCount: Int, relations: [Relation]) {
        let incoming = Self.incoming(nodeCount: nodeCount, relations: relations)
        self.init(
            incoming: incoming, outgoing: Self.outgoing(nodeCount: nodeCount, relations: relations),
            roots: Self.roots(nodeCount: nodeCount, relations: relations, incoming: incoming))
    }

    /// The parts made apart, as the other initializer makes them.
    init(incoming: Adjacency, outgoing: Adjacency, roots: [NodeID]) {
        incomingRelations = incoming
        outgoingRelations = outgoing
        self.roots = roots
    }

    /// The indices of the relations out of each node, in order.
    static func outgoing(nodeCount: Int, relations: [Relation]) -> Adjacency {
        Adjacency(nodeCount: nodeCount, edgeCount: relations.count) { (relations[$0].from.index, Int32($0)) }
    }

    /// The indices of the relations into each node, in order.
    static func incoming(nodeCount: Int, relations: [Relation]) -> Adjacency {
        Adjacency(nodeCount: nodeCount, edgeCount: relations.count) { (relations[$0].to.index, Int32($0)) }
    }

    func incoming(_ id: NodeID) -> ArraySlice<Int32> { incomingRelations[id.offset] }

    func outgoing(_ id: NodeID) -> ArraySlice<Int32> { outgoingRelations[id.offset] }

    /// The nodes that bear on nothing, then the first node of each part of the graph those cannot
    /// reach; `incoming` as `incoming(nodeCount:relations:)` makes it. Repeated relations change nothing.
    static func roots(nodeCount: Int, relations: [Relation], incoming: Adjacency) -> [NodeID] {
        var reached = [Bool](repeating: true, count: nodeCount)
        for relation in relations { reached[relation.from.offset] = false }
        let bearingOnNothing = (0..<nodeCount).filter { reached[$0] }.map(NodeID.init)
        settleReach(&reached, relations: relations, incoming: incoming)
        var firstOfUnreachedParts: [NodeID] = []
        for node in 0..<nodeCount where !reached[node] {
            firstOfUnreachedParts.append(NodeID(node))
            reached[node] = true
            spread(from: node, through: incoming, of: relations, marking: &reached)
        }
        return firstOfUnreachedParts.isEmpty ? bearingOnNothing : (bearingOnNothing + firstOfUnreachedParts).sorted()
    }

    /// Marks, besides the nodes `reached` marks already (those bearing on nothing), every node whose
    /// relations lead to one of them. Settled by sweeps over the relations, forwards and backwards
    /// in turn, each marking a node whose relation leads to a marked one: a map read from a file
    /// relates most nodes to one written before them, or (`+>`) after them, so two or three sweeps
    /// settle it, each a sequential read, where walking the graph waits on memory at every step.
    /// What the sweeps leave unsettled is walked from every marked node.
    private static func settleReach(_ reached: inout [Bool], relations: [Relation], incoming: Adjacency) {
        let maximumSweeps = 4
        var sweeps = 0
        var changed = true
        while changed && sweeps < maximumSweeps {
            changed = false
            let forwards = sweeps.isMultiple(of: 2)
            for step in relations.indices {
                let relation = relations[forwards ? step : relations.count - 1 - step]
                if !reached[relation.from.offset] && reached[relation.to.offset] {
                    reached[relation.from.offset] = true
                    changed = true
                }
            }
            sweeps += 1
        }
        guard changed else { return }
        for node in reached.indices where reached[node] { spread(from: node, through: incoming, of: relations, marking: &reached) }
    }

    /// Marks every node not marked yet that reaches `start`, which is marked, through unmarked nodes.
    private static func spread(from start: Int, through incoming: Adjacency, of relations: [Relation], marking reached: inout [Bool]) {
        var stack = [start]
        while let node = stack.popLast() {
            for r in incoming[node] {
                let child = relations[Int(r)].from.offset
                if !reached[child] {
                    reached[child] = true
                    stack.append(child)
                }
            }
        }
    }

    /// The strongly connected components that are cycles, smallest first node first.
    func cycles(_ relations: [Relation]) -> [[NodeID]] {
        let successors = Adjacency(nodeCount: outgoingRelations.nodeCount, edgeCount: relations.count) {
            (relations[$0].from.index, relations[$0].to.index)
        }
        return successors.stronglyConnectedComponents(cyclesOnly: true)
            .map { $0.nodes.map { NodeID(Int($0)) } }
            .sorted { $0[0] < $1[0] }
    }
}

/// Writes any map as Argdown that `ArgdownReader` reads back into the same nodes and relations.
///
/// Front matter first (with the sources), then the part of the map under no heading, then each
/// heading with its part: the relation trees of the roots defined there, the premise-conclusion
/// structures of its arguments, and the definitions of its nodes not yet defined in a tree.
/// A node is defined where it is first written under its own heading, so it keeps its section;
/// everywhere else it is referenced by title.
public struct ArgdownWriter {
    public let map: ArgumentMap

    public init(map: ArgumentMap) { self.map = map }

    /// One line of a relation tree, kept small until the parts are written in heading order.
    private struct TreeLine {
        var node: NodeID
        var relation: RelationKind?
        var depth: Int32
        /// The node is defined here, not referenced by title.
        var definesNode: Bool
        var startsBlock: Bool
    }

    public func write(to sink: ExportSink) {
        // What comes under no heading (part 0) or under each section (part n + 1).
        var trees = Array(repeating: [TreeLine](), count: map.sections.count + 1)
        var defined = Array(repeating: false, count: map.nodes.count)
        var walk = OutlineWalk(map: map, skipping: [.premise])
        func part(of node: NodeID) -> Int { map[node].section.map { $0.offset + 1 } ?? 0 }

        let unreached = map.nodeIDs.filter { !walk.children(of: $0).isEmpty }
        for root in map.roots + unreached {
            let group = part(of: root)
            for block in walk.blocks(from: root) {
                for (position, entry) in block.enumerated() {
                    let definesNode = !defined[entry.node.offset] && part(of: entry.node) == group && map[entry.node].isDefined
                    if definesNode { defined[entry.node.offset] = true }
                    trees[group].append(TreeLine(node: entry.node, relation: entry.relation?.kind, depth: Int32(entry.depth),
                                                 definesNode: definesNode, startsBlock: position == 0))
                }
            }
        }
        let nodesByPart = map.nodeIDs.reduce(into: Array(repeating: [NodeID](), count: trees.count)) { $0[part(of: $1)].append($1) }

        var lines = LineStream(sink)
        // Where each node is first written, as reading the output back numbers the nodes: the
        // definitions left over are written in that order, so a round trip keeps them in place.
        var firstWritten = Array(repeating: Int.max, count: map.nodes.count)
        var written = 0
        func write(_ node: NodeID) {
            if firstWritten[node.offset] == .max { firstWritten[node.offset] = written }
            written += 1
        }
        for line in frontMatter() { lines.append(line) }
        for (index, tree) in trees.enumerated() {
            if index > 0 { lines.appendBlock([heading(map.sections[index - 1])]) }
            for line in tree {
                if line.startsBlock { lines.startBlock() }
                let node = map[line.node]
                let symbol = line.relation.map { ArgdownSyntax.symbol($0) + " " } ?? ""
                lines.append(String(repeating: "  ", count: Int(line.depth)) + symbol + (line.definesNode ? definition(of: node) : ArgdownSyntax.reference(node)))
                write(line.node)
            }
            for id in nodesByPart[index] where map[id].kind == .argument {
                guard let (structure, statements) = premiseConclusionStructure(of: map[id]) else { continue }
                lines.appendBlock(structure)
                write(id)
                statements.forEach(write)
            }
            let leftOver = nodesByPart[index].filter { !defined[$0.offset] && map[$0].isDefined }
            for id in leftOver.sorted(by: { (firstWritten[$0.offset], $0) < (firstWritten[$1.offset], $1) }) {
                lines.appendBlock([definition(of: map[id])])
                write(id)
            }
        }
        lines.finish()
    }

    private func definition(of node: Node) -> String {
        var line = ArgdownSyntax.reference(node) + ":"
        let text = ArgdownSyntax.escaped(String(node.text.withoutSurroundingWhitespace))
        if !text.isEmpty { line += " " + text }
        for tag in node.tags { line += " " + ArgdownSyntax.tag(tag) }
        if let data = ArgdownSyntax.data(of: node) { line += " " + data }
        return line
    }

    private func heading(_ section: Section) -> String {
        var line = String(repeating: "#", count: max(1, section.level)) + " " + ArgdownSyntax.escaped(section.title)
        for tag in section.tags { line += " " + ArgdownSyntax.tag(tag) }
        if !section.data.isEmpty { line += " " + ArgdownSyntax.flow(.map(section.data)) }
        return line
    }

    private func frontMatter() -> [String] {
        var entries = map.frontMatter
        if entries["sources"] == nil, !map.sources.isEmpty {
            entries.append(DataEntry("sources", .map(map.sources.map { source in
                var fields = [DataEntry("file", .string(source.file))]
                if let title = source.title { fields.append(DataEntry("title", .string(title))) }
                if let url = source.url { fields.append(DataEntry("url", .string(url))) }
                return DataEntry(source.id, .map(fields))
            })))
        }
        guard !entries.isEmpty else { return [] }
        let body = entries.map { entry in
            ArgdownSyntax.flow(.map([entry])).dropFirst().dropLast()
        }
        return ["==="] + body.map(String.init) + ["==="]
    }

    /// `<A>`, a blank line, then `(1) [P] ... ---- (n) [C]`: from the argument's inference, or
    /// from its premise relations and the first statement it supports, with the statements in
    /// the order written. Nil without premises.
    private func premiseConclusionStructure(of argument: Node) -> (lines: [String], statements: [NodeID])? {
        var steps = argument.inference?.steps ?? []
        if steps.isEmpty {
            let premises = map.incoming(argument.id).filter { $0.kind == .premise }.map(\.from)
            let conclusion = map.outgoing(argument.id).first { $0.kind == .support && map[$0.to].kind == .statement }?.to
            guard !premises.isEmpty, let conclusion else { return nil }
            steps = premises.map { Inference.Step(statement: $0, isDerived: false) } + [Inference.Step(statement: conclusion, isDerived: true)]
        }
        var lines = [ArgdownSyntax.reference(argument), ""]
        for (number, step) in steps.enumerated() {
            if step.isDerived {
                lines.append(step.rules.isEmpty ? "----" : "-- " + step.rules.map(ArgdownSyntax.escaped).joined(separator: ", ") + " --")
            }
            lines.append("(\(number + 1)) " + ArgdownSyntax.reference(map[step.statement]))
        }
        return (lines, steps.map(\.statement))
    }
}

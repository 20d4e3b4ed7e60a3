/// Writes a map as AIF JSON (`{"nodes", "edges", "locutions"}`) that `AIFReader` reads back into
/// the same nodes and relations.
///
/// Statements become I-nodes and arguments RA-nodes (premises point to it, it points to what it
/// supports). A support from a statement gets an RA of its own; attack, undercut and
/// contradiction each get a CA. Besides AIF's fields every node carries `title`, and every CA
/// `relation` (attack, undercut or contradiction), so nothing depends on guessing. Data,
/// tags, citations and sections are not part of AIF and are left out.
public struct AIFWriter {
    public let map: ArgumentMap

    public init(map: ArgumentMap) { self.map = map }

    public func write() -> String {
        var nodes: [JSONValue] = []
        var edges: [JSONValue] = []
        var nextID = map.nodes.count

        func newNode(type: String, text: String, relation: RelationKind? = nil) -> Int {
            nextID += 1
            var members: [(String, JSONValue)] = [("nodeID", .string(String(nextID))), ("text", .string(text)), ("type", .string(type))]
            if let relation { members.append(("relation", .string(relation.rawValue))) }
            nodes.append(.object(members))
            return nextID
        }
        func edge(_ from: Int, _ to: Int) {
            edges.append(.object([("edgeID", .string(String(edges.count + 1))), ("fromID", .string(String(from))), ("toID", .string(String(to)))]))
        }
        func id(_ node: NodeID) -> Int { node.offset + 1 }

        for node in map.nodes {
            nodes.append(.object([
                ("nodeID", .string(String(id(node.id)))), ("text", .string(node.text)),
                ("type", .string(node.kind == .statement ? "I" : "RA")), ("title", .string(node.title)),
            ]))
        }
        for relation in map.relations {
            let from = id(relation.from)
            let to = id(relation.to)
            switch relation.kind {
            case .premise:
                edge(from, to)
            case .support where map[relation.from].kind == .argument:
                edge(from, to)
            case .support:
                let inference = newNode(type: "RA", text: "Default Inference")
                edge(from, inference)
                edge(inference, to)
            case .attack, .undercut, .contradiction:
                let text = relation.kind == .contradiction ? AIFReader.contradictionText : "Default Conflict"
                let conflict = newNode(type: "CA", text: text, relation: relation.kind)
                edge(from, conflict)
                edge(conflict, to)
            }
        }
        return JSONValue.object([("nodes", .array(nodes)), ("edges", .array(edges)), ("locutions", .array([]))]).rendered() + "\n"
    }
}

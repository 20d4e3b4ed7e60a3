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

    public func write(to sink: ExportSink) {
        var json = JSONStream(sink)
        json.beginObject()
        json.key("nodes")
        json.beginArray()
        for node in map.nodes {
            json.beginObject()
            json.member("nodeID", String(id(node.id)))
            json.member("text", node.text)
            json.member("type", node.kind == .statement ? "I" : "RA")
            json.member("title", node.title)
            json.endObject()
        }
        forEachStep { step in
            guard case .node(let nodeID, let type, let text, let relation) = step else { return }
            json.beginObject()
            json.member("nodeID", String(nodeID))
            json.member("text", text)
            json.member("type", type)
            if let relation { json.member("relation", relation.rawValue) }
            json.endObject()
        }
        json.endArray()
        json.key("edges")
        json.beginArray()
        var edgeCount = 0
        forEachStep { step in
            guard case .edge(let from, let to) = step else { return }
            edgeCount += 1
            json.beginObject()
            json.member("edgeID", String(edgeCount))
            json.member("fromID", String(from))
            json.member("toID", String(to))
            json.endObject()
        }
        json.endArray()
        json.key("locutions")
        json.beginArray()
        json.endArray()
        json.endObject()
        sink += "\n"
    }

    /// What the relations become, in order: the nodes written after the map's own (an inference
    /// or a conflict), and the edges. Called once for the nodes and once for the edges.
    private enum Step {
        case node(id: Int, type: String, text: String, relation: RelationKind?)
        case edge(from: Int, to: Int)
    }

    private func forEachStep(_ body: (Step) -> Void) {
        var nextID = map.nodes.count
        func newNode(type: String, text: String, relation: RelationKind? = nil) -> Int {
            nextID += 1
            body(.node(id: nextID, type: type, text: text, relation: relation))
            return nextID
        }
        for relation in map.relations {
            let from = id(relation.from)
            let to = id(relation.to)
            switch relation.kind {
            case .premise:
                body(.edge(from: from, to: to))
            case .support where map[relation.from].kind == .argument:
                body(.edge(from: from, to: to))
            case .support:
                let inference = newNode(type: "RA", text: "Default Inference")
                body(.edge(from: from, to: inference))
                body(.edge(from: inference, to: to))
            case .attack, .undercut, .contradiction:
                let text = relation.kind == .contradiction ? AIFReader.contradictionText : "Default Conflict"
                let conflict = newNode(type: "CA", text: text, relation: relation.kind)
                body(.edge(from: from, to: conflict))
                body(.edge(from: conflict, to: to))
            }
        }
    }

    private func id(_ node: NodeID) -> Int { node.offset + 1 }
}

/// A reader's mark on a node: "I dispute this claim", with an optional note.
/// Keyed by the node's kind and title, so marks survive edits that move or renumber nodes.
public struct Mark: Hashable, Sendable, Codable {
    public var kind: NodeKind
    public var title: String
    public var disputed: Bool
    public var note: String

    public init(kind: NodeKind, title: String, disputed: Bool = true, note: String = "") {
        self.kind = kind
        self.title = title
        self.disputed = disputed
        self.note = note
    }

    public struct Key: Hashable, Sendable, Codable {
        public var kind: NodeKind
        public var title: String

        public init(kind: NodeKind, title: String) {
            self.kind = kind
            self.title = title
        }
    }

    public var key: Key { Key(kind: kind, title: title) }
}

extension NodeKind: Codable {}

/// All of a reader's marks on one map.
public struct Marks: Hashable, Sendable {
    public private(set) var byKey: [Mark.Key: Mark] = [:]

    public init(_ marks: [Mark] = []) {
        for mark in marks { byKey[mark.key] = mark }
    }

    public subscript(key: Mark.Key) -> Mark? {
        get { byKey[key] }
        set {
            if let newValue, newValue.disputed || !newValue.note.isEmpty {
                byKey[key] = newValue
            } else {
                byKey[key] = nil
            }
        }
    }

    public func mark(for node: Node) -> Mark? { byKey[Mark.Key(kind: node.kind, title: node.title)] }

    public func isDisputed(_ node: Node) -> Bool { mark(for: node)?.disputed ?? false }

    /// The ids of the disputed nodes of `map` (marks on titles the map no longer has are kept but ignored).
    public func disputedNodes(in map: ArgumentMap) -> Set<NodeID> {
        var result = Set<NodeID>()
        for mark in byKey.values where mark.disputed {
            if let id = map.node(titled: mark.title, kind: mark.kind) { result.insert(id) }
        }
        return result
    }

    /// The marks whose claim is no longer in `map` (the map was edited since), sorted by title.
    public func gone(from map: ArgumentMap) -> [Mark] {
        all.filter { map.node(titled: $0.title, kind: $0.kind) == nil }
    }

    /// Sorted by title, for lists and files that diff well.
    public var all: [Mark] {
        byKey.values.sorted { ($0.title, $0.kind.rawValue) < ($1.title, $1.kind.rawValue) }
    }

    public var isEmpty: Bool { byKey.isEmpty }
    public var count: Int { byKey.count }
}

/// The index of a node in its map. Stable for the life of one `ArgumentMap` value.
public struct NodeID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var index: Int32

    public init(_ index: Int) { self.index = Int32(index) }

    public var offset: Int { Int(index) }
    public var description: String { "#\(index)" }

    public static func < (lhs: NodeID, rhs: NodeID) -> Bool { lhs.index < rhs.index }
}

/// Argdown keeps statements (`[Title]`) and arguments (`<Title>`) in separate name spaces.
public enum NodeKind: String, Hashable, Sendable {
    case statement
    case argument
}

/// One statement or argument: an Argdown equivalence class, however often its title appears.
public struct Node: Hashable, Sendable {
    // Declared widest first, so the small fields share the last eight bytes: a million nodes take 8 MB less.
    public var title: String
    /// Its text, kept with the other texts of its map rather than in a `String` of its own.
    var storedText: StoredText
    public var tags: [String]
    /// Free data, without the citation keys (`source`, `quote`, `prefix`, `suffix`, `cites`).
    public var data: [DataEntry]
    public var citations: [Citation]
    /// For an argument with a premise-conclusion structure.
    public var inference: Inference?
    /// Where it was first defined, or first referenced when never defined.
    public var location: SourceLocation
    public var id: NodeID
    /// The innermost heading it was first defined under.
    public var section: SectionID?
    public var kind: NodeKind
    /// Whether any occurrence gave it a text (a definition) rather than only referring to it.
    public var isDefined: Bool

    public init(
        id: NodeID, kind: NodeKind, title: String, text: String = "", tags: [String] = [],
        data: [DataEntry] = [], citations: [Citation] = [], section: SectionID? = nil,
        location: SourceLocation, isDefined: Bool = false, inference: Inference? = nil
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.storedText = StoredText(text)
        self.tags = tags
        self.data = data
        self.citations = citations
        self.section = section
        self.location = location
        self.isDefined = isDefined
        self.inference = inference
    }

    /// A node as a reader first meets it: a title and a place, nothing else yet.
    init(id: NodeID, kind: NodeKind, title: String, section: SectionID?, location: SourceLocation) {
        self.id = id
        self.kind = kind
        self.title = title
        self.storedText = .empty
        self.tags = []
        self.data = []
        self.citations = []
        self.section = section
        self.location = location
        self.isDefined = false
        self.inference = nil
    }

    /// The text of its first definition that has one; empty when it was only ever referenced.
    /// Made from the map's texts on each call: `hasText` and `withTextUTF8` read them in place.
    public var text: String {
        get { storedText.string }
        set { storedText = StoredText(newValue) }
    }

    public var hasText: Bool { !storedText.isEmpty }

    /// Calls `body` with the text's UTF-8 bytes, where the map keeps them.
    public func withTextUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try storedText.withUTF8(body)
    }
}

/// An argument's premise-conclusion structure: numbered premises, inference steps, a conclusion.
/// Each premise has a `.premise` relation to the argument, and the argument supports its conclusion.
public struct Inference: Hashable, Sendable {
    public struct Step: Hashable, Sendable {
        /// The statement stated at this step.
        public var statement: NodeID
        /// The inference rules named above it (`-- modus ponens --`); empty for a plain `----` or a premise.
        public var rules: [String]
        /// Whether this step follows from earlier ones (written after an inference line).
        public var isDerived: Bool

        public init(statement: NodeID, rules: [String] = [], isDerived: Bool) {
            self.statement = statement
            self.rules = rules
            self.isDerived = isDerived
        }
    }

    public var steps: [Step]

    public init(steps: [Step]) { self.steps = steps }

    public var premises: [NodeID] { steps.filter { !$0.isDerived }.map(\.statement) }
    public var conclusion: NodeID? { steps.last(where: \.isDerived)?.statement }
}

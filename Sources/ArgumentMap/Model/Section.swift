public struct SectionID: Hashable, Comparable, Sendable {
    public var index: Int32

    public init(_ index: Int) { self.index = Int32(index) }

    public var offset: Int { Int(index) }

    public static func < (lhs: SectionID, rhs: SectionID) -> Bool { lhs.index < rhs.index }
}

/// A heading (`# Title`, `## Title`, ...) that groups what follows it.
public struct Section: Hashable, Sendable {
    public var id: SectionID
    public var title: String
    /// 1 for `#`, 2 for `##`, and so on.
    public var level: Int
    public var parent: SectionID?
    public var tags: [String]
    public var data: [DataEntry]
    public var location: SourceLocation

    public init(id: SectionID, title: String, level: Int, parent: SectionID? = nil, tags: [String] = [], data: [DataEntry] = [], location: SourceLocation) {
        self.id = id
        self.title = title
        self.level = level
        self.parent = parent
        self.tags = tags
        self.data = data
        self.location = location
    }
}

/// A source document declared in a map's front matter under `sources:`.
public struct SourceDeclaration: Hashable, Sendable {
    public var id: String
    /// The path as written, relative to the map's folder.
    public var file: String
    public var title: String?
    public var url: String?
    public var location: SourceLocation

    public init(id: String, file: String, title: String? = nil, url: String? = nil, location: SourceLocation) {
        self.id = id
        self.file = file
        self.title = title
        self.url = url
        self.location = location
    }
}

extension SourceDeclaration {
    /// Reads `sources: {id: {file: ..., title: ..., url: ...}}` (or `id: path`) from front matter.
    /// Each declaration is placed where `keyLocation` finds its id, or else at `location`.
    public static func declarations(
        in frontMatter: [DataEntry], at location: SourceLocation, keyLocation: (String) -> SourceLocation? = { _ in nil }
    ) -> (sources: [SourceDeclaration], problems: [Diagnostic]) {
        guard let value = frontMatter["sources"] else { return ([], []) }
        guard let entries = value.entries else {
            return ([], [.error("front matter `sources` must map each source id to {file: PATH, title: ..., url: ...}", at: location)])
        }
        var result: [SourceDeclaration] = []
        var problems: [Diagnostic] = []
        for entry in entries {
            let location = keyLocation(entry.key) ?? location
            if let path = entry.value.string {
                result.append(SourceDeclaration(id: entry.key, file: path, location: location))
            } else if let fields = entry.value.entries, let path = fields["file"]?.string {
                result.append(SourceDeclaration(id: entry.key, file: path, title: fields["title"]?.string, url: fields["url"]?.string, location: location))
            } else {
                problems.append(.error("source `\(entry.key)` has no file; write `\(entry.key): {file: PATH}` with PATH relative to the map", at: location))
            }
        }
        return (result, problems)
    }
}

/// A map as read from its file, before its sources are loaded.
public struct ParsedMap: Sendable {
    public var map: ArgumentMap
    /// What reading the file found wrong.
    public var readingProblems: [Diagnostic]
    /// The folder its source paths are relative to.
    public var folder: String

    public init(map: ArgumentMap, readingProblems: [Diagnostic] = [], folder: String) {
        self.map = map
        self.readingProblems = readingProblems
        self.folder = folder
    }

    /// The map with nothing of its sources yet: what the browser shows first.
    public var unresolved: LoadedMap {
        LoadedMap(map: map, diagnostics: readingProblems)
    }
}

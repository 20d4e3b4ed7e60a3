/// Reads a map file in any supported format, loads its sources and resolves its citations.
public struct MapLoader: Sendable {
    public var library: SourceLibrary

    public init(policy: SourcePathPolicy = SourcePathPolicy()) {
        library = SourceLibrary(policy: policy)
    }

    /// The loaded map at `path` (as the user wrote it; diagnostics name the file that way), read
    /// as `format`, or as the format recognised from its content when that is nil.
    public func load(_ path: String, format: MapFormat? = nil) throws(MapLoadError) -> LoadedMap {
        let absolute = FileSystemPath.absolute(path, relativeTo: FileSystemPath.currentDirectory)
        let bytes: [UInt8]
        switch TextFileReader.read(absolute) {
        case .success(let read): bytes = read
        case .failure(let failure): throw .unreadable(failure)
        }
        return load(bytes: bytes, file: path, folder: FileSystemPath.folder(of: absolute), format: format)
    }

    /// The loaded map in `bytes`, its sources looked up relative to `folder`.
    public func load(bytes: [UInt8], file: String, folder: String, format: MapFormat? = nil) -> LoadedMap {
        let format = format ?? MapFormat.detect(path: file, bytes: bytes)
        let (map, readingProblems) = format.read(bytes, file: file)
        var loaded = library.resolve(map, mapFolder: folder)
        loaded.diagnostics = readingProblems + loaded.diagnostics
        return loaded
    }
}

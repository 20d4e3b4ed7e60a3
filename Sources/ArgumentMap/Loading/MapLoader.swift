/// Reads a map file in any supported format, loads its sources and resolves its citations.
public struct MapLoader: Sendable {
    public var library: SourceLibrary

    public init(policy: SourcePathPolicy = SourcePathPolicy()) {
        library = SourceLibrary(policy: policy)
    }

    /// The loaded map at `path` (as the user wrote it; diagnostics name the file that way), read
    /// as `format`, or as the format recognised from its content when that is nil.
    public func load(_ path: String, format: MapFormat? = nil) throws(MapLoadError) -> LoadedMap {
        resolve(try read(path, format: format))
    }

    /// The map at `path` as read, its sources neither loaded nor searched: `resolve` does that.
    public func read(_ path: String, format: MapFormat? = nil) throws(MapLoadError) -> ParsedMap {
        let absolute = FileSystemPath.absolute(path, relativeTo: FileSystemPath.currentDirectory)
        switch TextFileReader.buffer(absolute) {
        case .success(let buffer): return try read(buffer, path: path, absolute: absolute, format: format)
        case .failure(let failure): throw .unreadable(failure)
        }
    }

    /// The map in `buffer`, read from the file at `absolute` (`path` as the user wrote it).
    func read(_ buffer: FileBuffer, path: String, absolute: String, format: MapFormat? = nil) throws(MapLoadError) -> ParsedMap {
        let format = format ?? MapFormat.detect(path: path, bytes: buffer.bytes.prefix(4096))
        // Argdown and Kialo are read from the buffer, each part let go once read: a large map's bytes are never all resident beside its model.
        let (map, readingProblems) = switch format {
        case .argdown: ArgdownReader.read(buffer: buffer, file: path)
        case .kialo: KialoReader.read(buffer: buffer, file: path)
        case .aif: format.read(Array(buffer.bytes), file: path)
        }
        if buffer.changedWhileRead { throw .unreadable(.changedWhileRead(absolute)) }
        return ParsedMap(map: map, readingProblems: readingProblems, folder: FileSystemPath.folder(of: absolute))
    }

    /// The beginning of the Argdown map at `path`, when the map is large enough (4 MB) to be worth
    /// showing before the whole is read with `read`; nil when it is not, or has no safe place to
    /// end a beginning at (see `MapBeginning`). Nil too when the file cannot be read: `read` says why.
    public func readBeginning(_ path: String, format: MapFormat? = nil) -> MapBeginning? {
        let absolute = FileSystemPath.absolute(path, relativeTo: FileSystemPath.currentDirectory)
        return MapBeginning.read(absolute, file: path, format: format)
    }

    /// The loaded map in `bytes`, its sources looked up relative to `folder`.
    public func load(bytes: [UInt8], file: String, folder: String, format: MapFormat? = nil) -> LoadedMap {
        let format = format ?? MapFormat.detect(path: file, bytes: bytes)
        let (map, readingProblems) = format.read(bytes, file: file)
        return resolve(ParsedMap(map: map, readingProblems: readingProblems, folder: folder))
    }

    /// `parsed` with its sources loaded and its citations found.
    public func resolve(_ parsed: ParsedMap) -> LoadedMap {
        var loaded = parsed.unresolved
        loaded.add(locateCitations(of: parsed))
        return loaded
    }

    /// The sources of `parsed` loaded and its citations found, without the map.
    public func locateCitations(of parsed: ParsedMap) -> CitationResolution {
        library.locateCitations(of: parsed.map, mapFolder: parsed.folder)
    }
}

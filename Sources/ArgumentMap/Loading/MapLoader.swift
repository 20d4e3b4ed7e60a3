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

    /// The path that names standard input: its map is read whole, and named `standardInputName`
    /// in diagnostics; its sources are looked for from the current folder.
    public static let standardInput = "-"
    public static let standardInputName = "<stdin>"

    /// The map at `path` as read, its sources neither loaded nor searched: `resolve` does that.
    public func read(_ path: String, format: MapFormat? = nil) throws(MapLoadError) -> ParsedMap {
        if path == Self.standardInput {
            switch TextFileReader.readStandardInput() {
            case .success(let bytes): return read(bytes: bytes, file: Self.standardInputName, folder: FileSystemPath.currentDirectory, format: format)
            case .failure(let failure): throw .unreadable(failure)
            }
        }
        // An empty path would otherwise name the working folder.
        guard !path.isEmpty else { throw .emptyPath }
        let absolute = FileSystemPath.absolute(path, relativeTo: FileSystemPath.currentDirectory)
        if let binary = BinaryFileCheck.problem(inFileAt: absolute, file: path) { throw .binary(binary) }
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
        // Sources sit beside the file itself, not beside a symbolic link to it (as marks do).
        let folder = FileSystemPath.folder(of: FileSystemPath.real(absolute) ?? absolute)
        return ParsedMap(map: map, readingProblems: readingProblems, folder: folder)
    }

    /// The beginning of the Argdown map at `path`, when the map is large enough (4 MB) to be worth
    /// showing before the whole is read with `read`; nil when it is not, or has no safe place to
    /// end a beginning at (see `MapBeginning`). Nil too when the file cannot be read: `read` says why.
    public func readBeginning(_ path: String, format: MapFormat? = nil) -> MapBeginning? {
        guard path != Self.standardInput else { return nil }
        let absolute = FileSystemPath.absolute(path, relativeTo: FileSystemPath.currentDirectory)
        return MapBeginning.read(absolute, file: path, format: format)
    }

    /// The loaded map in `bytes`, its sources looked up relative to `folder`.
    public func load(bytes: [UInt8], file: String, folder: String, format: MapFormat? = nil) -> LoadedMap {
        resolve(read(bytes: bytes, file: file, folder: folder, format: format))
    }

    /// The map in `bytes` as read, its sources to be looked up relative to `folder`.
    public func read(bytes: [UInt8], file: String, folder: String, format: MapFormat? = nil) -> ParsedMap {
        let format = format ?? MapFormat.detect(path: file, bytes: bytes)
        let (map, readingProblems) = format.read(bytes, file: file)
        return ParsedMap(map: map, readingProblems: readingProblems, folder: folder)
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

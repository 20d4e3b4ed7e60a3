/// Where a map may read its sources from: its own folder, folders the user names with
/// `--sources DIR`, and folders the program itself ships (trusted, like the bundled sources).
public struct SourcePathPolicy: Sendable {
    /// Folders the user allowed besides the map's own, as given (relative to the working directory or absolute).
    public var allowedFolders: [String]
    /// Folders of content shipped with argmap.
    public var trustedFolders: [String]

    public init(allowedFolders: [String] = [], trustedFolders: [String] = []) {
        self.allowedFolders = allowedFolders
        self.trustedFolders = trustedFolders
    }

    /// The absolute path of the declared `file`, if the map may read it; the file must exist.
    func resolve(_ file: String, mapFolder: String) -> Result<String, SourceFailure> {
        let cwd = FileSystemPath.currentDirectory
        let mapFolder = FileSystemPath.absolute(mapFolder, relativeTo: cwd)
        let extraFolders = (allowedFolders + trustedFolders).map { FileSystemPath.absolute($0, relativeTo: cwd) }
        let path = FileSystemPath.absolute(file, relativeTo: mapFolder)
        let inExtraFolder = extraFolders.contains { FileSystemPath.isInside(path, folder: $0) }

        if file.hasPrefix("/"), !inExtraFolder {
            return .failure(.absolutePath(file, mapFolder: mapFolder))
        }
        if !inExtraFolder, !FileSystemPath.isInside(path, folder: mapFolder) {
            return .failure(.escapesMapFolder(file, mapFolder: mapFolder))
        }
        guard let real = FileSystemPath.real(path) else { return .failure(.file(.missing(path))) }
        let realFolders = ([mapFolder] + extraFolders).compactMap(FileSystemPath.real)
        guard realFolders.contains(where: { FileSystemPath.isInside(real, folder: $0) }) else {
            return .failure(.linksOutOfMapFolder(file, target: real, mapFolder: mapFolder))
        }
        return .success(path)
    }
}

/// Why a declared source could not be used. Each message says what to do about it.
enum SourceFailure: Error, Hashable {
    case absolutePath(String, mapFolder: String)
    case escapesMapFolder(String, mapFolder: String)
    case linksOutOfMapFolder(String, target: String, mapFolder: String)
    case file(FileReadFailure)
    case invalidUTF8(String, line: Int, column: Int)
    case binary(String, line: Int, column: Int)
    case utf16(String)

    var message: String {
        switch self {
        case let .absolutePath(path, folder):
            "`\(path)` is an absolute path; sources must sit in the map's folder \(folder) (or a folder named with --sources DIR)"
        case let .escapesMapFolder(path, folder):
            "`\(path)` leads outside the map's folder \(folder); move the file there or name its folder with --sources DIR"
        case let .linksOutOfMapFolder(path, target, folder):
            "`\(path)` is a symbolic link to \(target), outside the map's folder \(folder); copy the file there or name its folder with --sources DIR"
        case .file(.missing(let path)):
            "no file at \(path); check the source's `file:` in the front matter (paths are relative to the map)"
        case .file(let failure):
            failure.description
        case let .invalidUTF8(path, line, column):
            "\(path):\(line):\(column) is not valid UTF-8; save the source as UTF-8 text"
        case let .binary(path, line, column):
            "\(path):\(line):\(column) looks like a binary file, not text (it contains a NUL byte); a source must be a UTF-8 text file"
        case .utf16(let path):
            "\(path) looks like UTF-16 text, not UTF-8; \(BinaryFileCheck.utf16Advice)"
        }
    }
}

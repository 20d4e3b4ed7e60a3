import Foundation

/// Where an export goes: a file replaced all at once, so a reader of it never sees half a map.
public enum ExportDestination {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Writes `text` to a temporary file beside `path`, flushes it, then renames it over `path`.
    /// A device or pipe (`/dev/null`, `/dev/stdout`, a FIFO) is written to as it is: renaming
    /// over it would put a plain file in its place.
    public static func write(_ text: String, toFile path: String) throws(Failure) {
        var status = stat()
        if stat(path, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFDIR: throw Failure(description: "cannot write \(path): it is a folder; give a file name with -o")
            case S_IFREG: break
            default:
                do {
                    return try AtomicFile.writeInPlace(Data(text.utf8), to: path)
                } catch {
                    throw Failure(description: "cannot write \(path): \((error as? AtomicFile.Failure)?.reason?.lowercased() ?? "\(error)")")
                }
            }
        }
        let url = URL(fileURLWithPath: path)
        var isFolder: ObjCBool = false
        let folder = url.deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) || !isFolder.boolValue {
            throw Failure(description: "cannot write \(path): there is no folder \(folder); create it first or write elsewhere")
        }
        do {
            try AtomicFile.replaceContents(of: url, with: Data(text.utf8), permissions: 0o666)
        } catch {
            let reason = (error as? AtomicFile.Failure)?.reason?.lowercased() ?? "\(error)"
            throw Failure(description: "cannot write \(path): \(reason); check that \(folder) is writable")
        }
    }
}

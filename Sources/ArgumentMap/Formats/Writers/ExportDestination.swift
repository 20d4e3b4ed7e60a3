import Foundation

/// Where an export goes: a file replaced all at once, so a reader of it never sees half a map.
public enum ExportDestination {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Writes `text` to a temporary file beside `path`, then renames it over `path`.
    public static func write(_ text: String, toFile path: String) throws(Failure) {
        let url = URL(fileURLWithPath: path)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw Failure(description: "cannot write \(path): it is a folder; give a file name with -o")
        }
        let folder = url.deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) || !isFolder.boolValue {
            throw Failure(description: "cannot write \(path): there is no folder \(folder); create it first or write elsewhere")
        }
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw Failure(description: "cannot write \(path): \(reason(error)); check that \(folder) is writable")
        }
    }

    /// The operating system's own words for why writing failed, rather than Foundation's generic sentence.
    private static func reason(_ error: Error) -> String {
        let error = error as NSError
        let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError ?? error
        guard underlying.domain == NSPOSIXErrorDomain else { return "the system refused (\(error.domain) \(error.code))" }
        return String(cString: strerror(Int32(underlying.code))).lowercased()
    }
}

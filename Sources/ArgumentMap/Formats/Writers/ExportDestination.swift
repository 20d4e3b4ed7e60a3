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
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            let reason = (error as NSError).localizedDescription
            throw Failure(description: "cannot write \(path): \(reason); check that its folder exists and is writable")
        }
    }
}

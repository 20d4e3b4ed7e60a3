import Foundation

/// Where an export goes: a file replaced all at once, so a reader of it never sees half a map.
public enum ExportDestination {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static func write(_ text: String, toFile path: String) throws(Failure) {
        try write(toFile: path) { $0 += text }
    }

    /// Refuses a path no export could be written to (none given, a folder, a folder that is not
    /// there), so a command can say so before it reads a map that may take seconds to read.
    public static func check(_ path: String) throws(Failure) {
        _ = try destination(path)
    }

    /// Streams what `produce` writes to a temporary file beside `path`, flushes it, then renames
    /// it over `path`. A device or pipe (`/dev/null`, `/dev/stdout`, a FIFO) is written to as it
    /// is: renaming over it would put a plain file in its place.
    public static func write(toFile path: String, _ produce: (ExportSink) -> Void) throws(Failure) {
        switch try destination(path) {
        case .inPlace:
            do {
                return try AtomicFile.writeInPlace(to: path) { try stream(produce, to: $0) }
            } catch {
                throw Failure(description: "cannot write \(path): \((error as? AtomicFile.Failure)?.reason?.lowercased() ?? "\(error)")")
            }
        case .replaced(let url):
            do {
                try AtomicFile.replaceContents(of: url, permissions: 0o666) { try stream(produce, to: $0) }
            } catch {
                let reason = (error as? AtomicFile.Failure)?.reason?.lowercased() ?? "\(error)"
                throw Failure(description: "cannot write \(path): \(reason); check that \(url.deletingLastPathComponent().path) is writable")
            }
        }
    }

    private enum Destination {
        /// A device or pipe, written to as it is.
        case inPlace
        /// A regular file, new or replaced, in a folder that is there.
        case replaced(URL)
    }

    private static func destination(_ path: String) throws(Failure) -> Destination {
        guard !path.isEmpty else { throw Failure(description: "the file name given with -o is empty; give the name of the file to write") }
        var status = stat()
        let exists = stat(path, &status) == 0
        let namesAFile = exists ? status.st_mode & S_IFMT != S_IFDIR : errno == ENOTDIR
        // As cp and mv refuse it: a name ending in / names a folder, never a file to create or replace.
        if path.hasSuffix("/"), !exists, !namesAFile {
            throw Failure(description: "cannot write \(path): there is no such folder, and a name ending in / names a folder, not a file; give a file name with -o")
        }
        if path.hasSuffix("/"), namesAFile {
            throw Failure(description: "cannot write \(path): not a folder; leave out the / to write the file \(path.dropLast())")
        }
        if exists {
            switch status.st_mode & S_IFMT {
            case S_IFDIR: throw Failure(description: "cannot write \(path): it is a folder; give a file name with -o")
            case S_IFREG: break
            default: return .inPlace
            }
        }
        let url = URL(fileURLWithPath: path)
        var isFolder: ObjCBool = false
        let folder = url.deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else {
            throw Failure(description: "cannot write \(path): there is no folder \(folder); create it first or write elsewhere")
        }
        guard isFolder.boolValue else {
            throw Failure(description: "cannot write \(path): \(folder) is a file, not a folder; write elsewhere")
        }
        return .replaced(url)
    }

    /// What `produce` writes, in chunks to `write`; its first failure thrown at the end.
    private static func stream(_ produce: (ExportSink) -> Void, to write: AtomicFile.Writer) throws {
        try withoutActuallyEscaping(write) { write in
            let sink = ExportSink(destination: write)
            produce(sink)
            sink.flush()
            if let failure = sink.failure { throw failure }
        }
    }
}

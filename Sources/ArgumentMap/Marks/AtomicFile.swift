import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file replacement that a crash or kill can never leave half done: write a temporary file
/// in the same folder, fsync it, rename it over the old one, fsync the folder.
enum AtomicFile {
    struct Failure: Error, CustomStringConvertible {
        var description: String
        /// The operating system's reason, e.g. "Permission denied", when it gave one.
        var reason: String?
    }

    /// Replaces the file at `url` with `data`. A new file gets `permissions` less the umask
    /// (the marks keep theirs private by default).
    /// A symbolic link is followed, so the file it names is replaced and the link stays.
    static func replaceContents(of url: URL, with data: Data, permissions: mode_t = 0o600) throws {
        try replaceContents(of: url, permissions: permissions) { write in
            try data.withUnsafeBytes { try write($0.bindMemory(to: UInt8.self)) }
        }
    }

    /// Replaces the file at `url` with what `produce` writes, in as many pieces as it likes.
    static func replaceContents(of url: URL, permissions: mode_t = 0o600, writing produce: (_ write: Writer) throws -> Void) throws {
        let url = url.resolvingSymlinksInPath()
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
        guard descriptor >= 0 else { throw failure("cannot create", temporary) }
        var written = false
        defer { if !written { unlink(temporary) } }
        do {
            defer { close(descriptor) }
            try produce { try writeAll($0, to: descriptor, named: temporary) }
            guard fsync(descriptor) == 0 else { throw failure("cannot flush", temporary) }
        }
        guard rename(temporary, url.path) == 0 else { throw failure("cannot replace", url.path) }
        written = true
        removeLeftovers(of: url.lastPathComponent, in: folder)
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Removes the temporary files of saves killed before their rename: `.NAME.tmp-PID-N` whose
    /// process is gone. A live process's may be a save under way and is left alone.
    private static func removeLeftovers(of name: String, in folder: String) {
        let prefix = "." + name + ".tmp-"
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for entry in entries where entry.hasPrefix(prefix) {
            guard let pid = entry.dropFirst(prefix.count).split(separator: "-").first.flatMap({ pid_t($0) }),
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(folder + "/" + entry)
        }
    }

    /// Writes `data` to what is at `path` as it is, for a device or a pipe, which cannot be replaced.
    static func writeInPlace(to path: String, writing produce: (_ write: Writer) throws -> Void) throws {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("cannot open", path) }
        defer { close(descriptor) }
        try produce { try writeAll($0, to: descriptor, named: path) }
    }

    /// Writes one piece of a file's contents.
    typealias Writer = (UnsafeBufferPointer<UInt8>) throws -> Void

    static func writeAll(_ buffer: UnsafeBufferPointer<UInt8>, to descriptor: Int32, named path: String) throws {
        if let failed = writeEveryByte(UnsafeRawBufferPointer(buffer), to: descriptor) {
            errno = failed
            throw failure("cannot write", path)
        }
    }

    static func failure(_ what: String, _ path: String) -> Failure {
        let reason = String(cString: strerror(errno))
        return Failure(description: "\(what) \(path): \(reason)", reason: reason)
    }
}

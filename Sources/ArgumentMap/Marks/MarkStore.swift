import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a reader's marks live between runs: one JSON file per map in the state folder
/// (`$XDG_STATE_HOME/argmap`, default `~/.local/state/argmap`), named by a hash of the map's
/// absolute real path, which the file also holds.
///
/// Saving never drops another process's marks: it locks the file, re-reads it, applies only
/// what this session changed since it loaded, and replaces the file atomically. A session
/// passes, as `loaded`, its own marks as they stood after its last load or save:
///
///     var saved = store.load(mapAt: path).marks
///     // ... the reader toggles marks; on each change:
///     try store.save(marks, loaded: saved, mapAt: path)
///     saved = marks
///
/// (A session that adopts the merged marks `save` returns passes those next time instead.)
public struct MarkStore: Sendable {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// The folder the XDG Base Directory spec gives for state: `$XDG_STATE_HOME/argmap` when
    /// that is an absolute path, else `$HOME/.local/state/argmap`.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            directory = URL(fileURLWithPath: state).appendingPathComponent("argmap")
        } else {
            directory = URL(fileURLWithPath: home).appendingPathComponent(".local/state/argmap")
        }
    }

    /// Makes `path` and any folders missing above it (mode 0700, less the umask); the
    /// operating system's reason ("Permission denied", "Not a directory") when it cannot.
    static func makeFolders(_ path: String) -> String? {
        if mkdir(path, 0o700) == 0 { return nil }
        var failure = errno
        if failure == ENOENT, path != "/" {
            if let reason = makeFolders((path as NSString).deletingLastPathComponent) { return reason }
            if mkdir(path, 0o700) == 0 { return nil }
            failure = errno
        }
        var isFolder: ObjCBool = false
        if failure == EEXIST, FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            return isFolder.boolValue ? nil : String(cString: strerror(ENOTDIR))
        }
        return String(cString: strerror(failure))
    }

    /// What loading found: the marks, and warnings for the user (a corrupt file moved aside).
    public struct Loaded: Sendable {
        public var marks: Marks
        public var warnings: [String]
    }

    /// The marks saved for the map at `mapPath`; none when there is no file yet. A file that
    /// cannot be read as marks is moved aside (`NAME.corrupt-TIMESTAMP`) with a warning.
    public func load(mapAt mapPath: String) -> Loaded {
        let key = MarkStore.realPath(mapPath)
        let url = fileURL(forRealPath: key)
        guard FileManager.default.fileExists(atPath: url.path) else { return Loaded(marks: Marks(), warnings: []) }
        var warnings: [String] = []
        // Under the lock, so a corrupt file is never moved aside just as another process replaces it.
        let marks = (try? FileLock.withLock(at: url.path + ".lock") { read(url, map: key, warnings: &warnings) })
            ?? read(url, map: key, warnings: &warnings)
        return Loaded(marks: marks, warnings: warnings)
    }

    /// Saves this session's changes (`marks` against `loaded`, its marks after its last load
    /// or save) on top of whatever the file holds now, and returns the merged marks. A mark
    /// this session turned off stays off; marks other processes saved meanwhile are kept.
    @discardableResult
    public func save(_ marks: Marks, loaded: Marks, mapAt mapPath: String) throws -> Loaded {
        let key = MarkStore.realPath(mapPath)
        let url = fileURL(forRealPath: key)
        if let reason = Self.makeFolders(directory.path) {
            throw AtomicFile.Failure(description: "cannot create the marks folder \(directory.path): \(reason); set XDG_STATE_HOME to a folder you can write")
        }
        var warnings: [String] = []
        let merged = try FileLock.withLock(at: url.path + ".lock") {
            var merged = read(url, map: key, warnings: &warnings)
            for changed in Set(marks.byKey.keys).union(loaded.byKey.keys) where marks[changed] != loaded[changed] {
                merged[changed] = marks[changed]
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try AtomicFile.replaceContents(of: url, with: encoder.encode(MarkFile(map: key, marks: merged)))
            return merged
        }
        return Loaded(marks: merged, warnings: warnings)
    }

    /// The state file for a map: its name, for people listing the folder, then a hash of its path.
    public func fileURL(forMap mapPath: String) -> URL {
        fileURL(forRealPath: MarkStore.realPath(mapPath))
    }

    private func fileURL(forRealPath path: String) -> URL {
        let name = URL(fileURLWithPath: path).lastPathComponent
            .unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || "._-".unicodeScalars.contains($0)) }
        let readable = String(String.UnicodeScalarView(name.prefix(40)))
        return directory.appendingPathComponent("\(readable)-\(MarkStore.stableHash(path)).json")
    }

    private func read(_ url: URL, map: String, warnings: inout [String]) -> Marks {
        guard let data = FileManager.default.contents(atPath: url.path) else { return Marks() }
        do {
            let file = try JSONDecoder().decode(MarkFile.self, from: data)
            guard file.version <= MarkFile.currentVersion else {
                throw MarkFileProblem(description: "it was written by a newer argmap (format \(file.version))")
            }
            return Marks(file.marks)
        } catch {
            let aside = url.path + ".corrupt-\(Int(Date().timeIntervalSince1970))"
            let reason = (error as? MarkFileProblem)?.description ?? "it is not a complete marks file"
            if rename(url.path, aside) == 0 {
                warnings.append("marks for \(map.terminalSafe) could not be read (\(reason)); moved \(url.path.terminalSafe) to \(aside.terminalSafe) and started with no marks")
            } else {
                warnings.append("marks for \(map.terminalSafe) could not be read (\(reason)) and \(url.path.terminalSafe) could not be moved aside; starting with no marks")
            }
            return Marks()
        }
    }

    private struct MarkFileProblem: Error, CustomStringConvertible {
        var description: String
    }

    /// The absolute path with symbolic links resolved; for a path that does not exist, the
    /// absolute path made standard.
    static func realPath(_ path: String) -> String {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: absolute).standardizedFileURL.path
    }

    /// 64-bit FNV-1a of the UTF-8 bytes, in hex: the same on every run and machine,
    /// unlike `hashValue`.
    static func stableHash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

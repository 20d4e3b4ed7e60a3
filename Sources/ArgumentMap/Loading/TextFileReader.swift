import Foundation

/// Reads a text file's bytes, refusing folders, devices, pipes and files too large to index.
enum TextFileReader {
    static let maximumSize = 1 << 30

    /// The bytes of the file at `path`, following symbolic links.
    static func read(_ path: String) -> Result<[UInt8], FileReadFailure> {
        regularFile(path).flatMap { target in
            guard let bytes = [UInt8].contents(ofFile: target) else { return .failure(.unreadable(path)) }
            return bytes.count <= maximumSize ? .success(bytes) : .failure(.tooLarge(path, bytes: bytes.count))
        }
    }

    /// The bytes of the file at `path` in a buffer whose parts can be let go once parsed.
    static func buffer(_ path: String) -> Result<FileBuffer, FileReadFailure> {
        regularFile(path).flatMap { target in
            guard let buffer = FileBuffer(path: target) else { return .failure(.unreadable(path)) }
            return buffer.bytes.count <= maximumSize ? .success(buffer) : .failure(.tooLarge(path, bytes: buffer.bytes.count))
        }
    }

    /// Standard input's bytes, read to its end.
    static func readStandardInput() -> Result<[UInt8], FileReadFailure> {
        let name = "standard input"
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { readChunkOfStandardInput(into: $0) }
            if count == 0 { return .success(bytes) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(name))
            }
            bytes += chunk[..<count]
            if bytes.count > maximumSize { return .failure(.tooLarge(name, bytes: bytes.count)) }
        }
    }

    /// The real path of `path` when it names a readable regular file of at most `maximumSize` bytes.
    private static func regularFile(_ path: String) -> Result<String, FileReadFailure> {
        // Looked at through its links before its real path is asked for: /dev/stdin on a pipe
        // links to `pipe:[…]`, which has no real path but is no less there.
        var status = stat()
        guard stat(path, &status) == 0 else { return .failure(.missing(path)) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(.notARegularFile(path, kind: "a folder"))
        case S_IFCHR, S_IFBLK: return .failure(.notARegularFile(path, kind: "a device"))
        case S_IFSOCK: return .failure(.notARegularFile(path, kind: "a socket"))
        default: return .failure(.notARegularFile(path, kind: "a pipe or other special file"))
        }
        if Int(status.st_size) > maximumSize { return .failure(.tooLarge(path, bytes: Int(status.st_size))) }
        guard let target = FileSystemPath.real(path) else { return .failure(.missing(path)) }
        guard FileManager.default.isReadableFile(atPath: target) else { return .failure(.unreadable(path)) }
        return .success(target)
    }
}

/// Why a file could not be read as text.
/// Up to `buffer.count` bytes of standard input (out here, where `read` is the C function).
private func readChunkOfStandardInput(into buffer: UnsafeMutableRawBufferPointer) -> Int {
    read(STDIN_FILENO, buffer.baseAddress, buffer.count)
}

public enum FileReadFailure: Error, Hashable, CustomStringConvertible {
    case missing(String)
    case notARegularFile(String, kind: String)
    case tooLarge(String, bytes: Int)
    case unreadable(String)
    case changedWhileRead(String)

    public var description: String {
        switch self {
        case .missing(let path):
            "no file at \(path)"
        case let .notARegularFile(path, kind):
            "\(path) is \(kind), not a text file"
        case let .tooLarge(path, bytes):
            "\(path) is too large (\((bytes + 1_048_575) / 1_048_576) MiB; the limit is \(TextFileReader.maximumSize / 1_048_576) MiB)"
        case .unreadable(let path):
            "\(path) cannot be read (check its permissions)"
        case .changedWhileRead(let path):
            "\(path) changed while it was read; open it again"
        }
    }
}

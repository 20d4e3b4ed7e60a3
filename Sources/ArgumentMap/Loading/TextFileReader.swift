import Foundation

/// Reads a text file's bytes, refusing folders, devices, pipes and files too large to index.
enum TextFileReader {
    static let maximumSize = 1 << 30

    /// The bytes of the file at `path`, following symbolic links.
    static func read(_ path: String) -> Result<[UInt8], FileReadFailure> {
        guard let target = FileSystemPath.real(path) else { return .failure(.missing(path)) }
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: target)
        } catch {
            return .failure(.missing(path))
        }
        switch attributes[.type] as? FileAttributeType {
        case .typeRegular?: break
        case .typeDirectory?: return .failure(.notARegularFile(path, kind: "a folder"))
        case .typeCharacterSpecial?, .typeBlockSpecial?: return .failure(.notARegularFile(path, kind: "a device"))
        case .typeSocket?: return .failure(.notARegularFile(path, kind: "a socket"))
        default: return .failure(.notARegularFile(path, kind: "a pipe or other special file"))
        }
        if let size = (attributes[.size] as? NSNumber)?.intValue, size > maximumSize {
            return .failure(.tooLarge(path, bytes: size))
        }
        guard FileManager.default.isReadableFile(atPath: target), let data = FileManager.default.contents(atPath: target) else {
            return .failure(.unreadable(path))
        }
        guard data.count <= maximumSize else { return .failure(.tooLarge(path, bytes: data.count)) }
        return .success([UInt8](data))
    }
}

/// Why a file could not be read as text.
public enum FileReadFailure: Error, Hashable, CustomStringConvertible {
    case missing(String)
    case notARegularFile(String, kind: String)
    case tooLarge(String, bytes: Int)
    case unreadable(String)

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
        }
    }
}

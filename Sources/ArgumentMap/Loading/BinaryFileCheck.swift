#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file that is binary (or UTF-16), told from a NUL byte in its first few kilobytes as git
/// and less tell one. A map is looked at before the whole file is read: a gigabyte of NULs is
/// refused at once, not after seconds of reading and a gigabyte of memory.
enum BinaryFileCheck {
    static let headSize = 8 << 10

    /// What a file's head shows it to be when it is not UTF-8 text.
    enum Verdict: Equatable {
        case utf16
        case binary(firstNUL: Int)
    }

    /// What `bytes` are, from their first `headSize`; nil when that holds no NUL.
    static func verdict(of bytes: [UInt8]) -> Verdict? {
        let head = Array(bytes.prefix(headSize))
        guard let nul = head.firstIndex(of: 0) else { return nil }
        return isUTF16(head) ? .utf16 : .binary(firstNUL: nul)
    }

    static let utf16Advice = "convert it first, e.g. `iconv -f UTF-16 -t UTF-8 FILE > FILE.utf8`"

    /// The error for the regular file at `path` (absolute; `file` names it in the message) when
    /// its head holds a NUL byte; nil for any other file, which is read as usual (and one too
    /// large to read is refused for its size).
    static func problem(inFileAt path: String, file: String) -> Diagnostic? {
        // Looked at before it is opened: opening a pipe would wait for a writer.
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) <= TextFileReader.maximumSize,
              let opened = OpenRegularFile(path: path), let head = opened.head(upTo: headSize) else { return nil }
        switch verdict(of: head) {
        case nil:
            return nil
        case .utf16:
            return .error("this looks like UTF-16 text, not UTF-8; \(utf16Advice)", at: SourceLocation(file: file, line: 1, column: 1))
        case .binary(let nul):
            let message = "this looks like a binary file, not a map (it contains a NUL byte); pass an .argdown text file, a Kialo export (.txt) or AIF JSON (.json)"
            return .error(message, at: ArgdownInput.location(ofByte: nul, in: head, file: file))
        }
    }

    /// Whether `bytes` (a file's head) start with a UTF-16 byte order mark, or holds text whose every other byte
    /// is NUL (ASCII in UTF-16 without one).
    static func isUTF16(_ bytes: [UInt8]) -> Bool {
        if bytes.count >= 2, (bytes[0], bytes[1]) == (0xFF, 0xFE) || (bytes[0], bytes[1]) == (0xFE, 0xFF) { return true }
        guard bytes.count >= 4 else { return false }
        let pairs = bytes.count / 2
        let evenNULs = (0..<pairs).count { bytes[2 * $0] == 0 }
        let oddNULs = (0..<pairs).count { bytes[2 * $0 + 1] == 0 }
        return max(evenNULs, oddNULs) * 10 >= pairs * 9 && min(evenNULs, oddNULs) * 10 < pairs
    }
}

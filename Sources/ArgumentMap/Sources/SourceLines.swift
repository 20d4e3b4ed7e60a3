/// A source document's lines without their terminators (LF, CRLF or CR), kept as the document's
/// bytes and where each line starts: a line becomes a `String` only when it is read, so a
/// source is held once, not once as bytes and again as a string a line.
public struct SourceLines: RandomAccessCollection, Hashable, Sendable {
    /// The document's bytes, valid UTF-8 without a byte order mark.
    let bytes: [UInt8]
    /// The byte offset where each line starts.
    private let starts: [Int]
    public let endIndex: Int

    public var startIndex: Int { 0 }

    /// `bytes` must be valid UTF-8 (a leading byte order mark is dropped).
    init(utf8 bytes: [UInt8]) {
        let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        var starts = [0]
        var index = 0
        while index < text.count {
            switch text[index] {
            case 0x0A:
                starts.append(index + 1)
            case 0x0D:
                if index + 1 < text.count, text[index + 1] == 0x0A { index += 1 }
                starts.append(index + 1)
            default:
                break
            }
            index += 1
        }
        self.bytes = text
        self.starts = starts
        // A final line terminator does not open an empty line.
        endIndex = starts.count > 1 && starts[starts.count - 1] == text.count ? starts.count - 1 : starts.count
    }

    /// The lines given, as a document holding them one to a line would be read.
    public init(_ lines: [String]) {
        self.init(utf8: Array(lines.joined(separator: "\n").utf8))
    }

    public subscript(line: Int) -> String {
        String(decoding: bytes[starts[line]..<end(ofLine: line)], as: UTF8.self)
    }

    /// The zero-based line holding the byte at `offset`.
    func line(containing offset: Int) -> Int {
        starts.lastIndex(notAbove: offset)
    }

    func start(ofLine line: Int) -> Int { starts[line] }

    /// The end of line `line`'s text, before its terminator.
    private func end(ofLine line: Int) -> Int {
        var end = line + 1 < starts.count ? starts[line + 1] : bytes.count
        while end > starts[line], bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return end
    }
}

import CPlainText

/// The bytes of an Argdown file made ready to parse: valid UTF-8 without a byte order mark.
struct ArgdownInput {
    private(set) var bytes: [UInt8]
    private(set) var problems: [Diagnostic] = []

    /// How many invalid sequences are reported one by one before the rest are summed up.
    private static let reportedInvalidSequences = 20

    init(decoding raw: [UInt8], file: String) {
        let hasByteOrderMark = raw.count >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF
        let start = hasByteOrderMark ? 3 : 0
        var repaired: [UInt8]?
        var invalidCount = 0
        var line = 1
        var column = 1
        var i = start
        while i < raw.count {
            if raw[i] >= 0x20 && raw[i] < 0x80 {
                repaired?.append(raw[i])
                i += 1
                column += 1
                continue
            }
            let length = Self.validSequenceLength(raw, at: i)
            if length > 0 {
                if raw[i] == UInt8(ascii: "\n") {
                    line += 1
                    column = 0
                }
                repaired?.append(contentsOf: raw[i..<i + length])
                i += length
                column += 1
                continue
            }
            if repaired == nil { repaired = Array(raw[start..<i]) }
            repaired?.append(contentsOf: [0xEF, 0xBF, 0xBD])
            invalidCount += 1
            if invalidCount <= Self.reportedInvalidSequences {
                let byte = String(raw[i], radix: 16, uppercase: true)
                problems.append(.error(
                    "invalid UTF-8 (byte 0x\(byte)); save the file as UTF-8 (read on with U+FFFD in its place)",
                    at: SourceLocation(file: file, line: line, column: column)))
            }
            i += Self.invalidSequenceLength(raw, at: i)
            column += 1
        }
        if invalidCount > Self.reportedInvalidSequences {
            problems.append(.error(
                "\(invalidCount - Self.reportedInvalidSequences) more invalid UTF-8 sequences not listed",
                at: SourceLocation(file: file, line: line, column: column)))
        }
        bytes = repaired ?? (start == 0 ? raw : Array(raw[start...]))
    }

    /// Whether the bytes are well-formed UTF-8 without NUL bytes, so they can be parsed as they
    /// are. A large file is checked in two halves at once, cut after a line feed (which no
    /// multi-byte sequence holds).
    static func isPlainUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= ArgdownHalves.minimumSize,
              let lineFeed = bytes[(bytes.count / 2)...].firstIndex(of: UInt8(ascii: "\n")) else { return isPlainUTF8InOnePass(bytes) }
        var firstIsPlain = false
        var secondIsPlain = false
        BothCores.run(
            { firstIsPlain = isPlainUTF8InOnePass(UnsafeBufferPointer(rebasing: bytes[...lineFeed])) },
            { secondIsPlain = isPlainUTF8InOnePass(UnsafeBufferPointer(rebasing: bytes[(lineFeed + 1)...])) })
        return firstIsPlain && secondIsPlain
    }

    /// ASCII sixteen bytes at a time, each other sequence checked as the repairing pass would.
    static func isPlainUTF8InOnePass(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let start = bytes.baseAddress else { return true }
        var i = 0
        while true {
            i += argmap_ascii_run_length(start + i, bytes.count - i)
            guard i < bytes.count else { return true }
            guard bytes[i] != 0 else { return false }
            let length = validSequenceLength(bytes, at: i)
            guard length > 0 else { return false }
            i += length
        }
    }

    /// The bytes after a byte order mark, if they start with one.
    static func droppingByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let hasByteOrderMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        return hasByteOrderMark ? UnsafeBufferPointer(rebasing: bytes[3...]) : bytes
    }

    /// The length of the well-formed UTF-8 sequence starting at `i`, or 0 when it is not one.
    private static func validSequenceLength<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at i: Int) -> Int where Bytes.Index == Int {
        let first = bytes[i]
        if first < 0x80 { return 1 }
        let (length, secondRange): (Int, ClosedRange<UInt8>)
        switch first {
        case 0xC2...0xDF: (length, secondRange) = (2, 0x80...0xBF)
        case 0xE0: (length, secondRange) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, secondRange) = (3, 0x80...0xBF)
        case 0xED: (length, secondRange) = (3, 0x80...0x9F)
        case 0xF0: (length, secondRange) = (4, 0x90...0xBF)
        case 0xF1...0xF3: (length, secondRange) = (4, 0x80...0xBF)
        case 0xF4: (length, secondRange) = (4, 0x80...0x8F)
        default: return 0
        }
        guard i + length <= bytes.count, secondRange.contains(bytes[i + 1]) else { return 0 }
        for k in 2..<length where !(0x80...0xBF).contains(bytes[i + k]) { return 0 }
        return length
    }

    /// How many bytes one replacement character stands for: the lead byte and the continuation
    /// bytes that follow it (the "maximal subpart" rule of Unicode, simplified).
    private static func invalidSequenceLength(_ bytes: [UInt8], at i: Int) -> Int {
        var end = i + 1
        if bytes[i] >= 0xC0 {
            while end < bytes.count, end < i + 4, (0x80...0xBF).contains(bytes[end]) { end += 1 }
        }
        return end - i
    }

    /// The line and column (counted in Unicode scalars) of a byte offset.
    static func location(ofByte offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        var line = 1
        var lineStart = 0
        for i in 0..<offset where bytes[i] == UInt8(ascii: "\n") {
            line += 1
            lineStart = i + 1
        }
        return SourceLocation(file: file, line: line, column: ByteText.column(of: offset, lineStart: lineStart, in: bytes))
    }
}

/// Takes comments and `{data}` out of Argdown lines, carrying open comments and data from one
/// line to the next. Removed bytes become spaces, so byte offsets (and columns) stay those of the file.
struct LineLexer {
    /// A `{...}` data element, with its braces, as written.
    struct DataText {
        var bytes: [UInt8]
        var line: Int
        var column: Int
        /// Block format: the opening brace ends its line, and the YAML between the braces is block YAML.
        var isBlock: Bool
        var maxDepth: Int
    }

    struct Line {
        /// The line with comments and data replaced by spaces; nil when it holds neither (nor
        /// begins inside one), and so is clean as written.
        var clean: [UInt8]?
        /// Data elements that ended on this line.
        var data: [DataText]
        /// Whether the line began inside a comment or data element.
        var beganInside: Bool
        /// The column of a quote that opened a string in data and was not closed on this line:
        /// the data is given up there, as no data string goes on past its line.
        var unclosedQuote: Int?
    }

    private enum Mode: Equatable {
        case text
        case comment(Comment)
        case data
    }

    private struct OpenData {
        var text: DataText
        var depth = 1
        var quote: UInt8 = 0
        /// Where in the line the open quote is.
        var quoteStart = 0
        /// The last byte that was not white space, or a line feed at the start of a line.
        var lastSignificant = UInt8(ascii: "{")
    }

    /// The kinds of comment, told apart by how they end: a payload without references, so the
    /// mode is compared and copied, line after line, without retaining anything.
    private enum Comment {
        case slashStar, html

        var terminator: StaticString { self == .slashStar ? "*/" : "-->" }
    }

    private var mode = Mode.text
    /// The last line's storage, reused for the next line once the parser has let go of it.
    private var lineBuffer: [UInt8] = []
    private var open: OpenData?
    /// Where the open comment started, for reporting one that is never closed.
    private(set) var commentStart: (line: Int, column: Int, opener: String)?

    var isInsideData: Bool { mode == .data }
    var isInsideComment: Bool { if case .comment = mode { true } else { false } }

    /// Gives up the open data element (at an empty line or the end of the file) and returns it.
    mutating func abandonData() -> DataText? {
        defer { open = nil; mode = .text }
        return open?.text
    }

    /// `indentation` is the length of the line's leading spaces and tabs, which need no scanning.
    mutating func lex(_ raw: UnsafeBufferPointer<UInt8>, lineNumber: Int, indentation: Int = 0) -> Line {
        let beganInside = mode != .text
        var i = beganInside ? 0 : indentation
        if !beganInside {
            // Most lines have nothing to take out: those are not copied.
            i = ByteText.first(of: Self.markup, in: raw, from: i)
            if i == raw.count { return Line(clean: nil, data: [], beganInside: false) }
        }
        var clean = lineBuffer
        lineBuffer = []
        clean.replaceSubrange(clean.indices, with: raw)
        defer { lineBuffer = clean }
        var finished: [DataText] = []
        let count = clean.count
        while i < count {
            switch mode {
            case .comment(let comment):
                let terminator = comment.terminator
                if let end = Self.find(terminator, in: clean, from: i) {
                    Self.blank(&clean, i..<end + terminator.utf8CodeUnitCount)
                    i = end + terminator.utf8CodeUnitCount
                    mode = .text
                    commentStart = nil
                } else {
                    Self.blank(&clean, i..<count)
                    i = count
                }
            case .data:
                i = scanData(&clean, from: i, finished: &finished)
            case .text:
                i = scanText(&clean, from: i, raw: raw, lineNumber: lineNumber)
            }
        }
        var unclosedQuote: Int?
        if mode == .data, let quoteStart = open?.quoteStart, open?.quote != 0 {
            unclosedQuote = ByteText.column(of: raw.startIndex + quoteStart, lineStart: raw.startIndex, in: raw)
            _ = abandonData()
        } else if mode == .data {
            open?.text.bytes.append(UInt8(ascii: "\n"))
            open?.lastSignificant = UInt8(ascii: "\n")
        }
        return Line(clean: clean, data: finished, beganInside: beganInside, unclosedQuote: unclosedQuote)
    }

    /// The bytes that can begin what `scanText` looks for: an escape, a comment, or data.
    private static let markup: StaticString = "\\/<{"

    /// Scans text from `i` up to the next comment or data element (which it opens) or the line end.
    private mutating func scanText(_ clean: inout [UInt8], from start: Int, raw: UnsafeBufferPointer<UInt8>, lineNumber: Int) -> Int {
        // Columns come from the line as written, where a removed comment may hold multi-byte characters.
        func column(_ i: Int) -> Int { ByteText.column(of: i, lineStart: 0, in: raw) }
        let count = clean.count
        var i = start
        while i < count {
            i = clean.withUnsafeBufferPointer { ByteText.first(of: Self.markup, in: $0, from: i) }
            guard i < count else { break }
            switch clean[i] {
            case UInt8(ascii: "\\"):
                i += 2
                continue
            case UInt8(ascii: "/") where i + 1 < count && clean[i + 1] == UInt8(ascii: "/") && (i == 0 || ByteText.isSpace(clean[i - 1])):
                Self.blank(&clean, i..<count)
                return count
            case UInt8(ascii: "/") where i + 1 < count && clean[i + 1] == UInt8(ascii: "*"):
                return openComment(&clean, at: i, column: column(i), opener: "/*", comment: .slashStar, lineNumber: lineNumber)
            case UInt8(ascii: "<") where Self.hasPrefix("<!--", in: clean, at: i):
                return openComment(&clean, at: i, column: column(i), opener: "<!--", comment: .html, lineNumber: lineNumber)
            case UInt8(ascii: "{"):
                let rest = clean[(i + 1)...]
                var bytes: [UInt8] = []
                bytes.reserveCapacity(count - i)  // most data ends on its line: one allocation, not one per doubling
                bytes.append(UInt8(ascii: "{"))
                let text = DataText(
                    bytes: bytes, line: lineNumber, column: column(i),
                    isBlock: rest.allSatisfy(ByteText.isSpace), maxDepth: 1)
                open = OpenData(text: text)
                mode = .data
                clean[i] = UInt8(ascii: " ")
                return i + 1
            default:
                i += 1
            }
        }
        return count
    }

    private mutating func openComment(_ clean: inout [UInt8], at i: Int, column: Int, opener: String, comment: Comment, lineNumber: Int) -> Int {
        let width = opener.utf8.count
        commentStart = (lineNumber, column, opener)
        Self.blank(&clean, i..<i + width)
        mode = .comment(comment)
        return i + width
    }

    /// Scans data from `i`, minding nesting and quoted strings; closes it at its matching brace.
    /// Every byte scanned belongs to the data: they are copied into it, and blanked, all at once.
    private mutating func scanData(_ clean: inout [UInt8], from start: Int, finished: inout [DataText]) -> Int {
        guard var data = open else {
            mode = .text
            return start
        }
        // Taken out while it grows, so appending to its bytes does not copy them first.
        open = nil
        defer { open = data }
        let (end, isClosed) = clean.withUnsafeBufferPointer { Self.scanData(&data, in: $0, from: start) }
        data.text.bytes.append(contentsOf: clean[start..<end])
        Self.blank(&clean, start..<end)
        if isClosed {
            finished.append(data.text)
            mode = .text
        }
        return end
    }

    /// Follows `data`'s nesting and quotes through `bytes` from `start`: where scanning stopped, and
    /// whether it stopped at the closing brace.
    private static func scanData(_ data: inout OpenData, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, isClosed: Bool) {
        var i = start
        // Searched for rather than stepped through, as data is most of a cited statement's line: in a
        // string only its end (or an escape) matters, and outside one only quotes, braces and brackets.
        while i < bytes.count {
            if data.quote != 0 {
                let stop = data.quote == UInt8(ascii: "'") ? ByteText.first(of: "'", in: bytes, from: i) : ByteText.first(of: "\"\\", in: bytes, from: i)
                guard stop < bytes.count else { return (stop, false) }
                i = stop + 1
                if bytes[stop] == UInt8(ascii: "\\") {
                    if i < bytes.count { i += 1 }
                } else {
                    data.quote = 0
                }
                continue
            }
            let stop = ByteText.first(of: "\"'{}[]", in: bytes, from: i)
            if let last = lastSignificant(in: bytes, from: i, before: stop) { data.lastSignificant = last }
            guard stop < bytes.count else { return (stop, false) }
            let byte = bytes[stop]
            i = stop + 1
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                if quoteMayOpen(after: data.lastSignificant) {
                    data.quote = byte
                    data.quoteStart = stop
                }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                data.depth += 1
                data.text.maxDepth = max(data.text.maxDepth, data.depth)
            default:
                data.depth -= 1
                if data.depth == 0 { return (i, true) }
            }
            data.lastSignificant = byte
        }
        return (i, false)
    }

    /// The last byte before `end` and from `start` on that is not white space.
    private static func lastSignificant(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, before end: Int) -> UInt8? {
        var i = end
        while i > start {
            i -= 1
            if !ByteText.isSpace(bytes[i]) { return bytes[i] }
        }
        return nil
    }

    /// A quote starts a YAML string only where a value or key starts, not inside a plain word (`it's`).
    private static func quoteMayOpen(after byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: "\n"):
            true
        default:
            false
        }
    }

    private static func blank(_ bytes: inout [UInt8], _ range: Range<Int>) {
        bytes.withUnsafeMutableBufferPointer { UnsafeMutableBufferPointer(rebasing: $0[range]).update(repeating: UInt8(ascii: " ")) }
    }

    static func hasPrefix<Bytes: RandomAccessCollection<UInt8>>(_ prefix: StaticString, in bytes: Bytes, at i: Int) -> Bool where Bytes.Index == Int {
        let count = prefix.utf8CodeUnitCount
        guard i + count <= bytes.count else { return false }
        return prefix.withUTF8Buffer { bytes[i..<i + count].elementsEqual($0) }
    }

    private static func find(_ needle: StaticString, in bytes: [UInt8], from start: Int) -> Int? {
        needle.withUTF8Buffer { needle in
            guard let first = needle.first, needle.count <= bytes.count else { return nil }
            var i = start
            while i + needle.count <= bytes.count {
                if bytes[i] == first && bytes[i..<i + needle.count].elementsEqual(needle) { return i }
                i += 1
            }
            return nil
        }
    }
}

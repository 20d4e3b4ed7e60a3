extension LineLexer.DataText {
    /// The bracket left open when a data element is never closed: the first `[` or `{` that a
    /// closer of the other kind meets (`{key: [1, 2}` leaves the `[` open), else the outermost
    /// opener still open. Its location is exact on the element's first line; on a later line
    /// it is that line, at column 1 (the line's indentation is not kept).
    func unclosedBracket(file: SourceLocation.File) -> (opener: String, closer: Character, location: SourceLocation) {
        var open: [Int] = []
        var quote: UInt8 = 0
        var mismatched: Int?
        for (offset, byte) in bytes.enumerated() where mismatched == nil {
            if quote != 0 {
                if byte == quote { quote = 0 }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): quote = byte
            case UInt8(ascii: "{"), UInt8(ascii: "["): open.append(offset)
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                guard let last = open.popLast() else { continue }
                if bytes[last] != (byte == UInt8(ascii: "}") ? UInt8(ascii: "{") : UInt8(ascii: "[")) { mismatched = last }
            default: break
            }
        }
        let offset = mismatched ?? 0
        let lineBreaks = bytes[..<offset].count { $0 == UInt8(ascii: "\n") }
        let opener = Character(Unicode.Scalar(bytes[offset]))
        let closer: Character = opener == "{" ? "}" : "]"
        guard lineBreaks == 0 else {
            return ("`\(opener)` on line \(line + lineBreaks)", closer, SourceLocation(file: file, line: line, column: column))
        }
        let location = SourceLocation(file: file, line: line, column: column + ByteText.column(of: offset, lineStart: 0, in: bytes) - 1)
        return ("`\(opener)`", closer, location)
    }
}

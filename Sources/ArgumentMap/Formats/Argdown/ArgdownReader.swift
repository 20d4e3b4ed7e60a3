/// Reads Argdown (argdown.org/syntax) into an `ArgumentMap`, collecting every problem instead of
/// stopping at the first. One pass over the lines, no recursion in the depth of the input.
public enum ArgdownReader {
    public static func read(_ text: String, file: String) -> (map: ArgumentMap, diagnostics: [Diagnostic]) {
        var text = text
        let bytes = text.withUTF8 { Array($0) }
        return read(bytes: bytes, file: file)
    }

    /// Reads raw file contents: strips a byte order mark, accepts LF and CRLF line ends, and
    /// reports invalid UTF-8 at its line and column (reading on with U+FFFD in its place).
    /// A file with NUL bytes is reported as binary and not read further.
    public static func read(bytes: [UInt8], file: String) -> (map: ArgumentMap, diagnostics: [Diagnostic]) {
        if let nul = bytes.firstIndex(of: 0) {
            let location = ArgdownInput.location(ofByte: nul, in: bytes, file: file)
            let message = "this looks like a binary file, not Argdown text (it contains a NUL byte); pass an .argdown text file"
            return (MapBuilder(file: file).build(), [.error(message, at: location)])
        }
        let input = ArgdownInput(decoding: bytes, file: file)
        var parser = ArgdownParser(file: file, bytes: input.bytes)
        parser.parse()
        return (parser.map, input.problems + parser.diagnostics)
    }
}

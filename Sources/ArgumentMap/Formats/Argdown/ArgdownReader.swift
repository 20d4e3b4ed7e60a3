/// Reads Argdown (argdown.org/syntax) into an `ArgumentMap`, collecting every problem instead of
/// stopping at the first. One pass over the lines, no recursion in the depth of the input.
public enum ArgdownReader {
    public static func read(_ text: String, file: String) -> (map: ArgumentMap, diagnostics: [Diagnostic]) {
        // Parsed in place when it can be (no NUL bytes), rather than copied into an array first.
        let inPlace = text.utf8.withContiguousStorageIfAvailable { bytes in
            ArgdownInput.isPlainUTF8(bytes) ? parse(ArgdownInput.droppingByteOrderMark(bytes), file: file) : nil
        }
        if let inPlace = inPlace.flatMap({ $0 }) { return inPlace }
        return read(bytes: Array(text.utf8), file: file)
    }

    /// Reads raw file contents: strips a byte order mark, accepts LF and CRLF line ends, and
    /// reports invalid UTF-8 at its line and column (reading on with U+FFFD in its place).
    /// A file with NUL bytes is reported as binary and not read further.
    public static func read(bytes: [UInt8], file: String) -> (map: ArgumentMap, diagnostics: [Diagnostic]) {
        if bytes.withUnsafeBufferPointer(ArgdownInput.isPlainUTF8) {
            return bytes.withUnsafeBufferPointer { parse(ArgdownInput.droppingByteOrderMark($0), file: file) }
        }
        if let nul = bytes.firstIndex(of: 0) {
            let location = ArgdownInput.location(ofByte: nul, in: bytes, file: file)
            let message = "this looks like a binary file, not Argdown text (it contains a NUL byte); pass an .argdown text file"
            return (MapBuilder(file: file).build(), [.error(message, at: location)])
        }
        let input = ArgdownInput(decoding: bytes, file: file)
        let (map, diagnostics) = input.bytes.withUnsafeBufferPointer { parse($0, file: file) }
        return (map, input.problems + diagnostics)
    }

    /// Reads the file at `path` the way `read(bytes:file:)` reads its contents, letting go of
    /// each part of the file's bytes once parsed, so a large map costs little more memory than
    /// its model. Nil when the file cannot be opened as a regular file, or changed while it was
    /// read; read its bytes with `read(bytes:file:)` to report why.
    public static func read(contentsOfFile path: String, file: String) -> (map: ArgumentMap, diagnostics: [Diagnostic])? {
        FileBuffer.readUnchanged(path) { read(buffer: $0, file: file) }
    }

    /// Reads `buffer` as `read(bytes:file:)` would, letting go of every `releaseStep` bytes once parsed.
    static func read(buffer: FileBuffer, file: String, releaseStep: Int = 8 << 20) -> (map: ArgumentMap, diagnostics: [Diagnostic]) {
        let all = buffer.bytes
        let bytes = ArgdownInput.droppingByteOrderMark(all)
        let offset = all.count - bytes.count
        let releaseBehind = { (range: Range<Int>) in buffer.release(offset + range.lowerBound..<offset + range.upperBound) }
        if let cut = ArgdownHalves.cut(for: bytes) {
            // Each thread checks its own share, so neither waits for the whole file to be checked.
            let read = ArgdownHalves.readIfPlainUTF8(
                bytes, file: file, cut: cut, releaseStep: releaseStep, releaseBehind: releaseBehind, releaseIsLossless: buffer.releaseIsLossless)
            return read ?? self.read(bytes: Array(all), file: file)
        }
        guard ArgdownInput.isPlainUTF8(all) else { return read(bytes: Array(all), file: file) }
        return parse(bytes, file: file, releaseStep: releaseStep, releaseBehind: releaseBehind)
    }

    private static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String, releaseStep: Int = 0, releaseBehind: ((Range<Int>) -> Void)? = nil
    ) -> (map: ArgumentMap, diagnostics: [Diagnostic]) {
        if let cut = ArgdownHalves.cut(for: bytes) {
            return ArgdownHalves.read(bytes, file: file, cut: cut, releaseStep: releaseStep, releaseBehind: releaseBehind)
        }
        var parser = ArgdownParser(file: file, bytes: bytes, releaseStep: releaseStep, releaseBehind: releaseBehind)
        parser.parse()
        return (parser.finish(), parser.diagnostics)
    }
}

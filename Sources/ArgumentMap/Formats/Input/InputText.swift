/// A map file's bytes as text: BOM stripped, invalid UTF-8 replaced and reported, binary refused.
enum InputText {
    /// Nil text when the bytes are binary (contain NUL): one clear error, nothing to read.
    static func decode(_ bytes: [UInt8], file: String, format: String) -> (text: String?, problems: [Diagnostic]) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let nul = body.firstIndex(of: 0) {
            let line = body[..<nul].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            return (nil, [.error("this is a binary file (a NUL byte), not a \(format) file; check the file name", at: SourceLocation(file: file, line: line, column: 1))])
        }
        if let text = String(validating: body, as: UTF8.self) { return (text, []) }
        let line = firstInvalidLine(body)
        let problem = Diagnostic.error("the file is not valid UTF-8 (invalid bytes shown as \u{FFFD}); save it as UTF-8", at: SourceLocation(file: file, line: line, column: 1))
        return (String(decoding: body, as: UTF8.self), [problem])
    }

    private static func firstInvalidLine(_ bytes: ArraySlice<UInt8>) -> Int {
        var line = 1
        var start = bytes.startIndex
        for index in bytes.indices where bytes[index] == 0x0A {
            if String(validating: bytes[start..<index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }
}

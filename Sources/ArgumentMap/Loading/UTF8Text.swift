/// Decoding bytes that should be UTF-8, saying where they are not.
enum UTF8Text {
    /// The text, or the one-based line and column (in characters) of the first byte that is not UTF-8.
    static func decode(_ bytes: [UInt8]) -> Result<String, InvalidPosition> {
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        return .failure(firstInvalidPosition(in: bytes))
    }

    struct InvalidPosition: Error, Hashable {
        var line: Int
        var column: Int
    }

    private static func firstInvalidPosition(in bytes: [UInt8]) -> InvalidPosition {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        var lineStart = 0
        var line = 1
        while case .valid(let scalar) = parser.parseScalar(from: &iterator) {
            offset += scalar.count
            if scalar.count == 1, scalar.first == 0x0A {
                line += 1
                lineStart = offset
            }
        }
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return InvalidPosition(line: line, column: column)
    }
}

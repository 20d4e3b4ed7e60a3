/// Checking bytes that should be UTF-8, saying where they are not.
enum UTF8Text {
    /// Nil when `bytes` are UTF-8, else the one-based line and column (in characters) of the first
    /// byte that is not. Checked a block at a time, so a large text is never copied whole.
    static func invalidPosition(in bytes: [UInt8]) -> InvalidPosition? {
        var start = 0
        while start < bytes.count {
            var end = min(bytes.count, start + blockSize)
            // Each block ends before a character's first byte, so it holds whole characters.
            while end < bytes.count, end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            if end == start { end = min(bytes.count, start + blockSize) }
            guard String(validating: bytes[start..<end], as: UTF8.self) != nil else { return firstInvalidPosition(in: bytes) }
            start = end
        }
        return nil
    }

    private static let blockSize = 1 << 16

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

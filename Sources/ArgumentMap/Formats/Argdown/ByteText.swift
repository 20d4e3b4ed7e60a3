/// Small helpers for reading UTF-8 bytes.
enum ByteText {
    /// One-based column of `offset`, counting Unicode scalars from `lineStart`.
    static func column(of offset: Int, lineStart: Int, in bytes: ArraySlice<UInt8>) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            let base = bytes.startIndex
            var column = 1
            for i in (lineStart - base)..<(offset - base) where buffer[i] & 0xC0 != 0x80 { column += 1 }
            return column
        }
    }

    static func column(of offset: Int, lineStart: Int, in bytes: [UInt8]) -> Int {
        column(of: offset, lineStart: lineStart, in: bytes[...])
    }

    /// The index of the next line feed at or after `start`, or the end.
    static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        while i < bytes.count && bytes[i] != 0x0A { i += 1 }
        return i
    }

    /// The width of leading spaces and tabs, a tab moving to the next multiple of `tabWidth`,
    /// and whether they mix the two.
    static func indentation(of bytes: ArraySlice<UInt8>, tabWidth: Int) -> (width: Int, mixed: Bool) {
        bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            var width = 0
            var tabs = false
            var spaces = false
            while i < buffer.count {
                if buffer[i] == 0x20 {
                    width += 1
                    spaces = true
                } else if buffer[i] == 0x09 {
                    width = (width / tabWidth + 1) * tabWidth
                    tabs = true
                } else {
                    break
                }
                i += 1
            }
            return (width, tabs && spaces)
        }
    }

    /// The index of the first byte at or after `start` that is not a space or tab, or the end.
    static func firstNonBlank(in bytes: ArraySlice<UInt8>, from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            let base = bytes.startIndex
            var i = start - base
            while i < buffer.count && (buffer[i] == 0x20 || buffer[i] == 0x09) { i += 1 }
            return i + base
        }
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || byte >= 0x80
    }

    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }

    static func string<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        String(decoding: bytes, as: UTF8.self)
    }
}

import CPlainText

/// Small helpers for reading UTF-8 bytes.
enum ByteText {
    /// One-based column of `offset`, counting Unicode scalars from `lineStart`.
    static func column(of offset: Int, lineStart: Int, in bytes: ArraySlice<UInt8>) -> Int {
        bytes.withUnsafeBufferPointer { column(of: offset - bytes.startIndex, lineStart: lineStart - bytes.startIndex, in: $0) }
    }

    static func column(of offset: Int, lineStart: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        let raw = UnsafeRawBufferPointer(buffer)
        var i = lineStart
        var continuations = 0
        // A long way into a line (data after a statement, say) is passed sixteen ASCII bytes at a
        // time first: most lines are ASCII, and those bytes continue nothing.
        if offset - lineStart >= 16, let base = buffer.baseAddress {
            i += argmap_ascii_run_length(base + lineStart, offset - lineStart)
        }
        // Eight bytes at a time: a one in each byte that continues a UTF-8 sequence (`10xxxxxx`),
        // added up across the word by one multiplication.
        while i + 8 <= offset {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let marks = (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
            continuations += Int(truncatingIfNeeded: (marks &* 0x0101_0101_0101_0101) >> 56)
            i += 8
        }
        while i < offset {
            if buffer[i] & 0xC0 == 0x80 { continuations += 1 }
            i += 1
        }
        return 1 + (offset - lineStart) - continuations
    }

    static func column(of offset: Int, lineStart: Int, in bytes: [UInt8]) -> Int {
        column(of: offset, lineStart: lineStart, in: bytes[...])
    }

    /// The index of the next line feed at or after `start`, or the end.
    static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < bytes.count, let base = bytes.baseAddress else { return start }
        return start + argmap_line_end(base + start, bytes.count - start)
    }

    /// The index of the first of the bytes of `set` (at most eight) at or after `start`, or the end.
    static func first(of set: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < bytes.count, let base = bytes.baseAddress else { return start }
        return argmap_first_of(base, bytes.count, start, set.utf8Start, set.utf8CodeUnitCount)
    }

    /// How many line feeds `bytes` holds.
    static func lineFeeds(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        return argmap_count_of(base, bytes.count, 0x0A)
    }

    /// The width of leading spaces and tabs, a tab moving to the next multiple of `tabWidth`,
    /// whether they mix the two, and how many bytes they are.
    static func indentation(of buffer: UnsafeBufferPointer<UInt8>, tabWidth: Int) -> (width: Int, mixed: Bool, length: Int) {
        var i = 0
        var width = 0
        var tabs = false
        var spaces = false
        while true {
            let run = spaceRun(in: buffer, from: i)
            i += run
            width += run
            spaces = spaces || run > 0
            guard i < buffer.count, buffer[i] == 0x09 else { break }
            width = (width / tabWidth + 1) * tabWidth
            tabs = true
            i += 1
        }
        return (width, tabs && spaces, i)
    }

    /// How many spaces follow `start` before another byte or the end, read eight bytes at a time:
    /// indentation is most of what the bytes before a line's title are.
    static func spaceRun(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let raw = UnsafeRawBufferPointer(bytes)
        let limit = bytes.count
        var i = start
        while i + 8 <= limit {
            let others = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) ^ 0x2020_2020_2020_2020
            if others != 0 { return i + others.trailingZeroBitCount / 8 - start }
            i += 8
        }
        while i < limit && bytes[i] == 0x20 { i += 1 }
        return i - start
    }

    /// The index of the first byte at or after `start` that is not a space or tab, or the end.
    static func firstNonBlank(in bytes: ArraySlice<UInt8>, from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { firstNonBlank(in: $0, from: start - bytes.startIndex) + bytes.startIndex }
    }

    static func firstNonBlank(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start + spaceRun(in: bytes, from: start)
        while i < bytes.count && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
        return i
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    static func isASCIILetter(_ byte: UInt8) -> Bool {
        byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isDigit(byte) || isASCIILetter(byte) || byte >= 0x80
    }

    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }

    static func string<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        String(decoding: bytes, as: UTF8.self)
    }

    /// As `string`, but a text of up to fifteen ASCII bytes (most titles) is made in place without
    /// the validation pass `String(decoding:as:)` makes first; other bytes are checked as there.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { $0.initialize(fromContentsOf: bytes) }
    }
}

extension UInt64 {
    /// Whether any of the eight bytes of this word is `byte`.
    func containsByte(_ byte: UInt8) -> Bool {
        !Self.allBytesMarked(bytesOtherThan(byte))
    }

    /// The high bit of each byte of this word that is not `byte`.
    func bytesOtherThan(_ byte: UInt8) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let x = self ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        // The high bit of each byte of `((x & low) + low) | x` is set exactly where `x` is not zero.
        return ((x & low) &+ low) | x
    }

    /// Whether the high bit of every byte of `marks` is set.
    static func allBytesMarked(_ marks: UInt64) -> Bool {
        marks | 0x7F7F_7F7F_7F7F_7F7F == UInt64.max
    }
}

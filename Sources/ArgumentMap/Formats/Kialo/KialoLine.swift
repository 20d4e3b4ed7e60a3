/// One line of a Kialo export, as byte offsets into the file's UTF-8 (no line feed, no carriage
/// return before it). Read a byte at a time, yet with the outcome of reading it Character by
/// Character as a `Substring`: where an ASCII byte is followed by a non-ASCII one (a combining
/// mark may make both one Character), Swift's own grapheme breaking decides.
struct KialoLine {
    let bytes: UnsafeBufferPointer<UInt8>
    let start: Int
    let end: Int
    let number: Int

    var isEmpty: Bool { start == end }

    /// The line as text, for the rare lines (preamble, sources) read a Character at a time.
    var text: Substring { Self.string(bytes, start..<end)[...] }

    /// The ASCII byte at `i` (the start of a Character) when it is a whole Character by itself.
    func asciiCharacter(at i: Int) -> UInt8? {
        guard i < end, bytes[i] < 0x80, characterEnd(from: i) == i + 1 else { return nil }
        return bytes[i]
    }

    /// Where the Character that starts with the ASCII byte at `i` ends.
    func characterEnd(from i: Int) -> Int {
        let next = i + 1
        if next == end || bytes[next] < 0x80 { return next }
        return i + Self.string(bytes, i..<end).first!.utf8.count
    }

    /// The line without the whitespace Characters that begin and end it, as `withoutSurroundingWhitespace`.
    var trimmed: Range<Int> {
        var first = start
        while first < end, Self.isASCIIWhitespace(bytes[first]) { first += 1 }
        var last = end
        while last > first, Self.isASCIIWhitespace(bytes[last - 1]) { last -= 1 }
        let plain = (first == end || bytes[first] < 0x80) && (last == first || bytes[last - 1] < 0x80)
        if plain { return first..<last }
        let line = Self.string(bytes, start..<end)
        let kept = line.withoutSurroundingWhitespace
        return start + line.utf8.distance(from: line.startIndex, to: kept.startIndex)..<start + line.utf8.distance(from: line.startIndex, to: kept.endIndex)
    }

    func hasBytes(_ expected: StaticString, at i: Int) -> Bool {
        guard i + expected.utf8CodeUnitCount <= end else { return false }
        return (0..<expected.utf8CodeUnitCount).allSatisfy { bytes[i + $0] == expected.utf8Start[$0] }
    }

    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}

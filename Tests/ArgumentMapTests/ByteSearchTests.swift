@testable import ArgumentMap
import Testing

/// The byte searches the lexer and reader make sixteen bytes at a time (and a short text a byte at
/// a time) give what a plain loop gives, wherever the byte is: in a first block, a last partial one
/// read overlapping the one before, or a text too short for a block.
struct ByteSearchTests {
    private static let sets: [StaticString] = ["\\/<{", "\"'{}[]", "\"\\", "'", "abcdefgh"]

    /// `length` bytes that hold none of the searched bytes, with `byte` put at `position`.
    private func text(length: Int, with byte: UInt8?, at position: Int) -> [UInt8] {
        var bytes = (0..<length).map { UInt8(ascii: "m") + UInt8($0 % 7) }
        if let byte, position < length { bytes[position] = byte }
        return bytes
    }

    private func plainFirst(of set: StaticString, in bytes: [UInt8], from start: Int) -> Int {
        let members = set.withUTF8Buffer { Array($0) }
        return bytes.indices.first { $0 >= start && members.contains(bytes[$0]) } ?? max(start, bytes.count)
    }

    @Test(arguments: sets)
    func firstOfASetIsWhereAPlainLoopFindsIt(set: StaticString) {
        let members = set.withUTF8Buffer { Array($0) }
        for length in 0...40 {
            for position in 0...length {
                for byte in members + [nil] {
                    let bytes = text(length: length, with: byte, at: position)
                    for start in 0...length {
                        let found = bytes.withUnsafeBufferPointer { ByteText.first(of: set, in: $0, from: start) }
                        #expect(found == plainFirst(of: set, in: bytes, from: start), "length \(length), at \(position), from \(start)")
                    }
                }
            }
        }
    }

    @Test func lineEndIsTheNextLineFeed() {
        for length in 0...40 {
            for position in 0...length {
                let bytes = text(length: length, with: UInt8(ascii: "\n"), at: position)
                for start in 0...length {
                    let found = bytes.withUnsafeBufferPointer { ByteText.lineEnd(in: $0, from: start) }
                    let expected = bytes.indices.first { $0 >= start && bytes[$0] == UInt8(ascii: "\n") } ?? max(start, bytes.count)
                    #expect(found == expected, "length \(length), at \(position), from \(start)")
                }
            }
        }
    }

    @Test func lineFeedsAreCountedAsAPlainLoopCountsThem() {
        // Past 255 blocks of sixteen, where the counting lanes are added up and begin again.
        var bytes = text(length: 10_000, with: nil, at: 0)
        for position in stride(from: 0, to: bytes.count, by: 7) where position % 3 != 0 { bytes[position] = UInt8(ascii: "\n") }
        for length in [0, 1, 15, 16, 17, 100, 4079, 4080, 4081, 4096, 10_000] {
            let prefix = Array(bytes.prefix(length))
            let found = prefix.withUnsafeBufferPointer { ByteText.lineFeeds(in: $0) }
            #expect(found == prefix.filter { $0 == UInt8(ascii: "\n") }.count, "length \(length)")
        }
    }

    @Test func columnCountsScalarsWhereverTheFirstNonASCIIByteIs() {
        for position in 0...36 {
            let line = Array((String(repeating: "a", count: position) + "é€" + String(repeating: "b", count: 20)).utf8)
            for offset in 0...line.count {
                let found = line.withUnsafeBufferPointer { ByteText.column(of: offset, lineStart: 0, in: $0) }
                #expect(found == 1 + line[..<offset].filter { $0 & 0xC0 != 0x80 }.count, "é at \(position), offset \(offset)")
            }
        }
    }

    /// Indentation read a byte at a time, as it was before spaces were counted eight at a time.
    private func plainIndentation(of bytes: [UInt8], tabWidth: Int) -> (width: Int, mixed: Bool, length: Int) {
        var (width, tabs, spaces, i) = (0, false, false, 0)
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 {
            if bytes[i] == 0x20 {
                width += 1
                spaces = true
            } else {
                width = (width / tabWidth + 1) * tabWidth
                tabs = true
            }
            i += 1
        }
        return (width, tabs && spaces, i)
    }

    @Test func indentationCountsSpacesAndTabsAsAPlainLoopDoes() {
        let blanks: [[UInt8]] = [[], [0x20], [0x09], [0x20, 0x09], [0x09, 0x20, 0x20], Array(repeating: 0x20, count: 9)]
        for first in blanks {
            for second in blanks {
                for spaces in 0...17 {
                    for rest: [UInt8] in [[], Array("+ [T]".utf8), [0x20], [0x09]] {
                        let line = first + Array(repeating: 0x20, count: spaces) + second + rest
                        let found = line.withUnsafeBufferPointer { ByteText.indentation(of: $0, tabWidth: 4) }
                        let expected = plainIndentation(of: line, tabWidth: 4)
                        #expect(found == expected, "\(line)")
                    }
                }
            }
        }
    }

    @Test(arguments: [
        [UInt8](), Array("Claim 12".utf8), Array("Claim 12345 says!".utf8), Array("Über 1".utf8),
        [0x43, 0xFF, 0x61], [0xE2, 0x82], Array(repeating: 0x61, count: 15) + [0xC3, 0xA9],
    ])
    func stringOfBytesIsTheDecodedString(bytes: [UInt8]) {
        let made = bytes.withUnsafeBufferPointer { ByteText.string($0) }
        let decoded = String(decoding: bytes, as: UTF8.self)
        #expect(made == decoded)
        #expect(Array(made.utf8) == Array(decoded.utf8))
    }
}

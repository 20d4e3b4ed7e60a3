@testable import ArgumentMap
import Testing

/// Line feeds counted sixteen bytes at a time must be the line feeds there are: the count numbers
/// the lines of every part of a large map read on two cores.
struct LineFeedCountTests {
    private func counted(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer(ByteText.lineFeeds)
    }

    @Test(arguments: [0, 1, 15, 16, 17, 255 * 16 - 1, 255 * 16, 255 * 16 + 1, 100_000])
    func everyByteALineFeed(count: Int) {
        // The most each of the sixteen counters can hold before they are added up.
        #expect(counted([UInt8](repeating: 0x0A, count: count)) == count)
    }

    @Test(arguments: 1...40)
    func randomBytes(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let count = Int.random(in: 0...20_000, using: &random)
        let lineFeedShare = Double.random(in: 0...1, using: &random)
        let bytes = (0..<count).map { _ in
            Double.random(in: 0...1, using: &random) < lineFeedShare ? 0x0A : UInt8.random(in: 0...255, using: &random)
        }
        #expect(counted(bytes) == bytes.filter { $0 == 0x0A }.count)
    }

    @Test func anEmptyBufferHasNone() {
        #expect(ByteText.lineFeeds(in: UnsafeBufferPointer(start: nil, count: 0)) == 0)
    }
}

/// Bytes of many texts end to end, in one heap object: node texts are kept this way rather than
/// as a `String` each, which costs a heap object of its own (a 32-byte header and malloc's
/// rounding on about 90 bytes of text at a million nodes).
///
/// Bytes are only ever added after `used`; bytes before it, which `StoredText`s refer to, never
/// change. Only the `TextStore` that made a chunk adds to it, so a chunk handed to another thread
/// with the map is only read there.
final class TextChunk: @unchecked Sendable {
    let capacity: Int
    private(set) var used = 0
    private let bytes: UnsafeMutablePointer<UInt8>

    init(capacity: Int) {
        self.capacity = capacity
        bytes = .allocate(capacity: capacity)
    }

    deinit { bytes.deallocate() }

    var room: Int { capacity - used }

    /// Copies `text` after the bytes already here; returns where it starts. The caller checks the room.
    func append(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        let start = used
        if let base = text.baseAddress { (bytes + start).update(from: base, count: text.count) }
        used += text.count
        return start
    }

    func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: bytes + range.lowerBound, count: range.count)
    }
}

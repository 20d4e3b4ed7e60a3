/// A node's text: a place in a shared `TextChunk`, sixteen bytes like the `String` it stands for.
/// Equal and hashed by its bytes, not by where they are kept.
struct StoredText: Hashable, Sendable {
    private let chunk: TextChunk?
    private let start: UInt32
    let count: UInt32

    static let empty = StoredText(chunk: nil, start: 0, count: 0)

    init(chunk: TextChunk?, start: Int, count: Int) {
        self.chunk = chunk
        self.start = UInt32(start)
        self.count = UInt32(count)
    }

    /// The text in a chunk of its own, for a text set one at a time rather than by a reader.
    init(_ text: String) {
        guard !text.isEmpty else {
            self = .empty
            return
        }
        var text = text
        self = text.withUTF8 { bytes in
            let chunk = TextChunk(capacity: bytes.count)
            return StoredText(chunk: chunk, start: chunk.append(bytes), count: bytes.count)
        }
    }

    var isEmpty: Bool { count == 0 }

    func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        guard let chunk else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        return try body(chunk.bytes(Int(start)..<Int(start) + Int(count)))
    }

    var string: String {
        isEmpty ? "" : withUTF8 { String(decoding: $0, as: UTF8.self) }
    }

    static func == (lhs: StoredText, rhs: StoredText) -> Bool {
        lhs.count == rhs.count && lhs.withUTF8 { left in rhs.withUTF8 { right in left.elementsEqual(right) } }
    }

    func hash(into hasher: inout Hasher) {
        withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

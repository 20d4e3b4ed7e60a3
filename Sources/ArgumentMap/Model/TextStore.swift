/// Where a map's builder keeps its node texts: end to end in chunks that grow from a kilobyte to
/// 256 KB, so a small map holds little and a large one wastes at most part of its last chunk.
///
/// A value like the builder holding it: a copy adds to a chunk of its own, so two copies (on two
/// threads, say) never add to one chunk.
struct TextStore {
    private final class Filling {
        var chunk: TextChunk?
    }

    private var filling = Filling()
    private var nextCapacity: Int

    static let largestChunk = 256 << 10

    init(firstChunkCapacity: Int = 1 << 10) { nextCapacity = firstChunkCapacity }

    mutating func store(_ text: UnsafeBufferPointer<UInt8>) -> StoredText {
        guard !text.isEmpty else { return .empty }
        if !isKnownUniquelyReferenced(&filling) { filling = Filling() }
        let current: TextChunk
        if let chunk = filling.chunk, chunk.room >= text.count {
            current = chunk
        } else {
            current = TextChunk(capacity: max(nextCapacity, text.count))
            filling.chunk = current
            nextCapacity = min(nextCapacity * 2, Self.largestChunk)
        }
        return StoredText(chunk: current, start: current.append(text), count: text.count)
    }

    mutating func store(_ text: String) -> StoredText {
        var text = text
        return text.withUTF8 { store($0) }
    }
}

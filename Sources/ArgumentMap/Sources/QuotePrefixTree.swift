/// Quotes of eight bytes or more, arranged by their successive 8-byte words, so that quotes
/// sharing a beginning ("finding 1 of", "finding 2 of", ...) are told apart a word further on
/// instead of each being compared at every place their shared beginning occurs.
struct QuotePrefixTree {
    static let wordLength = 8

    /// The quotes (by their index in the caller's list) whose whole words end at this node.
    private var queriesAt: [[Int]] = []
    /// The node reached from the root by each first word.
    private(set) var firstWords: [UInt64: Int] = [:]
    private var children: [Edge: Int] = [:]

    private struct Edge: Hashable {
        var node: Int
        var word: UInt64
    }

    /// `quotes` given by index; quotes shorter than a word are left out.
    init(_ quotes: [[UInt8]]) {
        // Sized for the usual case, quotes of up to two words that part in their second.
        firstWords.reserveCapacity(quotes.count)
        children.reserveCapacity(quotes.count)
        queriesAt.reserveCapacity(quotes.count * 2)
        for (index, quote) in quotes.enumerated() where quote.count >= Self.wordLength {
            var node = -1
            quote.withUnsafeBytes { bytes in
                for level in 0..<quote.count / Self.wordLength {
                    let word = bytes.loadUnaligned(fromByteOffset: level * Self.wordLength, as: UInt64.self)
                    node = level == 0 ? child(ofRootBy: word) : child(of: node, by: word)
                }
            }
            queriesAt[node].append(index)
        }
    }

    private mutating func child(ofRootBy word: UInt64) -> Int {
        if let node = firstWords[word] { return node }
        queriesAt.append([])
        firstWords[word] = queriesAt.count - 1
        return queriesAt.count - 1
    }

    private mutating func child(of node: Int, by word: UInt64) -> Int {
        let edge = Edge(node: node, word: word)
        if let child = children[edge] { return child }
        queriesAt.append([])
        children[edge] = queriesAt.count - 1
        return queriesAt.count - 1
    }

    /// Calls `visit` with each quote whose whole words all occur in `text` from `position`, the
    /// first word being `firstWord`; the bytes after its last whole word are for the caller to check.
    /// `text` must have a word of padding after its `count` bytes.
    func forEachCandidate(at position: Int, firstWord: UInt64, in text: UnsafeRawBufferPointer, count: Int, _ visit: (Int) -> Void) {
        guard var node = firstWords[firstWord] else { return }
        var offset = position + Self.wordLength
        while true {
            for index in queriesAt[node] { visit(index) }
            guard offset + Self.wordLength <= count,
                  let next = children[Edge(node: node, word: text.loadUnaligned(fromByteOffset: offset, as: UInt64.self))]
            else { return }
            node = next
            offset += Self.wordLength
        }
    }
}

/// Quotes of eight bytes or more, arranged by their successive 8-byte words, so that quotes
/// sharing a beginning ("finding 1 of", "finding 2 of", ...) are told apart a word further on
/// instead of each being compared at every place their shared beginning occurs.
///
/// A quote goes only as deep as it must to be told from the others: it waits at the first node
/// no other quote has reached, and moves a word further down when one does. Candidates are
/// therefore quotes whose first words match, not all of them; the caller checks every byte.
struct QuotePrefixTree {
    static let wordLength = 8

    /// The first word of every quote, each once.
    private(set) var firstWords: [UInt64] = []
    /// By node (the root is node 0): the first query whose whole words end there, or -1;
    /// `nextAtSameNode` chains the others.
    private var firstEndingAt: [Int32] = [-1]
    /// By query: the next query whose whole words end at the same node, or -1.
    private var nextAtSameNode: [Int32]
    /// By node: the one query with more words that waits there until another quote reaches the node, or -1.
    private var waitingAt: [Int32] = [-1]
    private var hasChildren: [Bool] = [false]
    private var edges: EdgeTable

    private static let root: Int32 = 0

    init(_ queries: QuoteQueries) {
        nextAtSameNode = [Int32](repeating: -1, count: queries.count)
        // Usually a quote parts from the others at one node of its own.
        edges = EdgeTable(expected: queries.count + 1)
        firstEndingAt.reserveCapacity(queries.count + 2)
        waitingAt.reserveCapacity(queries.count + 2)
        hasChildren.reserveCapacity(queries.count + 2)
        queries.bytes.withUnsafeBytes { bytes in
            for index in queries.indices where queries.quote(index).count >= Self.wordLength {
                insert(Int32(index), of: queries, bytes)
            }
        }
    }

    private mutating func insert(_ query: Int32, of queries: QuoteQueries, _ bytes: UnsafeRawBufferPointer) {
        let quote = queries.quote(Int(query))
        func word(_ level: Int, of quote: Range<Int>) -> UInt64 {
            bytes.loadUnaligned(fromByteOffset: quote.lowerBound + level * Self.wordLength, as: UInt64.self)
        }
        var node = child(of: Self.root, by: word(0, of: quote))
        var depth = 1
        while true {
            if depth == quote.count / Self.wordLength {
                end(query, at: node)
                return
            }
            let waiting = waitingAt[Int(node)]
            if waiting < 0, !hasChildren[Int(node)] {
                waitingAt[Int(node)] = query
                return
            }
            if waiting >= 0 {
                // Another quote has reached it: the waiting one moves a word down, to a node of its own.
                waitingAt[Int(node)] = -1
                let waitingQuote = queries.quote(Int(waiting))
                let next = child(of: node, by: word(depth, of: waitingQuote))
                if depth + 1 == waitingQuote.count / Self.wordLength { end(waiting, at: next) } else { waitingAt[Int(next)] = waiting }
            }
            node = child(of: node, by: word(depth, of: quote))
            depth += 1
        }
    }

    private mutating func end(_ query: Int32, at node: Int32) {
        nextAtSameNode[Int(query)] = firstEndingAt[Int(node)]
        firstEndingAt[Int(node)] = query
    }

    private mutating func child(of node: Int32, by word: UInt64) -> Int32 {
        if let existing = edges.child(of: node, by: word) { return existing }
        let created = Int32(firstEndingAt.count)
        firstEndingAt.append(-1)
        waitingAt.append(-1)
        hasChildren.append(false)
        hasChildren[Int(node)] = true
        edges.insert(parent: node, word: word, child: created)
        if node == Self.root { firstWords.append(word) }
        return created
    }

    /// Calls `visit` with each quote whose first words occur in `text` from `position`, the first
    /// word being `firstWord`; the rest of each is for the caller to check.
    /// `text` must have a word of padding after its `count` bytes.
    func forEachCandidate(at position: Int, firstWord: UInt64, in text: UnsafeRawBufferPointer, count: Int, _ visit: (Int) -> Void) {
        guard var node = edges.child(of: Self.root, by: firstWord) else { return }
        var offset = position + Self.wordLength
        while true {
            var query = firstEndingAt[Int(node)]
            while query >= 0 {
                visit(Int(query))
                query = nextAtSameNode[Int(query)]
            }
            if waitingAt[Int(node)] >= 0 { visit(Int(waitingAt[Int(node)])) }
            guard hasChildren[Int(node)], offset + Self.wordLength <= count,
                  let next = edges.child(of: node, by: text.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            else { return }
            node = next
            offset += Self.wordLength
        }
    }
}

/// The tree's edges, (parent, word) to child, by open addressing in one array.
private struct EdgeTable {
    private struct Edge {
        var word: UInt64
        var parent: Int32
        /// 0 (the root, never a child) marks a free slot.
        var child: Int32
    }

    private var slots: [Edge]
    private var count = 0
    private var shift: UInt64

    /// Room for `expected` edges before the table grows.
    init(expected: Int) {
        var bits = 6
        while 1 << bits < 2 * expected { bits += 1 }
        slots = [Edge](repeating: Edge(word: 0, parent: 0, child: 0), count: 1 << bits)
        shift = UInt64(64 - bits)
    }

    func child(of parent: Int32, by word: UInt64) -> Int32? {
        var slot = slot(of: parent, word)
        while true {
            let edge = slots[slot]
            if edge.child == 0 { return nil }
            if edge.word == word, edge.parent == parent { return edge.child }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    /// Adds an edge that is not there yet.
    mutating func insert(parent: Int32, word: UInt64, child: Int32) {
        if 2 * (count + 1) > slots.count { grow() }
        var slot = slot(of: parent, word)
        while slots[slot].child != 0 { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = Edge(word: word, parent: parent, child: child)
        count += 1
    }

    private mutating func grow() {
        let old = slots
        slots = [Edge](repeating: Edge(word: 0, parent: 0, child: 0), count: old.count * 2)
        shift -= 1
        count = 0
        for edge in old where edge.child != 0 { insert(parent: edge.parent, word: edge.word, child: edge.child) }
    }

    private func slot(of parent: Int32, _ word: UInt64) -> Int {
        let mixed = (word ^ (UInt64(UInt32(bitPattern: parent)) &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: mixed >> shift)
    }
}

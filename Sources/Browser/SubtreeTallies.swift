/// How many support and attack relations each node's subtree holds (direct and below), as a
/// folded row shows them, kept only for the nodes whose subtree holds any: about half the nodes
/// of a large map are leaves, and a count of none needs no room.
struct SubtreeTallies: Sendable {
    /// One bit a node, set when it has a tally.
    private let hasTally: [UInt64]
    /// How many nodes before each word of `hasTally` have a tally: where the word's tallies start.
    private let talliedBefore: [Int32]
    private let supporters: [Int32]
    private let attackers: [Int32]

    /// `supporters[n]` and `attackers[n]` are node `n`'s counts; the two have one length.
    init(supporters allSupporters: [Int32], attackers allAttackers: [Int32]) {
        let wordCount = (allSupporters.count + 63) / 64
        var hasTally = [UInt64](repeating: 0, count: wordCount)
        var talliedBefore = [Int32](repeating: 0, count: wordCount)
        var supporters: [Int32] = []
        var attackers: [Int32] = []
        for node in allSupporters.indices {
            if node % 64 == 0 { talliedBefore[node / 64] = Int32(supporters.count) }
            guard allSupporters[node] != 0 || allAttackers[node] != 0 else { continue }
            hasTally[node / 64] |= 1 << UInt64(node % 64)
            supporters.append(allSupporters[node])
            attackers.append(allAttackers[node])
        }
        self.hasTally = hasTally
        self.talliedBefore = talliedBefore
        self.supporters = supporters
        self.attackers = attackers
    }

    /// The node's counts, by its `NodeID.offset`.
    subscript(node: Int) -> (supporters: Int32, attackers: Int32) {
        let word = hasTally[node / 64]
        let bit = UInt64(1) << UInt64(node % 64)
        guard word & bit != 0 else { return (0, 0) }
        let place = Int(talliedBefore[node / 64]) + (word & (bit - 1)).nonzeroBitCount
        return (supporters[place], attackers[place])
    }
}

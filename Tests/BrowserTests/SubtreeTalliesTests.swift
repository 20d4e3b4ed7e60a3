@testable import Browser
import Testing

@Suite struct SubtreeTalliesTests {
    @Test func eachNodeReadsItsOwnCountsAcrossManyWordsOfNodes() {
        let count = 300
        // Nodes with counts fall in every word of 64, at a word's first and last bit too.
        let counted: Set<Int> = [0, 1, 63, 64, 65, 127, 128, 200, 255, 256, 299]
        let supporters = (0..<count).map { counted.contains($0) ? Int32($0 + 1) : 0 }
        let attackers = (0..<count).map { counted.contains($0) ? Int32(2 * $0) : 0 }
        let tallies = SubtreeTallies(supporters: supporters, attackers: attackers)
        for node in 0..<count {
            let tally = tallies[node]
            #expect(tally.supporters == supporters[node] && tally.attackers == attackers[node], "node \(node)")
        }
    }

    @Test func aNodeWithOnlyAttacksBelowItKeepsItsTally() {
        let tallies = SubtreeTallies(supporters: [0, 0, 3], attackers: [0, 5, 0])
        #expect(tallies[0] == (0, 0))
        #expect(tallies[1] == (0, 5))
        #expect(tallies[2] == (3, 0))
    }
}

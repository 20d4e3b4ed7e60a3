@testable import ArgumentMap
import Testing

/// The outline's roots: the nodes that bear on nothing, then the first node of each part of the
/// graph they cannot reach. Found by sweeps over the relations where those settle it, by a walk
/// where they do not; either way the answer must be the walk's.
struct RootsTests {
    /// The roots as a plain walk finds them, back from every node that bears on nothing.
    private func walkedRoots(nodeCount: Int, relations: [Relation]) -> [NodeID] {
        var bearsOnSomething = [Bool](repeating: false, count: nodeCount)
        for relation in relations { bearsOnSomething[relation.from.offset] = true }
        var reached = [Bool](repeating: false, count: nodeCount)
        var roots: [NodeID] = []
        func walk(from start: Int) {
            reached[start] = true
            var stack = [start]
            while let node = stack.popLast() {
                for relation in relations where relation.to.offset == node && !reached[relation.from.offset] {
                    reached[relation.from.offset] = true
                    stack.append(relation.from.offset)
                }
            }
        }
        for node in 0..<nodeCount where !bearsOnSomething[node] {
            roots.append(NodeID(node))
            walk(from: node)
        }
        for node in 0..<nodeCount where !reached[node] {
            roots.append(NodeID(node))
            walk(from: node)
        }
        return roots.sorted()
    }

    private func roots(nodeCount: Int, _ edges: [(from: Int, to: Int)]) -> [NodeID] {
        let location = SourceLocation(file: "t.argdown", line: 1, column: 1)
        let relations = edges.map { Relation(from: NodeID($0.from), to: NodeID($0.to), kind: .support, location: location) }
        let found = AdjacencyIndex.roots(
            nodeCount: nodeCount, relations: relations, incoming: AdjacencyIndex.incoming(nodeCount: nodeCount, relations: relations))
        #expect(found == walkedRoots(nodeCount: nodeCount, relations: relations))
        return found
    }

    @Test func aTreeWrittenTopDownHasItsThesisAsItsOnlyRoot() {
        #expect(roots(nodeCount: 5, [(1, 0), (2, 1), (3, 1), (4, 0)]) == [NodeID(0)])
    }

    /// `[A]` then `+> [B]` then `+> [C]`, nested: each relation leads to a node written after it.
    @Test func aLongChainOfRelationsToLaterNodes() {
        let chain = (0..<40).map { (from: $0, to: $0 + 1) }
        #expect(roots(nodeCount: 41, chain) == [NodeID(40)])
    }

    /// A chain whose links are listed every other one, so each sweep settles a link or two: the rest is walked.
    @Test func aChainTheSweepsCannotSettleIsWalked() {
        let links = Array(stride(from: 39, through: 0, by: -2)) + Array(stride(from: 38, through: 0, by: -2))
        #expect(roots(nodeCount: 41, links.map { (from: $0, to: $0 + 1) }) == [NodeID(40)])
    }

    @Test func aCycleThatReachesNothingElseIsRootedAtItsFirstNode() {
        #expect(roots(nodeCount: 6, [(1, 0), (2, 3), (3, 4), (4, 2), (5, 3)]) == [NodeID(0), NodeID(2)])
    }

    @Test(arguments: 1...60)
    func randomGraphsGiveTheWalksRoots(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let nodeCount = Int.random(in: 1...80, using: &random)
        let edgeCount = Int.random(in: 0...(nodeCount * 2), using: &random)
        let backwardsShare = Double.random(in: 0...1, using: &random)
        let edges = (0..<edgeCount).map { _ in
            let from = Int.random(in: 0..<nodeCount, using: &random)
            // Mostly to nodes written before, as a map read from a file relates them, in some graphs.
            let backwards = Double.random(in: 0...1, using: &random) < backwardsShare && from > 0
            return (from: from, to: backwards ? Int.random(in: 0..<from, using: &random) : Int.random(in: 0..<nodeCount, using: &random))
        }
        _ = roots(nodeCount: nodeCount, edges)
    }
}

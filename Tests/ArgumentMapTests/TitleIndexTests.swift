import Testing
@testable import ArgumentMap

@Suite struct TitleIndexTests {
    private let here = SourceLocation(file: "t.argdown", line: 1, column: 1)

    private func nodes(_ titles: [String]) -> [Node] {
        titles.enumerated().map { Node(id: NodeID($0.offset), kind: .statement, title: $0.element, location: here) }
    }

    /// Titles looked up page by page find what one look-up at a time finds, and those not found get
    /// the ids they are settled with, as if each had been inserted in turn.
    @Test func lookingUpManyTitlesAtOnceFindsWhatOneAtATimeFinds() {
        let present = (0..<20_000).map { "Claim \($0 * 2)" }
        var index = TitleIndex()
        var all = nodes(present)
        for offset in all.indices { _ = index.findOrInsert(all[offset].title, newID: NodeID(offset), in: all) }
        let batch = (0..<10_000).map { "Claim \($0 * 3)" }
        let (found, reservations) = index.findOrReserve(batch, in: all)
        #expect(found.enumerated().allSatisfy { ($1 == nil) == ($0 % 2 == 1) })
        #expect(found[2] == NodeID(3))
        #expect(index.find("Claim 3", in: all) == nil)
        var ids: [NodeID] = []
        for (title, existing) in zip(batch, found) {
            guard let existing else {
                ids.append(NodeID(all.count))
                all.append(Node(id: NodeID(all.count), kind: .statement, title: title, location: here))
                continue
            }
            ids.append(existing)
        }
        index.settle(reservations) { ids[$0] }
        for (title, id) in zip(batch, ids) { #expect(index.find(title, in: all) == id) }
        #expect(index.find("Claim 3", in: all).map { all[$0.offset].title } == "Claim 3")
        #expect(index.find("Claim 4", in: all) == NodeID(2))
        #expect(index.find("Claim 5", in: all) == nil)
    }

    /// A table of few titles whose nodes lie far into the node array (the arguments of a map of
    /// many statements) finds each, also after it has grown for larger indices and more titles.
    @Test func titlesOfNodesFarIntoTheArrayAreFoundAfterTheTableGrows() {
        let here = here
        var all = (0..<70_000).map { Node(id: NodeID($0), kind: .argument, title: "Argument \($0)", location: here) }
        var index = TitleIndex()
        for offset in stride(from: 3, to: all.count, by: 7) {
            #expect(index.findOrInsert(all[offset].title, newID: NodeID(offset), in: all) == nil)
        }
        #expect(index.findOrInsert("Argument 10", newID: NodeID(all.count), in: all) == NodeID(10))
        all.append(Node(id: NodeID(all.count), kind: .argument, title: "Argument new", location: here))
        #expect(index.findOrInsert("Argument new", newID: NodeID(all.count - 1), in: all) == nil)
        for offset in all.indices { #expect(index.find(all[offset].title, in: all) == (offset % 7 == 3 || offset == all.count - 1 ? NodeID(offset) : nil)) }
    }
}

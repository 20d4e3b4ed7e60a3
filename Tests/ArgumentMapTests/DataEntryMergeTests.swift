import Testing
@testable import ArgumentMap

/// Merging data keeps each key where it first appeared and the value it was given last.
@Suite struct DataEntryMergeTests {
    @Test func laterValuesReplaceEarlierOnesInPlace() {
        var data = [DataEntry("a", .number(1)), DataEntry("b", .number(2))]
        data.merge([DataEntry("c", .number(3)), DataEntry("a", .number(4)), DataEntry("c", .number(5))])
        #expect(data == [DataEntry("a", .number(4)), DataEntry("b", .number(2)), DataEntry("c", .number(5))])
    }

    @Test func aMappingOfManyKeysIsReadWhole() {
        let keys = (0..<5_000).map { "k\($0): \($0)" }.joined(separator: ", ")
        let parsed = ParsedArgdown("===\nsources: {" + (0..<5_000).map { "s\($0): f\($0).txt" }.joined(separator: ", ") + "}\n===\n\n[A]: a {\(keys)}\n")
        #expect(parsed.map.sources.count == 5_000)
        #expect(parsed.map.sources.last?.location.column == 11 + (0..<4_999).reduce(0) { $0 + "s\($1): f\($1).txt, ".count })
        #expect(parsed["[A]"]?.data.count == 5_000)
        #expect(parsed["[A]"]?.data.first == DataEntry("k0", .number(0)))
    }
}

import Testing
@testable import ArgumentMap

/// What fuzzing found, as a user meets it. The inputs themselves are replayed by `FuzzCorpusTests`.
@Suite struct HostileFuzzFindingsTests {
    @Test func aQuoteNeverMatchesPartOfACharacter() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("s.txt", "Say cafe\u{301} once, then cafe plainly, then e\u{301}t\u{E9}.\n")
        var map = CitingMap()
        map.declare("s", file: "s.txt")
        map.cite("Plain", source: "s", quote: "cafe")
        map.cite("Accent", source: "s", quote: "e")
        let loaded = map.resolve(in: folder)
        #expect(loaded.citations.map(\.span.description) == ["1:21-24"])
        #expect(loaded.diagnostics.map(\.message) == [
            "[Accent]: quote \"e\" occurs 4 times in source `s` (line 1); add `prefix:` or `suffix:` with the words just before or after the one you mean",
        ])
    }

    @Test func aYAMLErrorAtTheEndOfTheFileIsReportedInsideIt() {
        let parsed = ParsedArgdown("[Claim]: text {\n  source: x\"\n  weight: }")
        #expect(parsed.errors.count == 1)
        let location = try? #require(parsed.diagnostics.first?.location)
        #expect(location.map { $0.line <= 3 } == true, "\(parsed.errors)")
    }
}

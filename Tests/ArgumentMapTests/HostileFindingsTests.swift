import Testing
@testable import ArgumentMap

/// What fuzzing and hostile input found, each as a user meets it. The fuzzer's own inputs are
/// replayed by `FuzzCorpusTests`.
@Suite struct HostileFindingsTests {
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

    /// Found by the fuzzer: YAML that ends mid-mapping was reported one line past the end of the file.
    @Test func aYAMLErrorAtTheEndOfTheFileIsReportedInsideIt() {
        let bytes = Array("[Cla=im]: with block data {\n  source: reeveral lines\"\n  wei".utf8) + [0xA2, 0x97, 0x8B, 0xC5, 0xDF, 0xC5, 0xDF, 0x81, 0x7D, 0x04]
        let parsed = ParsedArgdown(bytes: bytes)
        #expect(parsed.errors.last == "t.argdown:3:3: error: malformed data (YAML): could not find expected ':' while scanning a simple key that starts here; check the brackets, quotes and the space after each colon")
        #expect(parsed.diagnostics.allSatisfy { $0.location.line <= 3 })
    }

    /// Ten lines of aliases of aliases stand for ten billion values; they used to hang the reader.
    @Test func yamlAliasesAreRefusedBeforeTheyExpand() {
        var lines = ["===", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1..<10 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        let parsed = ParsedArgdown((lines + ["===", "[a]: text {note: \"a * b\", also: a *b}"]).joined(separator: "\n"))
        #expect(parsed.errors == ["t.argdown:3:10: error: data uses the YAML alias *a0; aliases are not supported in map data, so write the value out"])
        #expect(parsed["[a]"]?.data["also"] == .string("a *b"))
    }

    @Test func aControlCharacterInYAMLIsPlacedAndNamed() {
        let parsed = ParsedArgdown("[a]: t {\n  k: \"bad \u{1B} char\"\n}\n")
        #expect(parsed.errors == [
            "t.argdown:2:11: error: malformed data (YAML): control characters are not allowed (U+001B); remove it, or write it as an escape such as \\u001B inside double quotes",
        ])
    }

    @Test func yamlNestedBeyondTheParsersLimitGetsTheSameMessageAsDeepData() {
        let parsed = ParsedArgdown("===\na: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n===\n[x]: y\n")
        #expect(parsed.errors == ["t.argdown:2:5: error: data is nested more than 64 levels deep; flatten it"])
        #expect(parsed["[x]"]?.text == "y")
    }
}

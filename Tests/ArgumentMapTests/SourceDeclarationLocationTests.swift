import Testing
@testable import ArgumentMap

/// A source's declaration is placed at its key in the front matter, so problems with it point there.
@Suite struct SourceDeclarationLocationTests {
    @Test func blockStyleDeclarationsAreAtTheirKeys() {
        let parsed = ParsedArgdown("===\ntitle: More\nsources:\n  m: nothere.txt\n  \"r\": {file: r.txt, title: R}\n  bad: {title: x}\n===\n\n[A]: a\n")
        #expect(parsed.map.sources.map(\.location.description) == ["t.argdown:4:3", "t.argdown:5:3"])
        #expect(parsed.errors == ["t.argdown:6:3: error: source `bad` has no file; write `bad: {file: PATH}` with PATH relative to the map"])
    }

    @Test func flowStyleDeclarationsAreAtTheirKeys() {
        let parsed = ParsedArgdown("\n===\nsources: {report: {file: report.txt}, thread: thread.txt}\n===\n")
        #expect(parsed.map.sources.map(\.location.description) == ["t.argdown:3:11", "t.argdown:3:39"])
    }

    @Test func aSourceNamedLikeAFieldIsFoundAsAKeyNotAsAField() {
        let parsed = ParsedArgdown("===\nsources:\n  a: {file: a.txt}\n  file: f.txt\n===\n")
        #expect(parsed.map.sources.map(\.location.line) == [3, 4])
    }
}

import Testing
@testable import ArgumentMap

/// A source file that is missing is one error at its declaration and one per node citing it, no more.
@Suite struct MissingSourceReportTests {
    @Test func eachCitingNodeIsNamedOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let map = try folder.write("m.argdown", """
            ===
            sources:
              report: gone.txt
            ===

            [A]: a {cites: [{source: report, quote: "one"}, {source: report, quote: "two"}]}
            [B]: b {source: report, quote: "three"}

            """)
        let loaded = try MapLoader().load(map)
        let messages = loaded.diagnostics.map { "\($0.location.line): \($0.severity): \($0.message)" }
        #expect(messages.count == 3)
        #expect(messages[0].hasPrefix("3: error: source `report`: no file at"))
        #expect(messages[1] == "6: error: [A] cites source `report`, which could not be loaded (see its declaration)")
        #expect(messages[2] == "7: error: [B] cites source `report`, which could not be loaded (see its declaration)")
    }

    @Test func manyCitingNodesAddNoCountingNote() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let claims = (1...12).map { "[C\($0)]: c {source: report, quote: \"q\($0)\"}" }.joined(separator: "\n")
        let map = try folder.write("m.argdown", "===\nsources:\n  report: gone.txt\n===\n\n" + claims + "\n")
        let loaded = try MapLoader().load(map)
        #expect(loaded.diagnostics.count == 13)
        #expect(loaded.diagnostics.allSatisfy { $0.severity == .error })
    }
}

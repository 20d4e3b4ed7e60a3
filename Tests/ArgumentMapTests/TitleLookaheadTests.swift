@testable import ArgumentMap
import Testing

/// The glance at the next line's title, which asks for its look-up ahead of the parser.
struct TitleLookaheadTests {
    private func glance(_ text: String) -> (title: String, kind: NodeKind)? {
        Array(text.utf8).withUnsafeBufferPointer { bytes in
            TitleLookahead.title(inLineAt: 0, of: bytes).map { (String(decoding: $0.title, as: UTF8.self), $0.kind) }
        }
    }

    @Test(arguments: [
        ("[Claim 4]: text", "Claim 4", NodeKind.statement),
        ("    + [Claim 4]: text", "Claim 4", .statement),
        ("\t- [Claim 4]", "Claim 4", .statement),
        ("  <+ <Argument 12>: text", "Argument 12", .argument),
        ("  _ <Argument 12>", "Argument 12", .argument),
        ("      >< [Ü ber]: text", "Ü ber", .statement),
        ("<Argument 1>: text", "Argument 1", .argument),
    ])
    func findsTheTitleALineOpensWith(line: String, title: String, kind: NodeKind) throws {
        let found = try #require(glance(line))
        #expect(found.title == title)
        #expect(found.kind == kind)
    }

    @Test(arguments: [
        "plain text", "# [Heading]", "  + text [later]", "[unclosed", "[a\\]b]: escaped", "<+ ", "",
        "[" + String(repeating: "x", count: 200) + "]",
    ])
    func findsNothingWhereALineOpensWithNoTitle(line: String) {
        #expect(glance(line) == nil)
    }

    @Test func stopsAtTheLineEnd() {
        #expect(glance("[Claim\n4]") == nil)
    }
}

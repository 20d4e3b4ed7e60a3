import Foundation
import Testing

/// The browser driven by keys in a real terminal, read back from the screen.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, TmuxSession.missingMessage))
struct BrowserWalkTests {
    static let map = """
        ===
        title: Test debate
        ===

        [Thesis A]: Capability comes from scaling.
          + [Loss falls]: Loss keeps falling with scale.
            - [Benchmarks saturate]: Benchmarks stop measuring progress.
          - [Data wall]: High-quality data ran short.

        [Thesis B]: Capability comes from RL.
          + [Reasoning]: RL taught models to reason.
        """

    /// Opens `map` (the test map by default), runs `body` once the browser shows `ready`,
    /// then quits with q and expects a clean exit.
    private func withBrowser(
        map: String = Self.map, environment: [String: String] = [:], ready: String = "│ 1/6",
        _ body: (TmuxSession) throws -> Void
    ) throws {
        let mapFile = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-e2e-\(UUID().uuidString).argdown")
        try map.write(to: mapFile, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: mapFile) }
        try TmuxProgram.browse(arguments: [mapFile.path], environment: environment, ready: ready, body)
    }

    /// The outline column only: each row up to the detail pane's border (its last │; tree guides come before).
    private func outline(_ screen: String) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false)
            .map { row in row.lastIndex(of: "│").map { row[..<$0] } ?? row }
            .joined(separator: "\n")
    }

    @Test func walkDownUpAndToBothEnds() throws {
        try withBrowser { tmux in
            try tmux.press("j", "Down", until: "│ 3/6")
            try tmux.waitFor("[Benchmarks saturate]")
            try tmux.press("G", until: "│ 6/6")
            try tmux.press("k", until: "│ 5/6")
            try tmux.press("Home", until: "│ 1/6")
            try tmux.press("End", until: "│ 6/6")
        }
    }

    @Test func foldAllThenUnfoldAll() throws {
        try withBrowser { tmux in
            try tmux.press("z", until: "│ 1/2")
            let folded = outline(try tmux.screen())
            #expect(!folded.contains("Loss falls"))
            #expect(folded.contains("Thesis A [+1 −2]"))
            try tmux.press("Z", until: "│ 1/6")
            #expect(outline(try tmux.screen()).contains("Benchmarks saturate"))
        }
    }

    @Test func unfoldToADepth() throws {
        try withBrowser { tmux in
            try tmux.press("z", until: "│ 1/2")
            try tmux.press("2", until: "│ 1/5")
            let screen = outline(try tmux.screen())
            #expect(screen.contains("Loss falls"))
            #expect(!screen.contains("Benchmarks saturate"))
        }
    }

    @Test func searchAsYouTypeThenAccept() throws {
        try withBrowser { tmux in
            try tmux.send("/")
            try tmux.type("Reas")
            try tmux.waitFor("[Reasoning]")
            try tmux.press("Enter", until: "│ 6/6 │ /Reas")
        }
    }

    /// On a map larger than one key looks at (a slice of its claims), the search goes on
    /// between keys: typing the title of a claim far on finds it with no further key.
    @Test func aFarClaimIsFoundWithNoFurtherKey() throws {
        let folder = try TemporaryFolderForOutput()
        defer { folder.remove() }
        let mapPath = try folder.generatedMap(nodes: 250_000)
        try TmuxProgram.browse(arguments: [mapPath], ready: "Thesis 1") { tmux in
            try tmux.waitUntil("the whole map is read", within: BrowserBeginningTests.wholeMapPatience) { !$0.contains("reading generated.argdown") }
            try tmux.send("/")
            try tmux.type("Claim 249999")
            let found = try tmux.waitFor("[Claim 249999]")
            #expect(!found.contains("searching"), "\(found)")
            try tmux.press("Enter", until: "/Claim 249999")
        }
    }

    @Test func markADisputedClaimAndListTheMarks() throws {
        try withBrowser { tmux in
            try tmux.press("G", until: "│ 6/6")
            try tmux.press("d", until: "Reasoning ⚑")
            try tmux.press("m", until: "Marks (1)")
            #expect(try tmux.screen().contains("⚑ Reasoning"))
            try tmux.press("Escape", until: "│ 6/6")
        }
    }

    @Test func helpListsTheKeysAndGoesBack() throws {
        try withBrowser { tmux in
            try tmux.press("j", until: "│ 2/6")
            try tmux.press("?", until: "argmap keys")
            #expect(try tmux.screen().contains("fold everything"))
            try tmux.press("Escape", until: "│ 2/6")
        }
    }

    @Test func colorsUnlessNOCOLORIsSet() throws {
        try withBrowser { tmux in
            let styled = try tmux.styledScreen()
            #expect(Self.hasColor(styled))
        }
        try withBrowser(environment: ["NO_COLOR": "1"]) { tmux in
            let styled = try tmux.styledScreen()
            #expect(!Self.hasColor(styled))
            #expect(styled.contains("\u{1B}["), "bold and reverse video stay without color")
        }
    }

    @Test func asciiGlyphsWithoutAUTF8Locale() throws {
        try withBrowser(environment: ["LANG": "C", "LC_ALL": "C"], ready: "| 1/6") { tmux in
            let screen = try tmux.screen()
            #expect(screen.contains("Loss falls"))
            #expect(!screen.unicodeScalars.contains { !$0.isASCII }, "non-ASCII on an ASCII terminal:\n\(screen)")
            let help = try tmux.press("?", until: "argmap keys")
            #expect(help.contains("j Down") && help.contains("k Up"), "the arrow keys are named, not shown as ?:\n\(help)")
            #expect(!help.contains("j ?") && !help.contains("k ?"), "\(help)")
            try tmux.press("Escape", until: "| 1/6")
        }
    }

    @Test func escapeSequencesInTheMapAreShownNotObeyed() throws {
        let hostile = "[Evil]: title \u{1B}]0;PWNED\u{07} clear \u{1B}[2J red \u{1B}[31mred\n  + [Fine]: ok\n"
        try withBrowser(map: hostile, ready: "│ 1/2") { tmux in
            try tmux.waitFor("\\e]0;PWNED")
            #expect(try tmux.display("#{pane_title}") != "PWNED")
            #expect(try tmux.screen().contains("[Evil]"))
        }
    }

    @Test func wideCharactersKeepTheColumnsAndCanBeSearchedFor() throws {
        let map = "[漢字の主張]: 中文の本文 🙂 with wide text.\n  + [Emoji 🙂 claim]: 🙂🙂🙂 smiles.\n  - [Plain]: plain.\n"
        try withBrowser(map: map, ready: "│ 1/3") { tmux in
            try tmux.send("/")
            try tmux.type("漢字")
            try tmux.press("Enter", until: "/漢字")
            let rows = try tmux.screen().split(separator: "\n").filter { $0.contains("主張") || $0.contains("claim") || $0.contains("Plain") }
            let borders = Set(rows.compactMap { row in row.lastIndex(of: "│").map { Self.columns(row[..<$0]) } })
            #expect(rows.count >= 3)
            #expect(borders.count == 1, "the detail pane's border moved on rows with wide characters:\n\(rows.joined(separator: "\n"))")
        }
    }

    /// Display columns of the test's own characters: its CJK and emoji take two.
    static func columns(_ text: Substring) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            switch scalar.value {
            case 0x3040...0x9FFF, 0x1F300...0x1FAFF: total + 2
            default: total + 1
            }
        }
    }

    /// Whether any SGR sequence in `styled` sets a foreground or background color.
    static func hasColor(_ styled: String) -> Bool {
        var rest = Substring(styled)
        while let start = rest.range(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(where: { !($0.isNumber || $0 == ";") }) else { break }
            if rest[end] == "m" {
                let parameters = rest[..<end].split(separator: ";").compactMap { Int($0) }
                if parameters.contains(where: { (30...38).contains($0) || (40...48).contains($0) || (90...107).contains($0) }) {
                    return true
                }
            }
            rest = rest[end...]
        }
        return false
    }
}

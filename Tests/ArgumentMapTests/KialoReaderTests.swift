import Foundation
import Testing
@testable import ArgumentMap

@Suite("Kialo reader")
struct KialoReaderTests {
    func node(_ map: ArgumentMap, kialo number: String) throws -> Node {
        try #require(map.nodes.first { $0.data["kialo"] == .string(number) }, "no claim \(number)")
    }

    func relationKinds(_ map: ArgumentMap, from: Node, to: Node) -> [RelationKind] {
        map.relations.filter { $0.from == from.id && $0.to == to.id }.map(\.kind)
    }

    @Test func readsTheOlderLayoutWithWindowsLineEndings() throws {
        let (map, diagnostics) = KialoReader.read(bytes: try FormatFixture.bytes("kialo-old.txt"), file: "old.txt")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(map.title == "Should cities ban cars from their centres?")
        #expect(map.nodes.count == 9)
        #expect(!map.nodes.contains { $0.text.contains("\r") || $0.title.contains("\r") })
        let banCars = try node(map, kialo: "1")
        let freeTransport = try node(map, kialo: "2")
        #expect(map.roots == [banCars.id, freeTransport.id])
        #expect(banCars.title == "Cities should ban cars from their")
    }

    @Test func proSupportsAndConAttacks() throws {
        let (map, _) = KialoReader.read(bytes: try FormatFixture.bytes("kialo-old.txt"), file: "old.txt")
        let cleanAir = try node(map, kialo: "1.1")
        #expect(relationKinds(map, from: cleanAir, to: try node(map, kialo: "1")) == [.support])
        #expect(relationKinds(map, from: try node(map, kialo: "1.1.1"), to: cleanAir) == [.attack])
    }

    @Test func continuationLinesJoinTheClaimEvenWhenTheyStartWithANumber() throws {
        let (map, _) = KialoReader.read(bytes: try FormatFixture.bytes("kialo-old.txt"), file: "old.txt")
        let weather = try node(map, kialo: "1.1.1")
        #expect(weather.text == "Air quality depends mostly on weather and industry, not on traffic in a few streets. 1. This line continues the claim above and is not a thesis.")
        #expect(map.theses.count == 2)
    }

    @Test func escapedParenthesesAndMarkdownLinksAreCleanedUp() throws {
        let (map, _) = KialoReader.read(bytes: try FormatFixture.bytes("kialo-old.txt"), file: "old.txt")
        let cleanAir = try node(map, kialo: "1.1")
        #expect(cleanAir.text == "Car-free centres have cleaner air (see the [EEA report](https://example.org/eea_2020)).")
        #expect(cleanAir.title == "Car-free centres have cleaner air")
    }

    @Test func seeLinksReuseTheLinkedClaim() throws {
        let (map, _) = KialoReader.read(bytes: try FormatFixture.bytes("kialo-old.txt"), file: "old.txt")
        let safer = try node(map, kialo: "1.3")
        #expect(map.parentCount(safer.id) == 3)
        #expect(relationKinds(map, from: safer, to: try node(map, kialo: "1.1")) == [.support])
        #expect(relationKinds(map, from: safer, to: try node(map, kialo: "2")) == [.support])
        #expect(!map.nodes.contains { $0.text.hasPrefix("-> See 1.3") })
    }

    @Test func linksToOtherDiscussionsAreKeptAsData() throws {
        let (map, _) = KialoReader.read(bytes: try FormatFixture.bytes("kialo-old.txt"), file: "old.txt")
        let link = try node(map, kialo: "1.2.1")
        #expect(link.data["kialo-discussion"] == .number(4512))
        #expect(link.text == "-> See discussion #4512: Do pedestrian zones hurt retail?")
        #expect(relationKinds(map, from: link, to: try node(map, kialo: "1.2")) == [.attack])
    }

    @Test func readsTheNewerLayoutWithIndentedTextAndSources() throws {
        let (map, diagnostics) = KialoReader.read(bytes: try FormatFixture.bytes("kialo-new.txt"), file: "new.txt")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(map.title == "Is remote work better for software teams?")
        #expect(map.nodes.count == 5)
        let thesis = try node(map, kialo: "1")
        #expect(thesis.text == "Remote work is better for software teams.")
        let focus = try node(map, kialo: "1.1")
        #expect(focus.data["references"] == .list([.string("[1] Smith, Focus at Work (2021). \"Uninterrupted blocks doubled output.\"")]))
        let onboarding = try node(map, kialo: "1.2")
        #expect(onboarding.data["references"]?.list?.count == 2)
        #expect(onboarding.data["references"]?.list?.first == .string("[2] Jones, Remote Onboarding, a survey of 300 teams."))
        #expect(relationKinds(map, from: onboarding, to: thesis) == [.attack])
        #expect(relationKinds(map, from: try node(map, kialo: "1.2.1"), to: onboarding) == [.support])
        let knowledge = try node(map, kialo: "1.1.1")
        #expect(knowledge.text.hasSuffix("a team needs some of them. 1. This numbered line is part of the text."))
    }

    @Test func sameFirstWordsGetDistinctTitles() {
        let text = """
        Discussion Title: Titles
        1. The same words start every claim here.
        1.1. Pro: The same words start every claim here, again.
        1.2. Con: The same words start every claim here, too.
        """
        let (map, _) = KialoReader.read(text, file: "titles.txt")
        #expect(map.nodes.map(\.title) == ["The same words start every claim", "The same words start every claim (2)", "The same words start every claim (3)"])
    }

    @Test func thousandsOfClaimsAllArrive() {
        var lines = ["Discussion Title: Big", "1. Root claim"]
        for child in 1...3000 {
            lines.append("1.\(child). \(child.isMultiple(of: 2) ? "Pro" : "Con"): Reason number \(child) for the root")
            lines.append("1.\(child).1. Con: Objection to reason \(child)")
        }
        let (map, diagnostics) = KialoReader.read(lines.joined(separator: "\n"), file: "big.txt")
        #expect(diagnostics.isEmpty)
        #expect(map.nodes.count == 6001)
        #expect(map.relations.count == 6000)
        #expect(Set(map.nodes.map(\.title)).count == 6001)
    }

    @Test func aFileWithoutClaimsIsReportedWithItsLocation() {
        let (map, diagnostics) = KialoReader.read("Discussion Title: Empty\n\nnothing here\n", file: "empty.txt")
        #expect(map.nodes.isEmpty)
        #expect(diagnostics.map(\.description) == ["empty.txt:1:1: error: no Kialo claims found; a Kialo export has numbered lines such as `1. Thesis` and `1.1. Pro: a reason`"])
    }

    @Test(arguments: [
        "===\ntitle: T\n===\n\n[A]: a\n",
        "# Heading\n\n[A]: a\n  + <B>: b\n",
        "Notes first.\n\n  - [Attack]: no\n",
    ])
    func anArgdownMapReadAsKialoIsCalledArgdown(text: String) {
        let (_, diagnostics) = KialoReader.read(text, file: "map.txt")
        #expect(diagnostics.map(\.description) == [
            "map.txt:1:1: error: this looks like an Argdown map, not a Kialo export (it has no numbered Kialo claims); read it with --from argdown (for tree, --input-format argdown), or name it .argdown",
        ])
    }

    @Test func aFileLikeNeitherSuggestsArgdownToo() {
        let (_, diagnostics) = KialoReader.read("Just notes\nabout things\n", file: "notes.txt")
        #expect(diagnostics.map(\.description) == [
            "notes.txt:1:1: error: no Kialo claims found; a Kialo export has numbered lines such as `1. Thesis` and `1.1. Pro: a reason`; for an Argdown map, use --from argdown (for tree, --input-format argdown)",
        ])
    }

    @Test func aBinaryFileIsRefused() {
        let (map, diagnostics) = KialoReader.read(bytes: [0x31, 0x2E, 0x20, 0x00, 0xFF], file: "blob.txt")
        #expect(map.nodes.isEmpty)
        #expect(diagnostics.first?.description.hasPrefix("blob.txt:1:1: error: this is a binary file") == true)
    }

    @Test func aSeeLinkToAMissingClaimIsKeptAsTextWithAWarning() {
        let (map, diagnostics) = KialoReader.read("1. Root\n1.1. Pro: -> See 1.9.\n", file: "see.txt")
        #expect(map.nodes.count == 2)
        #expect(diagnostics.map(\.description) == ["see.txt:2:1: warning: claim 1.1 links to claim 1.9, which is not in this file; it is kept as text"])
    }

    @Test func formatDetectionRecognisesEachFormat() {
        #expect(MapFormat.detect(path: "a.md", bytes: Array("Discussion Title: X\n\n1. Y\n".utf8)) == .kialo)
        #expect(MapFormat.detect(path: "a", bytes: Array("Discussion Name:\nX\n".utf8)) == .kialo)
        #expect(MapFormat.detect(path: "a.txt", bytes: Array("  {\"nodes\": []}".utf8)) == .aif)
        #expect(MapFormat.detect(path: "a.argdown", bytes: Array("[A]: text\n  + [B]: more\n".utf8)) == .argdown)
        #expect(MapFormat.detect(path: "debate", bytes: Array("1. Thesis\n1.1. Pro: yes\n".utf8)) == .kialo)
    }
}

@Suite("Kialo reader edge cases")
struct KialoReaderEdgeCaseTests {
    @Test func aByteOrderMarkAndThesisChildrenOfAQuestion() throws {
        let text = "\u{FEFF}Discussion Name: Which energy source?\n\n1. Thesis:\n  Which energy source should we build?\n\n1.1. Thesis:\n    Wind.\n\n1.1.1. Pro:\n      It is cheap.\n\n1.2. Thesis:\n    Nuclear.\n"
        let (map, diagnostics) = KialoReader.read(bytes: Array(text.utf8), file: "q.txt")
        #expect(diagnostics.isEmpty)
        #expect(map.title == "Which energy source?")
        let wind = try #require(map.node(titled: "Wind"))
        #expect(map[wind].tags == ["thesis"])
        #expect(map.theses.map { map[$0].title } == ["Wind", "Nuclear"])
        #expect(map.incoming(wind).map(\.kind) == [.support])
    }

    @Test func aLabelledClaimWithoutItsParentIsReportedAndKeptAsText() {
        let (map, diagnostics) = KialoReader.read("1. Root\n1.4.2. Pro: orphan\n", file: "orphan.txt")
        #expect(map.nodes.map(\.text) == ["Root 1.4.2. Pro: orphan"])
        #expect(diagnostics.map(\.description) == ["orphan.txt:2:1: warning: claim 1.4.2 has no parent claim 1.4 before it; its line is read as text of the claim above"])
    }

    @Test func aClaimLineWithATypoIsReportedWhereItGoesWrongAndReadAsText() {
        let lines = ["1. Root", "1.1. Pro: First", "1.2 Pro: missing dot", "1.3. Maybe: unknown kind", "1.4.Con: no space", "1.5. Pro:tight", "1.6. con: lower case"]
        let (map, diagnostics) = KialoReader.read(lines.joined(separator: "\n"), file: "typo.txt")
        #expect(map.nodes.map(\.text) == ["Root", lines[1...].joined(separator: " ").dropFirst("1.1. Pro: ".count).description])
        #expect(diagnostics.map(\.description) == [
            "typo.txt:3:4: warning: this claim number has no dot after it; write `1.2. Pro: text`; the line is read as text of claim 1.1",
            "typo.txt:4:6: warning: `Maybe:` is no kind of claim; a claim line reads `1.3. Pro: text`, `1.3. Con: text` or `1.3. Thesis: text`; the line is read as text of claim 1.1",
            "typo.txt:5:5: warning: this claim number has no space after its dot; write `1.4. Con: text`; the line is read as text of claim 1.1",
            "typo.txt:6:10: warning: `Pro:` has no space after it; write `1.5. Pro: text`; the line is read as text of claim 1.1",
            "typo.txt:7:6: warning: `con:` is no kind of claim; a claim line reads `1.6. Pro: text`, `1.6. Con: text` or `1.6. Thesis: text`; the line is read as text of claim 1.1",
        ])
    }

    @Test func textThatOnlyStartsWithANumberContinuesAClaimSilently() {
        let lines = ["1. Root", "1.1. Pro: A claim over lines:", "3. The third point, as a list in the claim.", "1.5 million: the people it concerns.", "3.2.1 Lift-off", "1.2.3. and so on"]
        let (map, diagnostics) = KialoReader.read(lines.joined(separator: "\n"), file: "text.txt")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(map.nodes.count == 2)
    }

    @Test func aGapInTheNumberingIsReportedAndTheClaimKeptWhereItsNumberPutsIt() {
        let (map, diagnostics) = KialoReader.read("1. Root\n1.1. Pro: Reason\n1.1.3. Con: Objection\n", file: "gap.txt")
        #expect(map.nodes.map(\.text) == ["Root", "Reason", "Objection"])
        #expect(map.relations.map { "\(map[$0.from].text) \($0.kind) \(map[$0.to].text)" } == ["Reason support Root", "Objection attack Reason"])
        #expect(diagnostics.map(\.description) == ["gap.txt:3:1: warning: claim 1.1.3 comes with no claim 1.1.1 before it; it is read as a claim under claim 1.1, with a gap in the numbering"])
    }

    @Test func aClaimNumberedBelowOneBeforeItIsReportedAndReadAsText() {
        let (map, diagnostics) = KialoReader.read("1. Root\n1.1. Pro: A\n1.2. Con: B\n1.1. Pro: C\n", file: "order.txt")
        #expect(map.nodes.map(\.text) == ["Root", "A", "B 1.1. Pro: C"])
        #expect(diagnostics.map(\.description) == ["order.txt:4:1: warning: claim 1.1 comes after claim 1.2, but Kialo numbers the claims under claim 1 in order; its line is read as text of claim 1.2"])
    }
}

@Suite("Kialo reader on random input")
struct KialoReaderRandomInputTests {
    /// Lines made of Kialo's own pieces in random order: whatever they say, the reader ends,
    /// gives every node a distinct title, and relates only nodes it made.
    @Test(arguments: 1...100)
    func randomExportsReadWithoutTrouble(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let starts = ["1. ", "1.1. Pro: ", "1.1. Con: ", "1.2. Con: ", "1.1.1. Pro: ", "2. ", "1.3. Thesis:", "  ", "Sources:", "[1] ", "Discussion Title: ", "-> See 1.1.", "", "1.1.2. Pro: -> See 1."]
        let words = ["claim", "-> See 1.2.", "-> See discussion #12: other", "[1]", "[text](url)", "\\(x\\)", "\r", "1.", "é", "", "Pro:"]
        let lines = (0..<40).map { _ in
            starts.randomElement(using: &random)! + (0..<Int.random(in: 0...4, using: &random)).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
        }
        let (map, _) = KialoReader.read(lines.joined(separator: "\n"), file: "random.txt")
        #expect(Set(map.nodes.map(\.title)).count == map.nodes.count)
        #expect(map.relations.allSatisfy { $0.from.offset < map.nodes.count && $0.to.offset < map.nodes.count && $0.from != $0.to })
    }
}

@Suite("Kialo reader, read as bytes")
struct KialoReaderByteTests {
    func read(_ text: String) -> (map: ArgumentMap, diagnostics: [Diagnostic]) {
        KialoReader.read(bytes: Array(text.utf8), file: "k.txt")
    }

    func titles(_ text: String) -> [String] {
        read(text).map.nodes.map(\.title)
    }

    func relations(_ map: ArgumentMap) -> [String] {
        map.relations.map { "\(map[$0.from].data["kialo"]?.string ?? "?") \($0.kind) \(map[$0.to].data["kialo"]?.string ?? "?") line \($0.location.line)" }
    }

    @Test func windowsLineEndsAndAByteOrderMarkReadAsPlainLines() {
        let lines = ["Discussion Title: Ends", "1. Root claim  ", "1.1. Pro: A reason", "  that goes on", "", "1.1.1. Con:", "An objection"]
        let plain = read(lines.joined(separator: "\n"))
        let windows = read("\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n")
        #expect(windows.map.nodes == plain.map.nodes)
        #expect(windows.map.relations == plain.map.relations)
        #expect(windows.diagnostics == plain.diagnostics)
        #expect(plain.map.nodes.map(\.text) == ["Root claim  ", "A reason that goes on", "An objection"])
        #expect(plain.map.title == "Ends")
    }

    @Test func aThousandLevelsDeepArriveWithoutRecursion() {
        var number = "1"
        var lines = ["1. Level 1"]
        for level in 2...1000 {
            number += ".1"
            lines.append("\(number). \(level.isMultiple(of: 2) ? "Pro" : "Con"): Level \(level)")
        }
        let (map, diagnostics) = read(lines.joined(separator: "\n"))
        #expect(diagnostics.isEmpty)
        #expect(map.nodes.count == 1000)
        #expect(map.relations.count == 999)
        #expect(map.relations.last.map { map[$0.from].title } == "Level 1000")
        #expect(map.relations.last.map { map[$0.to].title } == "Level 999")
    }

    @Test func aParentThatIsNotTheLatestClaimOfItsDepthIsFoundByNumber() {
        let (map, diagnostics) = read("1. A\n1.1. Pro: B\n1.2. Pro: C\n2. D\n1.1.1. Con: E\n1.2.1. Pro: F\n")
        #expect(diagnostics.isEmpty)
        #expect(relations(map) == ["1.1 support 1 line 2", "1.2 support 1 line 3", "1.1.1 attack 1.1 line 5", "1.2.1 support 1.2 line 6"])
    }

    @Test func linksBackAndAheadAreTheLinkedClaimInTheOrderOfTheFile() {
        let (map, diagnostics) = read("1. Root\n1.1. Pro: -> See 1.3.\n1.2. Con: Middle\n1.3. Con: Later\n1.4. Pro: -> See 1.2.\n")
        #expect(diagnostics.isEmpty)
        #expect(map.nodes.map(\.title) == ["Root", "Middle", "Later"])
        #expect(relations(map) == ["1.3 support 1 line 2", "1.2 attack 1 line 3", "1.3 attack 1 line 4", "1.2 support 1 line 5"])
    }

    @Test func aLinkAheadToNoClaimKeepsItsPlaceAmongTheNodes() {
        let (map, diagnostics) = read("1. Root\n1.1. Pro: First\n1.2. Pro: -> See 1.9.\n1.3. Con: -> See 1.1.\n1.4. Con: Last\n")
        #expect(map.nodes.map(\.title) == ["Root", "First", "-> See 1.9", "Last"])
        #expect(relations(map) == ["1.1 support 1 line 2", "1.2 support 1 line 3", "1.1 attack 1 line 4", "1.4 attack 1 line 5"])
        #expect(diagnostics.map(\.description) == ["k.txt:3:1: warning: claim 1.2 links to claim 1.9, which is not in this file; it is kept as text"])
    }

    @Test func linksInACircleAreNoClaimAndSaySo() {
        let (map, diagnostics) = read("1. Root\n1.1. Pro: -> See 1.2.\n1.2. Pro: -> See 1.1.\n1.3. Con: -> See 1.2.\n1.4. Pro: -> See 1.4.\n")
        #expect(map.nodes.map(\.title) == ["Root"])
        #expect(map.relations.isEmpty)
        #expect(diagnostics.map(\.description) == [
            "k.txt:2:1: warning: claim 1.1 links to claim 1.2, whose links go round in a circle and reach no claim; it is left out",
            "k.txt:3:1: warning: claim 1.2 links to claim 1.1, whose links go round in a circle and reach no claim; it is left out",
            "k.txt:4:1: warning: claim 1.3 links to claim 1.2, whose links go round in a circle and reach no claim; it is left out",
            "k.txt:5:1: warning: claim 1.4 links to itself; it is left out",
        ])
    }

    /// `[n]` names an entry of the Sources block, kept as `references`: the text keeps the
    /// marker, the title does without it.
    @Test func sourceMarkersStayInTheTextButNotTheTitle() {
        let (map, diagnostics) = read("1. Root\n1.1. Pro: Cars pollute the air [1].\n1.2. Con: Two [2][1] sources and [a] bracket\n\nSources:\n[1] https://example.org/air\n[2] A book\n")
        #expect(diagnostics.isEmpty)
        #expect(map.nodes.map(\.title) == ["Root", "Cars pollute the air", "Two sources and [a] bracket"])
        #expect(map.nodes[1].text == "Cars pollute the air [1].")
        #expect(map.nodes[2].data["references"] == .list([.string("[2] A book"), .string("[1] https://example.org/air")]))
    }

    @Test func aClaimLinkedToFromItsOwnChildIsReported() {
        let (map, diagnostics) = read("1. Root\n1.1. Pro: -> See 1.1.1.\n1.1.1. Con: Child\n")
        #expect(map.nodes.map(\.title) == ["Root", "Child"])
        #expect(diagnostics.map(\.description) == ["k.txt:3:1: warning: claim 1.1.1 links to its own parent; the link is left out"])
    }

    @Test func wideCharactersAndMarksAreReadAsCharacters() {
        #expect(titles("1. 中文的论点很长\n1.1. Pro: 日本語の理由です。\n1.2. Con: e\u{301}te\u{301} — très chaud\n") == ["中文的论点很长", "日本語の理由です。", "été — très chaud"])
        // A mark on the space after the number joins it: not the space a header needs.
        #expect(read("1. Root\n1.1. Pro:\u{301} text\n1.2. Con: \u{301}joined\n").map.nodes.map(\.text) == ["Root", "text 1.2. Con: \u{301}joined"])
        #expect(read("1.\u{301} Root\n").map.nodes.isEmpty)
    }

    @Test func titlesThatAreTheSameStringGetNumbers() {
        // "K" and the Kelvin sign, "é" and "e" with a combining accent: equal as Swift strings.
        #expect(titles("1. K\n1.1. Pro: \u{212A}\n1.2. Con: K\n") == ["K", "\u{212A} (2)", "K (3)"])
        #expect(titles("1. caf\u{E9}\n1.1. Pro: cafe\u{301}\n") == ["caf\u{E9}", "cafe\u{301} (2)"])
    }

    @Test func readingAFileLettingGoOfItAsItGoesGivesTheSameMap() throws {
        let text = MapGenerator(nodeCount: 3000, seed: 7).generate(.kialo).map
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-kialo-\(UUID().uuidString).txt").path
        try Data(("\u{FEFF}" + text).utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let buffer = try #require(FileBuffer(path: path))
        let released = KialoReader.read(buffer: buffer, file: "g.txt", releaseStep: 4096)
        let whole = KialoReader.read(bytes: Array(text.utf8), file: "g.txt")
        #expect(released.map.nodes.count == 3000)
        #expect(released.map.nodes == whole.map.nodes)
        #expect(released.map.relations == whole.map.relations)
        #expect(released.diagnostics == whole.diagnostics)
    }
}

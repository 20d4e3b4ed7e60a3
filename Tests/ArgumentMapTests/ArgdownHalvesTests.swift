import Foundation
import Testing
@testable import ArgumentMap

/// Reading a large map in two halves at once must give exactly what one pass gives, wherever the
/// file is cut: every cut point of each input is tried.
@Suite struct ArgdownHalvesTests {
    /// All that a reader hands on: the map, its title look-ups and roots, and the diagnostics as printed.
    private struct Reading: Equatable {
        var nodes: [Node]
        var relations: [Relation]
        var sections: [Section]
        var frontMatter: [DataEntry]
        var sources: [SourceDeclaration]
        var foundByTitle: [NodeID?]
        var roots: [NodeID]
        var diagnostics: [String]

        init(_ read: (map: ArgumentMap, diagnostics: [Diagnostic])) {
            let map = read.map
            nodes = map.nodes
            relations = map.relations
            sections = map.sections
            frontMatter = map.frontMatter
            sources = map.sources
            foundByTitle = map.nodes.map { map.node(titled: $0.title, kind: $0.kind) }
            roots = map.roots
            diagnostics = read.diagnostics.map(\.description)
        }
    }

    /// The input read in one pass, and read in halves at each of its cut points.
    private func readings(of text: String) -> (whole: Reading, halves: [(cut: Int, reading: Reading)]) {
        readings(ofBytes: Array(text.utf8))
    }

    private func readings(ofBytes raw: [UInt8]) -> (whole: Reading, halves: [(cut: Int, reading: Reading)]) {
        let bytes = ArgdownInput(decoding: raw, file: "t.argdown").bytes
        let whole = Reading(ArgdownReader.read(bytes: bytes, file: "t.argdown"))
        let halves = bytes.withUnsafeBufferPointer { buffer in
            ArgdownHalves.cutPoints(in: buffer).map { cut in
                (cut, Reading(ArgdownHalves.read(buffer, file: "t.argdown", cut: cut, releaseStep: 0, releaseBehind: nil)))
            }
        }
        return (whole, halves)
    }

    private func expectSameAtEveryCut(_ text: String, cuts: Int? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        expectSameAtEveryCut(bytes: Array(text.utf8), cuts: cuts, sourceLocation: sourceLocation)
    }

    private func expectSameAtEveryCut(bytes: [UInt8], cuts: Int? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let (whole, halves) = readings(ofBytes: bytes)
        if let cuts { #expect(halves.count == cuts, "cut points", sourceLocation: sourceLocation) }
        for (cut, reading) in halves {
            #expect(reading.diagnostics == whole.diagnostics, "cut at byte \(cut)", sourceLocation: sourceLocation)
            #expect(reading == whole, "cut at byte \(cut)", sourceLocation: sourceLocation)
        }
    }

    @Test func cutPointsAreLevelOneHeadingsAfterABlankLine() {
        let text = "# A\n[a]: x\n\n# B\n## C\n\n  # not at the start\n\n#hashtag\n \t\r\n#\tD\n[b]\n# E"
        let cuts = Array(text.utf8).withUnsafeBufferPointer(ArgdownHalves.cutPoints)
        #expect(cuts == [12, 57])
        // A carriage return amid spaces is text to the parser, so the line before is not blank.
        let notBlank = Array("[a]: x {k:\n \r \n# H\n".utf8)
        #expect(notBlank.withUnsafeBufferPointer(ArgdownHalves.cutPoints) == [])
    }

    @Test func smallFilesAreReadInOnePass() {
        let small = Array(String(repeating: "# S\n[a]: x\n", count: 100).utf8)
        #expect(small.withUnsafeBufferPointer(ArgdownHalves.cut) == nil)
    }

    @Test func theBundledMap() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("maps/debate.argdown").path
        expectSameAtEveryCut(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), cuts: 11)
    }

    @Test(arguments: [(1, 400), (2, 1_500), (3, 2_500), (11, 3_000)])
    func generatedMaps(seed: UInt64, nodes: Int) {
        let generated = MapGenerator(nodeCount: nodes, seed: seed).generate(.argdown)
        let (whole, halves) = readings(of: generated.map)
        #expect(whole.nodes.count == nodes)
        #expect(!halves.isEmpty)
        for (cut, reading) in halves { #expect(reading == whole, "cut at byte \(cut)") }
    }

    @Test(arguments: FuzzCorpusTests.inputs(of: "argdown"))
    func fuzzInputs(_ input: String) throws {
        let bytes = try FuzzCorpusTests.bytes(of: input)
        guard !bytes.contains(0) else { return }  // refused as binary before any parsing
        expectSameAtEveryCut(bytes: bytes)
    }

    @Test func anUntitledStatementInALaterPart() {
        var lines = MapGenerator(nodeCount: 3_000, seed: 9).generate(.argdown).map.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let laterBlank = lines.indices.last { $0 < lines.count * 3 / 4 && lines[$0].isEmpty } ?? 0
        lines.insert(contentsOf: ["An untitled statement in the later half.", ""], at: laterBlank + 1)
        expectSameAtEveryCut(lines.joined(separator: "\n"))
    }

    @Test func definitionsReferencesAndRepeatsOnBothSides() {
        expectSameAtEveryCut("""
            # One #first {owner: ann}
            [Shared]: defined first. #alpha
              + [Later]
              - <Arg>: an argument. {source: s, quote: "q one"}
                + [Repeat]: r.
              - <Arg>
            [Only referenced]
            [Empty]:

            # Two
            [Shared]: second text is ignored. #beta #alpha
              + [Later]: defined after the cut. {k: 1}
              - <Arg>: {source: s, quote: "q one"}
                + [Repeat]
              + [New]: new here. {source: s, quote: "q two"}
            [Later]: {k: 2, j: 3}
            [Shared] #gamma

            # Three
              + [Dangling]: no parent.
            [Forward]
            """, cuts: 2)
    }

    @Test func textsGivenAgainOnBothSidesReplaceInTheOrderWritten() {
        expectSameAtEveryCut("""
            # One
            [A]: first.
            [B]: same.
            [C]:
            [D]: one.

            # Two
            [A]: second.
            [B]: same.
            [C]: given after an empty definition.
            [D]: one.
            [D]: two.

            # Three
            [A]: third.
            [B]: other.
            [D]: one.
            """, cuts: 2)
    }

    @Test func nestedSectionsAndDiagnosticsOnBothSides() {
        expectSameAtEveryCut("""
            # Top
            ## Inner {level: 2}
            [a]: text
            \t  + [b]: mixed indentation
            ~ [c]: misspelt
            [c]: text after the reference [c] too

            # Next
            [x]: x

            # Then
            ##
            [d]: text
             \t+ [e]: mixed again
                - [f]: deep
              + [g]: unmatched width
            + [h]: no parent
            <u>: undercut a statement
              _ [d]
            {stray: data}
            """, cuts: 2)
    }

    @Test func aCutInsideACommentDataOrFrontMatterReadsAsOnePass() {
        expectSameAtEveryCut("""
            ===
            title: t

            # a YAML comment
            ===

            [a]: text /* a comment

            # inside the comment
            */ still a
            [b]: data {k:

            # after data left open by the blank line
              v}

            # After
            [c]: <!-- open

            # in an HTML comment
            -->

            # Last
            [d]: x
            """, cuts: 6)
    }

    @Test func premiseConclusionStructuresAcrossTheCut() {
        expectSameAtEveryCut("""
            # One
            <A>: the argument.

            (1) [P]: premise.
            (2) [Q]: premise two.
            --
            modus ponens
            # Heading inside the expanded inference
            --
            (3) [C]: conclusion.

            # Two
            <A>

            (1) [P]
            ----
            (2) [C]

            # Three
            <B>: another.

            (1) [R]: premise.
            -- rule --
            (2) [C]
            """)
    }

    @Test func untitledNodesAcrossTheCut() {
        expectSameAtEveryCut("""
            # One
            An untitled statement.
            (1) [P]: with an untitled argument.
            ----
            (2) [Q]: conclusion.

            # Two
            Another untitled one.
            [Untitled 3]: taken by hand.
            (1) [R]: again.
            ----
            (2) [S]: again.

            # Three
            [Untitled 1]
            """, cuts: 2)
    }

    @Test func unclosedThingsAtTheEndAreReportedOnce() {
        expectSameAtEveryCut("""
            # One
            [a]: text {k: 1

            # Two
            [b]: x /* never closed

            # Three
            """, cuts: 2)
        expectSameAtEveryCut("# One\n[a]: a\n\n# Two\n[b]: b {open\n", cuts: 1)
    }

    @Test func windowsLineEndsAndAByteOrderMark() {
        expectSameAtEveryCut(bytes: [0xEF, 0xBB, 0xBF] + Array("# One\r\n[a]: x\r\n  + [b]: y\r\n\r\n# Two\r\n[b]: z\r\n  - [a]\r\n".utf8), cuts: 1)
    }

    /// Above `ArgdownHalves.minimumSize` the reader takes the two-part path on its own.
    @Test func aLargeMapThroughTheReader() {
        let generated = Array(MapGenerator(nodeCount: 32_000, seed: 5).generate(.argdown).map.utf8)
        #expect(generated.count >= ArgdownHalves.minimumSize)
        #expect(generated.withUnsafeBufferPointer(ArgdownHalves.cut) != nil)
        let halves = Reading(ArgdownReader.read(bytes: generated, file: "t.argdown"))
        let onePass = generated.withUnsafeBufferPointer { buffer in
            var parser = ArgdownParser(file: "t.argdown", bytes: buffer)
            parser.parse()
            return Reading((parser.finish(), parser.diagnostics))
        }
        #expect(halves.nodes.count == 32_000)
        #expect(halves == onePass)
    }

    /// A file read through a buffer that lets go of its pages: a mapped file's parts as soon as they
    /// are read (they read the same again), a copy's once appended, so none is needed again though
    /// a comment before the cut or a part that depends on earlier ones (untitled statements,
    /// premise-conclusion structures) makes parts be read again.
    @Test(arguments: ["", "/* a comment */ ", "<!-- a comment --> "], [false, true])
    func aLargeFileLetGoOfAsItIsRead(firstHalfPrefix: String, copying: Bool) throws {
        var lines = MapGenerator(nodeCount: 32_000, seed: 9).generate(.argdown).map.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[lines.count / 3] = firstHalfPrefix + lines[lines.count / 3]
        let laterBlank = try #require(lines.indices.last { $0 < lines.count * 3 / 4 && lines[$0].isEmpty })
        lines.insert(contentsOf: ["An untitled statement in the later half.", ""], at: laterBlank + 1)
        let bytes = Array(lines.joined(separator: "\n").utf8)
        #expect(bytes.withUnsafeBufferPointer(ArgdownHalves.cut) != nil)

        let path = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-halves-\(UUID().uuidString).argdown").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let buffer = try #require(FileBuffer(path: path, copying: copying))
        #expect(buffer.releaseIsLossless == !copying)
        let released = Reading(ArgdownReader.read(buffer: buffer, file: "t.argdown", releaseStep: 4096))
        let onePass = bytes.withUnsafeBufferPointer { whole in
            var parser = ArgdownParser(file: "t.argdown", bytes: whole)
            parser.parse()
            return Reading((parser.finish(), parser.diagnostics))
        }
        #expect(released.nodes.contains { $0.title == "Untitled 1" && $0.text == "An untitled statement in the later half." })
        #expect(released.diagnostics == onePass.diagnostics)
        #expect(released.nodes.count == onePass.nodes.count)
        if let differing = released.nodes.indices.first(where: { $0 < onePass.nodes.count && released.nodes[$0] != onePass.nodes[$0] }) {
            Issue.record("node \(differing): \(released.nodes[differing]) != \(onePass.nodes[differing])")
        }
        #expect(released.relations == onePass.relations)
        #expect(released.sections == onePass.sections)
        #expect(released == onePass)
    }

    /// A large file, read from a buffer, is checked for plain UTF-8 a share at a time, by the thread
    /// that reads the share: a defect in either share is reported as reading the bytes reports it,
    /// the bytes it is found in not yet let go of (which, copied, would read as zeros).
    @Test(arguments: [0.1, 0.9], [[0xE9], [0x00], [0xF0, 0x9F]])
    func aDefectInEitherShareOfALargeFile(at fraction: Double, bytes defect: [UInt8]) throws {
        var bytes = Self.largeMap
        let line = try #require(bytes[Int(Double(bytes.count) * fraction)...].firstIndex(of: UInt8(ascii: "\n")))
        bytes.insert(contentsOf: Array("Text with ".utf8) + defect + Array(" inside.".utf8), at: line)
        let cut = try #require(bytes.withUnsafeBufferPointer(ArgdownHalves.cut))
        #expect((line < cut) == (fraction < 0.5))
        let whole = Reading(ArgdownReader.read(bytes: bytes, file: "t.argdown"))
        #expect(whole.diagnostics.count == 1)
        for copying in [false, true] {
            #expect(try readThroughABuffer(bytes, copying: copying) == whole, "copying: \(copying)")
        }
    }

    @Test func aLargeFileWithAByteOrderMark() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + Self.largeMap
        let whole = Reading(ArgdownReader.read(bytes: bytes, file: "t.argdown"))
        #expect(whole.nodes.count == 32_000)
        for copying in [false, true] {
            #expect(try readThroughABuffer(bytes, copying: copying) == whole, "copying: \(copying)")
        }
    }

    private static let largeMap = Array(MapGenerator(nodeCount: 32_000, seed: 11).generate(.argdown).map.utf8)

    private func readThroughABuffer(_ bytes: [UInt8], copying: Bool) throws -> Reading {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-halves-\(UUID().uuidString).argdown").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let buffer = try #require(FileBuffer(path: path, copying: copying))
        return Reading(ArgdownReader.read(buffer: buffer, file: "t.argdown", releaseStep: 4096))
    }
}

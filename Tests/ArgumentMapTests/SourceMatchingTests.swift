import Foundation
import Testing
@testable import ArgumentMap

/// A fresh folder under the system's temporary folder, for maps and sources written by a test.
struct TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.path + "/argmap-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(atPath: FileSystemPath.folder(of: file), withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// A map whose nodes each cite one quote, built without a parser.
struct CitingMap {
    var sources: [SourceDeclaration] = []
    var claims: [(title: String, citation: Citation)] = []

    mutating func declare(_ id: String, file: String) {
        sources.append(SourceDeclaration(id: id, file: file, location: SourceLocation(file: "m.argdown", line: 2, column: 1)))
    }

    mutating func cite(_ title: String, source: String, quote: String, prefix: String? = nil, suffix: String? = nil) {
        let location = SourceLocation(file: "m.argdown", line: 10 + claims.count, column: 1)
        claims.append((title, Citation(source: source, quote: quote, prefix: prefix, suffix: suffix, location: location)))
    }

    func build() -> ArgumentMap {
        var builder = MapBuilder(file: "m.argdown")
        builder.sources = sources
        for claim in claims {
            let id = builder.node(titled: claim.title, kind: .statement, at: claim.citation.location)
            var data = [DataEntry("source", .string(claim.citation.source)), DataEntry("quote", .string(claim.citation.quote))]
            if let prefix = claim.citation.prefix { data.append(DataEntry("prefix", .string(prefix))) }
            if let suffix = claim.citation.suffix { data.append(DataEntry("suffix", .string(suffix))) }
            builder.addData(data, to: id, at: claim.citation.location)
        }
        return builder.build()
    }

    func resolve(in folder: TemporaryFolder, policy: SourcePathPolicy = SourcePathPolicy()) -> LoadedMap {
        SourceLibrary(policy: policy).resolve(build(), mapFolder: folder.path)
    }
}

@Suite struct SourceMatchingTests {
    private func resolveOne(source text: String, quote: String, prefix: String? = nil, suffix: String? = nil) throws -> LoadedMap {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("doc.txt", text)
        var map = CitingMap()
        map.declare("doc", file: "doc.txt")
        map.cite("Claim", source: "doc", quote: quote, prefix: prefix, suffix: suffix)
        return map.resolve(in: folder)
    }

    /// A source is searched through a window of its folded text: quotes across a window's edge,
    /// and the context and characters either side of one, come out as one search of the whole.
    @Test func aLongSourceSearchedAWindowAtATimeFindsWhatTheSlowSearchFinds() {
        var source = ""
        for paragraph in 0..<300 {
            source += "Paragraph \(paragraph):  cafe\u{301} finding \(paragraph % 40) of the corpus,\r\n\tthen  more\u{00A0}words, “quoted” here, a re\u{301}sume\u{301} of it.\n\n"
        }
        let citations = [
            "finding 7 of the corpus", "more words", "“quoted”", "Paragraph 12: cafe\u{301}", "cafe", "of",
            "\u{01}finding 3 of\u{01}the corpus", "Paragraph 299:\u{01}cafe\u{301} finding 19",
            "Paragraph 5: caf\u{E9}", "r\u{E9}sum\u{E9} of",
        ]
        let input = Array((citations.joined(separator: "\0") + "\0" + source).utf8)
        #expect(QuoteMatchingProbe.violations(for: input) == [])
    }

    @Test func aQuoteMatchesAcrossLineBreaksAndDoubledSpaces() throws {
        let loaded = try resolveOne(source: "Intro line\nHigh-quality  data\n   constraints hit ~2024.\n", quote: "data constraints\nhit")
        #expect(loaded.diagnostics == [])
        #expect(loaded.citations.map(\.span) == [TextSpan(line: 2, column: 15, endLine: 3, endColumn: 18)])
    }

    @Test func crlfLineEndingsGiveTheSameLinesAndSpans() throws {
        let loaded = try resolveOne(source: "first\r\nsecond line\r\nthird", quote: "line third")
        #expect(loaded.citations.map(\.span.description) == ["2:8-3:5"])
        #expect(loaded.documents["doc"].map { Array($0.lines) } == ["first", "second line", "third"])
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let loaded = try resolveOne(source: "Ünïcode — “quoted” words here", quote: "“quoted” words")
        #expect(loaded.citations.map(\.span.description) == ["1:11-24"])
    }

    /// `é` as one character or as `e` and a combining accent looks the same, so either matches
    /// the other, and the span is in the source's own characters.
    @Test func anAccentedLetterMatchesHoweverItIsEncoded() throws {
        let decomposedSource = try resolveOne(source: "Intro.\ncombining e\u{301} here, cafe\u{301}s.", quote: "combining \u{E9} here, caf\u{E9}s")
        #expect(decomposedSource.diagnostics == [])
        #expect(decomposedSource.citations.map(\.span.description) == ["2:1-23"])
        let composedSource = try resolveOne(source: "na\u{EF}ve r\u{E9}sum\u{E9} \u{1100}\u{1161}\u{11A8} end", quote: "re\u{301}sume\u{301} \u{AC01}")
        #expect(composedSource.diagnostics == [])
        #expect(composedSource.citations.map(\.span.description) == ["1:7-14"])
        let unaccented = try resolveOne(source: "un caf\u{E9} noir", quote: "cafe")
        #expect(unaccented.citations.isEmpty, "an accent is still part of the letter")
    }

    @Test func aQuotesOwnWhiteSpaceIsFoldedAndTrimmed() throws {
        let loaded = try resolveOne(source: "alpha beta gamma", quote: "  beta\t\n gamma ")
        #expect(loaded.citations.map(\.span.description) == ["1:7-16"])
    }

    @Test func shortQuotesAreFoundToo() throws {
        let loaded = try resolveOne(source: "one two three", quote: "two")
        #expect(loaded.citations.map(\.span.description) == ["1:5-7"])
    }

    @Test func quotesThatBeginAlikeEachFindTheirOwnLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let numbers = Array(1...120)
        try folder.write("doc.txt", numbers.map { "Finding \($0): the finding number \($0) of the corpus holds." }.joined(separator: "\n"))
        var map = CitingMap()
        map.declare("doc", file: "doc.txt")
        for number in numbers {
            // Alike for their first sixteen bytes; "number 1 " and "number 10" part in the third word.
            map.cite("Claim \(number)", source: "doc", quote: "the finding number \(number) of the corpus")
        }
        map.cite("Whole", source: "doc", quote: "the finding number 7 of")
        let loaded = map.resolve(in: folder)
        #expect(loaded.diagnostics == [])
        let lines = Dictionary(uniqueKeysWithValues: loaded.citations.map { (loaded.map.nodes[$0.node.offset].title, $0.span.line) })
        #expect(lines.count == 121)
        #expect(numbers.allSatisfy { lines["Claim \($0)"] == $0 })
        #expect(lines["Whole"] == 7)
    }

    @Test func suffixPicksOneOfSeveralMatches() throws {
        let loaded = try resolveOne(source: "the cat sat.\nthe cat ran.\nthe cat hid.", quote: "the cat", suffix: "ran")
        #expect(loaded.diagnostics == [])
        #expect(loaded.citations.map(\.span.description) == ["2:1-7"])
    }

    @Test func prefixPicksOneOfSeveralMatches() throws {
        let loaded = try resolveOne(source: "red: scaling works. blue: scaling works.", quote: "scaling works", prefix: "blue:")
        #expect(loaded.citations.map(\.span.description) == ["1:27-39"])
    }

    @Test func anAmbiguousQuoteNamesHowManyMatchesAndTheirLines() throws {
        let loaded = try resolveOne(source: "the cat sat.\nthe cat ran.\nno cat\nthe cat hid.", quote: "the cat")
        #expect(loaded.citations.isEmpty)
        #expect(loaded.diagnostics.map(\.description) == [
            "m.argdown:10:1: error: [Claim]: quote \"the cat\" occurs 3 times in source `doc` (lines 1, 2, 4); add `prefix:` or `suffix:` with the words just before or after the one you mean",
        ])
    }

    @Test func aQuoteNotInTheSourceIsAnErrorWithoutGuessing() throws {
        let loaded = try resolveOne(source: "High-quality data constraints hit ~2024.", quote: "high-quality data constraints")
        #expect(loaded.citations.isEmpty)
        #expect(loaded.diagnostics.map(\.description) == [
            "m.argdown:10:1: error: [Claim]: quote \"high-quality data constraints\" is not in source `doc`; check the exact words against the source (only differences in white space are ignored)",
        ])
    }

    @Test func contextThatFitsNoMatchIsReported() throws {
        let loaded = try resolveOne(source: "a cat sat.\na cat ran.", quote: "a cat", suffix: "flew")
        #expect(loaded.diagnostics.map(\.message) == [
            "[Claim]: quote \"a cat\" occurs 2 times in source `doc` (lines 1, 2) but never with the given prefix/suffix; check them against the source",
        ])
    }

    @Test func anUnknownSourceIdIsNamedWithTheDeclaredOnes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("doc.txt", "words")
        var map = CitingMap()
        map.declare("doc", file: "doc.txt")
        map.cite("Claim", source: "report", quote: "words")
        #expect(map.resolve(in: folder).diagnostics.map(\.description) == [
            "m.argdown:10:1: error: [Claim] cites unknown source `report`; the front matter declares `doc`",
        ])
    }

    @Test func aMissingSourceFileIsReportedAtItsDeclarationAndEachCitation() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var map = CitingMap()
        map.declare("doc", file: "gone.txt")
        map.cite("Claim", source: "doc", quote: "words")
        let messages = map.resolve(in: folder).diagnostics.map(\.description)
        #expect(messages == [
            "m.argdown:2:1: error: source `doc`: no file at \(folder.path)/gone.txt; check the source's `file:` in the front matter (paths are relative to the map)",
            "m.argdown:10:1: error: [Claim] cites source `doc`, which could not be loaded (see its declaration)",
        ])
    }

    @Test func aSourceThatIsNotUTF8IsRefusedWithItsPosition() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("doc.txt", bytes: Array("fine\nbad ".utf8) + [0xFF, 0x41])
        var map = CitingMap()
        map.declare("doc", file: "doc.txt")
        let messages = map.resolve(in: folder).diagnostics.map(\.message)
        #expect(messages == ["source `doc`: \(folder.path)/doc.txt:2:5 is not valid UTF-8; save the source as UTF-8 text"])
    }

    /// Found by a new user: a program given as a source was called "not valid UTF-8", while the
    /// same file as a map is refused as binary.
    @Test func aBinarySourceIsCalledBinary() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("bin.txt", bytes: Array("\u{7F}ELF\n".utf8) + [0x02, 0x01, 0x00, 0xFF, 0xFE])
        try folder.write("wide.txt", bytes: [0xFF, 0xFE] + Array("wide".utf8).flatMap { [$0, 0x00] })
        var map = CitingMap()
        map.declare("bin", file: "bin.txt")
        map.declare("wide", file: "wide.txt")
        let messages = map.resolve(in: folder).diagnostics.map(\.message)
        #expect(messages == [
            "source `bin`: \(folder.path)/bin.txt:2:3 looks like a binary file, not text (it contains a NUL byte); a source must be a UTF-8 text file",
            "source `wide`: \(folder.path)/wide.txt looks like UTF-16 text, not UTF-8; convert it first, e.g. `iconv -f UTF-16 -t UTF-8 FILE > FILE.utf8`",
        ])
    }

    @Test func aFolderIsNotASource() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("sub/x.txt", "x")
        var map = CitingMap()
        map.declare("doc", file: "sub")
        #expect(map.resolve(in: folder).diagnostics.map(\.message) == ["source `doc`: \(folder.path)/sub is a folder, not a text file"])
    }

    @Test func aDeviceIsNotASource() throws {
        var map = CitingMap()
        map.declare("doc", file: "/dev/zero")
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let loaded = map.resolve(in: folder, policy: SourcePathPolicy(allowedFolders: ["/dev"]))
        #expect(loaded.diagnostics.map(\.message) == ["source `doc`: /dev/zero is a device, not a text file"])
    }

    @Test func aPipeIsRefusedWithoutWaitingOnIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(mkfifo(folder.path + "/pipe.txt", 0o600) == 0)
        var map = CitingMap()
        map.declare("doc", file: "pipe.txt")
        #expect(map.resolve(in: folder).diagnostics.map(\.message) == ["source `doc`: \(folder.path)/pipe.txt is a pipe or other special file, not a text file"])
    }

    @Test func aSourceOverTheSizeLimitIsRefusedBeforeReading() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("huge.txt", "")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
        try handle.truncate(atOffset: UInt64(TextFileReader.maximumSize) + 1)
        try handle.close()
        var map = CitingMap()
        map.declare("doc", file: "huge.txt")
        #expect(map.resolve(in: folder).diagnostics.map(\.message) == ["source `doc`: \(file) is too large (1025 MiB; the limit is 1024 MiB)"])
    }

    @Test func thousandsOfQuotesIntoOneSourceAllResolveInOrder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let count = 3000
        try folder.write("big.txt", (0..<count).map { "Passage number \($0) says something distinct.\n" }.joined())
        var map = CitingMap()
        map.declare("big", file: "big.txt")
        for number in stride(from: count - 1, through: 0, by: -1) {
            map.cite("Claim \(number)", source: "big", quote: "number \(number) says")
        }
        let loaded = map.resolve(in: folder)
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.citations.count == count)
        #expect(loaded.citations.first?.span == TextSpan(line: count, column: 9, endLine: count, endColumn: 9 + "number \(count - 1) says".count - 1))
        #expect(loaded.citations.last?.span.line == 1)
    }
}

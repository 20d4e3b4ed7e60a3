import Foundation
import Testing
@testable import ArgumentMap

/// The beginning of a large map, shown while the whole is read, must number its nodes,
/// relations and sections as the whole map does, and end only where one pass hands over.
@Suite struct MapBeginningTests {
    /// Everything the beginning has is the whole map's, under the same ids.
    private func expectBeginning(_ beginning: ArgumentMap, of whole: ArgumentMap, _ comment: Comment, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(beginning.nodes.count <= whole.nodes.count, comment, sourceLocation: sourceLocation)
        for node in beginning.nodes.prefix(whole.nodes.count) {
            let same = whole[node.id]
            #expect(same.title == node.title && same.kind == node.kind, comment, sourceLocation: sourceLocation)
            if node.isDefined {
                #expect(same.text == node.text && same.location == node.location && same.section == node.section, comment, sourceLocation: sourceLocation)
            }
        }
        #expect(Array(whole.relations.prefix(beginning.relations.count)) == beginning.relations, comment, sourceLocation: sourceLocation)
        #expect(Array(whole.sections.prefix(beginning.sections.count)) == beginning.sections, comment, sourceLocation: sourceLocation)
    }

    /// The beginnings of `text` for targets at each of its cut points, each checked against the
    /// whole map; returns where each ended.
    @discardableResult
    private func expectBeginningsAtEveryCut(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Int] {
        let bytes = Array(text.utf8)
        let whole = ArgdownReader.read(bytes: bytes, file: "t.argdown").map
        return bytes.withUnsafeBufferPointer { buffer in
            ArgdownHalves.cutPoints(in: buffer).compactMap { target in
                guard let (beginning, end) = MapBeginning.read(buffer, file: "t.argdown", targetSize: target) else { return nil }
                #expect(end >= target && ArgdownHalves.cutPoints(in: buffer).contains(end), "target \(target)", sourceLocation: sourceLocation)
                expectBeginning(beginning, of: whole, "target \(target)", sourceLocation: sourceLocation)
                return end
            }
        }
    }

    @Test func aGeneratedMapFileBeginsWithTheWholeMapsNodes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-beginning-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("generated.argdown").path
        let generated = MapGenerator(nodeCount: 3_000, seed: 2).generate(.argdown).map
        try generated.write(toFile: path, atomically: true, encoding: .utf8)

        let beginning = try #require(MapBeginning.read(path, file: path, format: nil, minimumFileSize: 0, targetSize: 50_000, sizeLimit: 200_000))
        let whole = try MapLoader().read(path).map
        #expect(beginning.fileSize == generated.utf8.count)
        #expect(beginning.byteCount >= 50_000 && beginning.byteCount < 200_000)
        let bytes = Array(generated.utf8)
        #expect(Array(bytes[(beginning.byteCount - 2)...].prefix(4)) == Array("\n\n# ".utf8), "it ends before a level-1 heading")
        #expect(beginning.map.nodes.count > 100 && beginning.map.nodes.count < whole.nodes.count)
        #expect(beginning.map.file == path)
        expectBeginning(beginning.map, of: whole, "generated")
    }

    @Test func theBundledMap() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("maps/debate.argdown").path
        let ends = expectBeginningsAtEveryCut(try String(contentsOfFile: path, encoding: .utf8))
        #expect(ends.count > 5)
    }

    @Test func titlesDefinedLaterAndRepeatedRelationsKeepTheirIds() {
        let text = """
            # A

            [T]: A thesis.
              + [Later]
              + [Other]: other.
              + [Other]
              - <Why>

            # B

            [Later]: Defined here.
              - [Other]
            [T]
              + [Other]
              + [New]: new.

            <Why>: because.

            # C

            [New]
              + [Later]
            """
        #expect(expectBeginningsAtEveryCut(text).count == 2)
    }

    @Test func aHeadingInsideACommentIsReadOn() {
        let text = "# A\n\n[a]: x\n<!--\n\n# B\n-->\n\n# C\n\n[b]: y\n  + [a]\n\n# D\n\n[c]: z\n"
        func offset(of heading: String) -> Int { text.utf8.count - text[text.range(of: heading)!.lowerBound...].utf8.count }
        #expect(expectBeginningsAtEveryCut(text) == [offset(of: "# C"), offset(of: "# C"), offset(of: "# D")], "never at the heading inside the comment")
    }

    @Test func untitledStatementsAndInferencesNumberAsInTheWholeMap() {
        let text = """
            # A

            <Arg>

            (1) [P]: premise.
            (2) Untitled premise.
            ----
            (3) [C]: conclusion.

            # B

            <Arg2>

            (1) Another untitled one.
            ----
            (2) [C]

            # C

            [P]
              + [C]
            """
        #expect(expectBeginningsAtEveryCut(text).count == 2)
    }

    @Test func crlfLineEndsAndAByteOrderMark() throws {
        let text = "# A\r\n\r\n[T]: t.\r\n  + [a]: x\r\n \t\r\n# B\r\n\r\n[T]\r\n  - [b]: y\r\n\r\n# C\r\n\r\n[b]\r\n"
        #expect(expectBeginningsAtEveryCut(text).count == 2)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-beginning-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bom.argdown").path
        try Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)).write(to: URL(fileURLWithPath: path))
        let beginning = try #require(MapBeginning.read(path, file: path, format: nil, minimumFileSize: 0, targetSize: 1))
        #expect(beginning.byteCount == 3 + text.utf8.count - text[text.range(of: "# B")!.lowerBound...].utf8.count, "counted in the file, mark included")
        #expect(beginning.map.nodes.map(\.title) == ["T", "a"])
    }

    @Test func withoutASafeEndTheMapIsReadWholeFirst() {
        func beginning(_ text: String, target: Int = 1) -> (map: ArgumentMap, end: Int)? {
            Array(text.utf8).withUnsafeBufferPointer { MapBeginning.read($0, file: "t.argdown", targetSize: target) }
        }
        #expect(beginning("[a]: no headings at all\n  + [b]: b\n") == nil)
        #expect(beginning("# A\n\n[a]: x\n\n# B\n\n[b]: y\n", target: 20) == nil, "no heading after the target")
        #expect(beginning("# A\n\n[a]: x\n/*\n\n# B\n\n[b]: y\n") == nil, "the only later heading is in a comment never closed")
        #expect(beginning("===\ntitle: t\n\n# B\n\n[b]: y\n") == nil, "front matter not closed in the bytes read")
        #expect(beginning("# A\n\n[a]: x\n\n# B\n\n[b]: y\n") != nil)
        let invalid: [UInt8] = Array("# A\n\n[a]: x ".utf8) + [0xFF] + Array("\n\n# B\n\n[b]: y\n".utf8)
        #expect(invalid.withUnsafeBufferPointer { MapBeginning.read($0, file: "t.argdown", targetSize: 1) } == nil, "invalid UTF-8 in the beginning")
    }

    @Test func smallFilesAndOtherFormatsAreReadWholeFirst() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-beginning-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let argdown = folder.appendingPathComponent("small.argdown").path
        try "# A\n\n[a]: x\n\n# B\n\n[b]: y\n".write(toFile: argdown, atomically: true, encoding: .utf8)
        #expect(MapLoader().readBeginning(argdown) == nil, "under 4 MB")
        #expect(MapBeginning.read(argdown, file: argdown, format: nil, minimumFileSize: 0, targetSize: 1) != nil)
        #expect(MapBeginning.read(argdown, file: argdown, format: .kialo, minimumFileSize: 0, targetSize: 1) == nil)
        let kialo = folder.appendingPathComponent("kialo.txt").path
        try "Discussion Title: T\n\n1. T\n1.1. Pro: a\n\n# B\n\nx\n".write(toFile: kialo, atomically: true, encoding: .utf8)
        #expect(MapBeginning.read(kialo, file: kialo, format: nil, minimumFileSize: 0, targetSize: 1) == nil)
        #expect(MapBeginning.read(folder.path, file: folder.path, format: nil, minimumFileSize: 0, targetSize: 1) == nil, "a folder")
    }
}

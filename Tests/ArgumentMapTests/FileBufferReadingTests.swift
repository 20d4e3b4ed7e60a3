import Foundation
import Testing
@testable import ArgumentMap

/// Reading a map file into a buffer let go of as it is parsed must give exactly what reading its bytes gives.
@Suite struct FileBufferReadingTests {
    /// Writes the bytes to a temporary file and reads it both ways, letting go of every page once
    /// read, from the file mapped and from a copy.
    private func readBothWays(_ bytes: [UInt8]) throws -> (mapped: ParsedArgdown, inMemory: ParsedArgdown) {
        let path = try temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let inMemory = ParsedArgdown(bytes: bytes)
        let copied = try #require(FileBuffer(path: path, copying: true))
        expectSame(ParsedArgdown(ArgdownReader.read(buffer: copied, file: "t.argdown", releaseStep: 4096)), inMemory)
        let buffer = try #require(FileBuffer(path: path))
        let mapped = ArgdownReader.read(buffer: buffer, file: "t.argdown", releaseStep: 4096)
        #expect(!buffer.changedWhileRead)
        return (ParsedArgdown(mapped), inMemory)
    }

    private func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-buffered-\(UUID().uuidString).argdown").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func expectSame(_ mapped: ParsedArgdown, _ inMemory: ParsedArgdown) {
        #expect(mapped.map.nodes == inMemory.map.nodes)
        #expect(mapped.relations == inMemory.relations)
        #expect(mapped.diagnostics.map(\.description) == inMemory.diagnostics.map(\.description))
    }

    @Test func aGeneratedMapSpanningManyPages() throws {
        let generated = MapGenerator(nodeCount: 3_000, seed: 7).generate(.argdown)
        let (mapped, inMemory) = try readBothWays(Array(generated.map.utf8))
        #expect(mapped.map.nodes.count == 3_000)
        #expect(mapped.errors.isEmpty)
        expectSame(mapped, inMemory)
    }

    @Test func byteOrderMarkAndWindowsLineEnds() throws {
        let text = "[a]: first\r\n  + [b]: second\r\n  - <c>: third\r\n"
        let (mapped, inMemory) = try readBothWays([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(mapped.relations == ["[b] support [a]", "<c> attack [a]"])
        expectSame(mapped, inMemory)
    }

    @Test func invalidUTF8IsReportedAtItsPlace() throws {
        let (mapped, inMemory) = try readBothWays(Array("[a]: caf".utf8) + [0xE9] + Array("\n  + [b]: ok\n".utf8))
        #expect(mapped.errors == ["t.argdown:1:9: error: invalid UTF-8 (byte 0xE9); save the file as UTF-8 (read on with U+FFFD in its place)"])
        expectSame(mapped, inMemory)
    }

    @Test func aBinaryFileIsRefused() throws {
        let (mapped, inMemory) = try readBothWays(Array("[a]: text\n".utf8) + [0, 1, 2])
        #expect(mapped.map.nodes.isEmpty)
        #expect(mapped.errors.count == 1)
        expectSame(mapped, inMemory)
    }

    @Test func anEmptyFileIsAnEmptyMap() throws {
        let (mapped, _) = try readBothWays([])
        #expect(mapped.map.nodes.isEmpty)
        #expect(mapped.diagnostics.isEmpty)
    }

    @Test func theLoaderReadsAFileAsItReadsItsBytes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let generated = MapGenerator(nodeCount: 2_000, seed: 3, sourceFile: "big.txt").generate(.argdown)
        let file = try folder.write("big.argdown", generated.map)
        try folder.write("big.txt", generated.source)
        let fromFile = try MapLoader().load(file)
        let fromBytes = MapLoader().load(bytes: Array(generated.map.utf8), file: file, folder: folder.path)
        #expect(fromFile.map.nodes.count == 2_000)
        #expect(fromFile.map.nodes == fromBytes.map.nodes)
        #expect(fromFile.map.relations == fromBytes.map.relations)
        #expect(fromFile.citations.count == fromBytes.citations.count)
        #expect(fromFile.citations.count > 0)
        #expect(fromFile.diagnostics.map(\.description) == fromBytes.diagnostics.map(\.description))
    }

    @Test func aSmallFileIsReadWithTheSameResult() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-small-\(UUID().uuidString).argdown").path
        let text = "[a]: first\n  + [b]: second\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let read = ParsedArgdown(try #require(ArgdownReader.read(contentsOfFile: path, file: "t.argdown")))
        #expect(read.relations == ParsedArgdown(text).relations)
    }

    /// Reading a mapped page past the end of a truncated file raises SIGBUS, which would end the
    /// process: the guard puts zeros in its place, and the reader is told the file changed.
    @Test(arguments: [false, true]) func aFileTruncatedWhileReadIsReportedNotACrash(copying: Bool) throws {
        let generated = MapGenerator(nodeCount: 3_000, seed: 7).generate(.argdown)
        let path = try temporaryFile(Array(generated.map.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let buffer = try #require(FileBuffer(path: path, copying: copying))
        #expect(truncate(path, 100) == 0)
        let read = ParsedArgdown(ArgdownReader.read(buffer: buffer, file: "t.argdown", releaseStep: 4096))
        #expect(buffer.changedWhileRead)
        // A copy holds the file as it was; a mapping lost all but its beginning.
        #expect(read.map.nodes.count == (copying ? 3_000 : 0))
    }

    @Test func aFileWrittenToWhileReadIsReported() throws {
        let path = try temporaryFile(Array("[a]: first\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let buffer = try #require(FileBuffer(path: path))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("  + [b]: second\n".utf8))
        try handle.close()
        _ = ArgdownReader.read(buffer: buffer, file: "t.argdown")
        #expect(buffer.changedWhileRead)
    }

    @Test func theLoaderSaysAFileThatChangedWhileReadMustBeOpenedAgain() throws {
        let generated = MapGenerator(nodeCount: 3_000, seed: 7).generate(.argdown)
        let path = try temporaryFile(Array(generated.map.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let buffer = try TextFileReader.buffer(path).get()
        #expect(truncate(path, 100) == 0)
        let error = try #require(throws: MapLoadError.self) { try MapLoader().read(buffer, path: "t.argdown", absolute: path) }
        #expect(error.description == "cannot open the map: \(path) changed while it was read; open it again")
    }

    @Test func aMissingFileCannotBeRead() {
        #expect(ArgdownReader.read(contentsOfFile: "/nonexistent/argmap/map.argdown", file: "map.argdown") == nil)
    }
}

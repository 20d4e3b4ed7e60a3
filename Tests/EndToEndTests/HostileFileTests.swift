import ArgumentMap
import Browser
import Foundation
import Screen
import Testing

/// Files that are not what a map or a source should be: outside the map's folder, devices,
/// pipes, folders, files too large to index, absurdly deep or long. Each is refused with a
/// message naming it and saying what to do, or read, and never crashes or hangs the program.
@Suite struct HostileFileTests {
    /// A folder with `map.argdown` declaring one source, `file`.
    private static func mapCiting(_ file: String, quote: String = "words") throws -> TemporaryFolderForOutput {
        let folder = try TemporaryFolderForOutput()
        let map = "===\nsources: {doc: {file: \"\(file)\"}}\n===\n[Claim]: text {source: doc, quote: \"\(quote)\"}\n"
        try map.write(toFile: folder.path + "/map.argdown", atomically: true, encoding: .utf8)
        return folder
    }

    private static func sourceProblem(_ file: String, setUp: (String) throws -> Void = { _ in }, arguments: [String] = []) throws -> ArgmapRun {
        let folder = try mapCiting(file)
        defer { folder.remove() }
        try setUp(folder.path)
        return try ArgmapRun(["check"] + arguments + ["map.argdown"], directory: folder.path)
    }

    @Test func aSourcePathOutOfTheMapsFolderIsRefused() throws {
        let result = try Self.sourceProblem("../../etc/hostname")
        #expect(result.status == 65)
        #expect(result.errors.contains("error: source `doc`: `../../etc/hostname` leads outside the map's folder"))
        #expect(result.errors.contains("move the file there or name its folder with --sources DIR"))
    }

    @Test func aSymbolicLinkOutOfTheMapsFolderIsRefused() throws {
        let result = try Self.sourceProblem("innocent.txt") { folder in
            try FileManager.default.createSymbolicLink(atPath: folder + "/innocent.txt", withDestinationPath: "/etc/passwd")
        }
        #expect(result.status == 65)
        #expect(result.errors.contains("`innocent.txt` is a symbolic link to /etc/passwd, outside the map's folder"))
    }

    @Test func aDeviceAsTheMapIsRefused() throws {
        let result = try ArgmapRun(["check", "/dev/zero"])
        #expect(result.status == 66)
        #expect(result.errors == "argmap: cannot open the map: /dev/zero is a device, not a text file\n")
    }

    static let binaryMessage = "this looks like a binary file, not a map (it contains a NUL byte); pass an .argdown text file, a Kialo export (.txt) or AIF JSON (.json)"

    /// A gigabyte of NULs (a sparse file) took 12 s and a gigabyte of memory to be called binary.
    @Test(arguments: ["big.argdown", "big.txt", "big.json"])
    func aLargeBinaryFileIsRefusedFromItsFirstBytes(name: String) throws {
        let folder = try TemporaryFolderForOutput()
        defer { folder.remove() }
        #expect(FileManager.default.createFile(atPath: folder.path + "/" + name, contents: Data("[A]: a\n[B]: b".utf8)))
        #expect(truncate(folder.path + "/" + name, 1000 << 20) == 0)
        let result = try ArgmapRun(["check", name], directory: folder.path)
        #expect(result.status == 66)
        #expect(result.errors == "\(name):2:7: error: \(Self.binaryMessage)\n")
    }

    /// UTF-16 (with a byte order mark, or ASCII without one) is named as such, not called binary
    /// (a new user's finding).
    @Test(arguments: [String.Encoding.utf16, .utf16LittleEndian, .utf16BigEndian])
    func utf16TextIsNamedAndTheWayToConvertItGiven(encoding: String.Encoding) throws {
        let folder = try TemporaryFolderForOutput()
        defer { folder.remove() }
        #expect(FileManager.default.createFile(atPath: folder.path + "/m.argdown", contents: "[A]: a thesis\n  + [B]: a reason\n".data(using: encoding)))
        let result = try ArgmapRun(["check", "m.argdown"], directory: folder.path)
        #expect(result.status == 66)
        #expect(result.errors == "m.argdown:1:1: error: this looks like UTF-16 text, not UTF-8; convert it first, e.g. `iconv -f UTF-16 -t UTF-8 FILE > FILE.utf8`\n")
    }

    @Test func aDeviceAsASourceIsRefusedEvenFromAnAllowedFolder() throws {
        let result = try Self.sourceProblem("/dev/zero", arguments: ["--sources", "/dev"])
        #expect(result.status == 65)
        #expect(result.errors.contains("source `doc`: /dev/zero is a device, not a text file"))
    }

    /// Makes `NAME.txt`, cited by `map.argdown`, and `NAME.argdown` with `make`; both must be
    /// refused with `problem` after their names, as a source (65) and as a map (66).
    private func expectRefusedAsSourceAndMap(_ name: String, _ problem: String, make: (String) throws -> Void) throws {
        let folder = try Self.mapCiting(name + ".txt")
        defer { folder.remove() }
        for file in [name + ".txt", name + ".argdown"] { try make(folder.path + "/" + file) }
        let asSource = try ArgmapRun(["check", "map.argdown"], directory: folder.path)
        #expect(asSource.status == 65)
        #expect(asSource.errors.contains("error: source `doc`: \(folder.path)/\(name).txt \(problem)"), "\(asSource.errors)")
        let asMap = try ArgmapRun(["tree", name + ".argdown"], directory: folder.path)
        #expect(asMap.status == 66)
        #expect(asMap.errors == "argmap: cannot open the map: \(folder.path)/\(name).argdown \(problem)\n")
    }

    /// Reading a pipe nobody writes to would wait forever.
    @Test func aPipeAsTheMapOrASourceIsRefusedNotWaitedOn() throws {
        try expectRefusedAsSourceAndMap("pipe", "is a pipe or other special file, not a text file") { path in
            #expect(mkfifo(path, 0o600) == 0)
        }
    }

    /// `argmap generate | argmap check /dev/stdin`: /dev/stdin links to the pipe, which has no
    /// real path, but is there all the same.
    @Test func standardInputOnAPipeIsRefusedAsAPipe() throws {
        let pipe = Pipe()
        try pipe.fileHandleForWriting.close()
        let result = try ArgmapRun(["check", "/dev/stdin"], input: pipe.fileHandleForReading)
        #expect(result.status == 66)
        #expect(result.errors == "argmap: cannot open the map: /dev/stdin is a pipe or other special file, not a text file\n")
    }

    @Test func aFolderAsASourceIsRefused() throws {
        let result = try Self.sourceProblem("notes") { try FileManager.default.createDirectory(atPath: $0 + "/notes", withIntermediateDirectories: false) }
        #expect(result.status == 65)
        #expect(result.errors.contains("/notes is a folder, not a text file"))
    }

    /// A sparse 2 GiB file costs no disk; it must be refused from its size, never read.
    @Test func aTwoGigabyteFileIsRefusedFromItsSize() throws {
        try expectRefusedAsSourceAndMap("huge", "is too large (2048 MiB; the limit is 1024 MiB)") { path in
            let descriptor = open(path, O_CREAT | O_WRONLY, 0o600)
            #expect(descriptor >= 0 && ftruncate(descriptor, 2 << 30) == 0)
            close(descriptor)
        }
    }

    /// One 50 MB line as the map's text and as the source a quote at its very end is found in.
    @Test func aFiftyMegabyteLineIsReadWhole() throws {
        let length = 50_000_000
        let folder = try Self.mapCiting("long.txt", quote: "the end of it all")
        defer { folder.remove() }
        try (String(repeating: "lorem ", count: length / 6) + "the end of it all").write(toFile: folder.path + "/long.txt", atomically: false, encoding: .utf8)
        let check = try ArgmapRun(["check", "map.argdown"], directory: folder.path)
        #expect(check.status == 0, "\(check.errors)")
        #expect(check.output.contains("1 of 1 citation verified"))
        let sources = try ArgmapRun(["sources", "map.argdown"], directory: folder.path)
        #expect(sources.output.contains("1 citation, line 1"))

        try ("[Long]: " + String(repeating: "word ", count: length / 5) + "\n  + [Short]: after it\n")
            .write(toFile: folder.path + "/long.argdown", atomically: false, encoding: .utf8)
        let tree = try ArgmapRun(["tree", "long.argdown"], directory: folder.path)
        #expect(tree.status == 0)
        #expect(tree.output.utf8.count > length)
        #expect(tree.output.hasSuffix("  + [Short]: after it\n"))
    }

    /// The least bytes that nest 100,000 deep: a chain in which each claim supports the one
    /// before (one short block per level, so the file grows linearly with the depth).
    static func chain(_ depth: Int) -> String {
        var text = "[c0]: the top\n"
        text.reserveCapacity(depth * 24)
        for level in 0..<depth { text += "\n[c\(level)]\n  + [c\(level + 1)]: level \(level + 1)\n" }
        return text
    }

    @Test func aHundredThousandDeepChainChecksAndPrints() throws {
        let depth = 100_000
        let folder = try TemporaryFolderForOutput()
        defer { folder.remove() }
        try (Self.chain(depth) + "\n[c\(depth)]\n  - [c0]\n").write(toFile: folder.path + "/deep.argdown", atomically: false, encoding: .utf8)
        let check = try ArgmapRun(["check", "deep.argdown"], directory: folder.path)
        #expect(check.status == 0, "\(check.errors.prefix(500))")
        #expect(check.output.contains("\(depth + 1) nodes, \(depth + 1) relations"))
        #expect(check.errors.contains("form a cycle of relations"))

        let tree = try ArgmapRun(["tree", "deep.argdown"], directory: folder.path)
        #expect(tree.status == 0)
        let lines = tree.output.split(separator: "\n")
        #expect(lines.count == depth + 2)
        // Printing each level two spaces deeper would print 10 GB: deep levels are numbered instead.
        #expect(tree.output.utf8.count < 200 * (depth + 2), "the outline of a deep chain grows with the square of its depth")
        #expect(lines.last?.contains("[c0] (see above)") == true)
        #expect(lines.last?.contains("100001") == true, "\(lines.last ?? "")")

        let show = try ArgmapRun(["show", "deep.argdown", "c50000"], directory: folder.path)
        #expect(show.output.contains("supported by [c50001]"))
    }

    @Test func theBrowserWalksAHundredThousandDeepChain() throws {
        let depth = 100_000
        let (map, problems) = ArgdownReader.read(Self.chain(depth), file: "deep.argdown")
        #expect(problems.isEmpty)
        let size = Size(width: 100, height: 30)
        var state = BrowserState(loaded: LoadedMap(map: map), size: size)
        _ = state.handle(.key(.character("9")))
        let top = state.render(size: size).lines.joined(separator: "\n")
        #expect(top.contains("+ c8 [+99992") && !top.contains(" c9"), "\(top)")
        for key: Key in [.character("Z"), .end, .character("h"), .character("H"), .character("x"), .character("Z"), .end] {
            _ = state.handle(.key(key))
        }
        let bottom = state.render(size: size).lines.joined(separator: "\n")
        #expect(bottom.contains("+ c\(depth)"), "\(bottom)")
        #expect(bottom.contains("\(depth + 1)/\(depth + 1)"))
    }
}

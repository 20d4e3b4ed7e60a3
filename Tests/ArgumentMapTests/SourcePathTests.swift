import Foundation
import Testing
@testable import ArgumentMap

@Suite struct SourcePathTests {
    private func messages(citing file: String, in folder: TemporaryFolder, policy: SourcePathPolicy = SourcePathPolicy()) -> [String] {
        var map = CitingMap()
        map.declare("doc", file: file)
        map.cite("Claim", source: "doc", quote: "secret words")
        return map.resolve(in: folder, policy: policy).diagnostics.map(\.message)
    }

    @Test func anAbsolutePathIsRefused() throws {
        let outside = try TemporaryFolder()
        let folder = try TemporaryFolder()
        defer { outside.remove(); folder.remove() }
        let file = try outside.write("doc.txt", "secret words")
        #expect(messages(citing: file, in: folder).first
            == "source `doc`: `\(file)` is an absolute path; sources must sit in the map's folder \(folder.path) (or a folder named with --sources DIR)")
    }

    @Test func dotDotOutOfTheMapsFolderIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("doc.txt", "secret words")
        try folder.write("maps/placeholder", "")
        let mapFolder = try TemporaryFolder(path: folder.path + "/maps")
        #expect(messages(citing: "../doc.txt", in: mapFolder).first
            == "source `doc`: `../doc.txt` leads outside the map's folder \(mapFolder.path); move the file there or name its folder with --sources DIR")
    }

    @Test func dotDotThatStaysInsideIsAllowed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("doc.txt", "secret words")
        #expect(messages(citing: "sub/../doc.txt", in: folder) == [])
    }

    @Test func aSymbolicLinkOutOfTheFolderIsRefused() throws {
        let outside = try TemporaryFolder()
        let folder = try TemporaryFolder()
        defer { outside.remove(); folder.remove() }
        let target = try outside.write("doc.txt", "secret words")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/link.txt", withDestinationPath: target)
        let realTarget = try #require(FileSystemPath.real(target))
        #expect(messages(citing: "link.txt", in: folder).first
            == "source `doc`: `link.txt` is a symbolic link to \(realTarget), outside the map's folder \(folder.path); copy the file there or name its folder with --sources DIR")
    }

    @Test func aSymbolicLinkWithinTheFolderIsAllowed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("texts/doc.txt", "secret words")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/link.txt", withDestinationPath: "texts/doc.txt")
        #expect(messages(citing: "link.txt", in: folder) == [])
    }

    @Test func aFolderNamedWithSourcesAllowsPathsAndLinksIntoIt() throws {
        let outside = try TemporaryFolder()
        let folder = try TemporaryFolder()
        defer { outside.remove(); folder.remove() }
        let target = try outside.write("doc.txt", "secret words")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/link.txt", withDestinationPath: target)
        let policy = SourcePathPolicy(allowedFolders: [outside.path])
        #expect(messages(citing: target, in: folder, policy: policy) == [])
        #expect(messages(citing: "link.txt", in: folder, policy: policy) == [])
    }

    @Test func theTrustedResourcesFolderIsAllowed() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        try root.write("Resources/sources/doc.txt", "secret words")
        try root.write("maps/placeholder", "")
        let maps = try TemporaryFolder(path: root.path + "/maps")
        let policy = SourcePathPolicy(trustedFolders: [root.path + "/Resources"])
        #expect(messages(citing: "../Resources/sources/doc.txt", in: maps, policy: policy) == [])
        #expect(messages(citing: "../Resources/../secret.txt", in: maps, policy: policy).first?.contains("leads outside the map's folder") == true)
    }
}

extension TemporaryFolder {
    /// An existing folder, for tests that nest one folder inside another.
    init(path: String) throws {
        self.path = path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
}

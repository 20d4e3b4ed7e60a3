import Foundation
import Testing
@testable import ArgumentMap

@Suite struct LoaderTests {
    @Test func aMissingMapIsAnErrorNamingThePath() throws {
        #expect(throws: MapLoadError.unreadable(.missing("/no/such/map.argdown"))) {
            try MapLoader().load("/no/such/map.argdown")
        }
        let message = MapLoadError.unreadable(.missing("/no/such/map.argdown")).description
        #expect(message == "no map at /no/such/map.argdown; give the path of an .argdown file, or none for the bundled debate")
    }

    @Test func aFolderIsNotAMap() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(throws: MapLoadError.unreadable(.notARegularFile(folder.path, kind: "a folder"))) {
            try MapLoader().load(folder.path)
        }
    }

    @Test func aMapThatIsNotUTF8GetsADiagnosticWithItsPosition() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("bad.argdown", bytes: Array("[A]: fine\n[B]: caf".utf8) + [0xE9, 0x0A])
        let loaded = try MapLoader().load(file)
        #expect(loaded.diagnostics.count == 1)
        #expect(loaded.diagnostics.first?.description.hasPrefix("\(file):2:9: error: invalid UTF-8") == true)
    }

    @Test func sourcesAreLookedUpBesideTheMap() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("doc.txt", "the exact words")
        var citing = CitingMap()
        citing.declare("doc", file: "doc.txt")
        citing.cite("Claim", source: "doc", quote: "exact words")
        let map = citing.build()
        let loaded = SourceLibrary().resolve(map, mapFolder: folder.path)
        #expect(loaded.documents["doc"]?.path == folder.path + "/doc.txt")
        #expect(loaded.citations.map(\.span.description) == ["1:5-15"])
    }

    @Test func theInstallationIsFoundAboveTheExecutable() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        try root.write("maps/debate.argdown", "")
        try root.write("Resources/sources/x.txt", "")
        let found = try Installation.locate(environment: [:], executable: root.path + "/.build/debug/argmap")
        #expect(found.bundledMap == root.path + "/maps/debate.argdown")
        #expect(found.resources == root.path + "/Resources")
    }

    @Test func argmapHomeWinsAndMustHoldTheMap() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        #expect(throws: MapLoadError.badHome(root.path)) {
            try Installation.locate(environment: ["ARGMAP_HOME": root.path], executable: nil)
        }
        try root.write("maps/debate.argdown", "")
        try root.write("Resources/sources/x.txt", "")
        #expect(try Installation.locate(environment: ["ARGMAP_HOME": root.path], executable: "/elsewhere/argmap").root == root.path)
    }

    @Test func noInstallationIsAClearError() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let error = #expect(throws: MapLoadError.self) {
            try Installation.locate(environment: [:], executable: root.path + "/bin/argmap")
        }
        #expect(error?.description.hasPrefix("cannot find the bundled debate (maps/debate.argdown beside Resources/); looked in the folders above \(root.path)/bin/argmap") == true)
    }
}

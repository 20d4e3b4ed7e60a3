import Foundation
import Testing
@testable import ArgumentMap

@Suite struct MarkStoreTests {
    /// A fresh state folder and a map file in a fresh temporary folder, removed afterwards.
    private final class Sandbox {
        let root: URL
        let store: MarkStore
        let mapPath: String

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-marks-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            store = MarkStore(directory: root.appendingPathComponent("state/argmap"))
            mapPath = root.appendingPathComponent("debate.argdown").path
            try Data("[T]: thesis\n".utf8).write(to: URL(fileURLWithPath: mapPath))
        }

        var stateFiles: [String] {
            (try? FileManager.default.contentsOfDirectory(atPath: store.directory.path).sorted()) ?? []
        }

        deinit { try? FileManager.default.removeItem(at: root) }
    }

    private let thesis = Mark(kind: .statement, title: "T", note: "too strong")
    private let argument = Mark(kind: .argument, title: "Scaling wins")

    @Test func marksComeBackAsTheyWereSaved() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.store.load(mapAt: sandbox.mapPath).marks.isEmpty)
        let marks = Marks([thesis, argument, Mark(kind: .statement, title: "noted only", disputed: false, note: "check")])
        try sandbox.store.save(marks, loaded: Marks(), mapAt: sandbox.mapPath)
        let loaded = sandbox.store.load(mapAt: sandbox.mapPath)
        #expect(loaded.marks == marks)
        #expect(loaded.warnings.isEmpty)
    }

    @Test func aMarksFolderThatCannotBeCreatedGivesTheSystemsReason() throws {
        let sandbox = try Sandbox()
        try Data().write(to: sandbox.root.appendingPathComponent("state"))
        #expect {
            try sandbox.store.save(Marks([thesis]), loaded: Marks(), mapAt: sandbox.mapPath)
        } throws: { error in
            "\(error)" == "cannot create the marks folder \(sandbox.store.directory.path): Not a directory; set XDG_STATE_HOME to a folder you can write"
        }
    }

    @Test func theSameMapByAnotherPathSharesItsMarks() throws {
        let sandbox = try Sandbox()
        try sandbox.store.save(Marks([thesis]), loaded: Marks(), mapAt: sandbox.mapPath)
        let link = sandbox.root.appendingPathComponent("link.argdown").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: sandbox.mapPath)
        let roundabout = sandbox.root.path + "/state/../debate.argdown"
        #expect(sandbox.store.load(mapAt: link).marks == Marks([thesis]))
        #expect(sandbox.store.load(mapAt: roundabout).marks == Marks([thesis]))
    }

    @Test func aSaveRemovesWhatAKilledSaveLeftButNotASaveUnderWay() throws {
        let sandbox = try Sandbox()
        try sandbox.store.save(Marks([thesis]), loaded: Marks(), mapAt: sandbox.mapPath)
        let file = sandbox.store.fileURL(forMap: sandbox.mapPath)
        let pidMax = try String(contentsOfFile: "/proc/sys/kernel/pid_max", encoding: .utf8)
        let gone = Int(pidMax.trimmingCharacters(in: .whitespacesAndNewlines))! + 1
        let killed = "." + file.lastPathComponent + ".tmp-\(gone)-7"
        let underWay = "." + file.lastPathComponent + ".tmp-\(getpid())-8"
        for name in [killed, underWay] {
            try Data("{".utf8).write(to: file.deletingLastPathComponent().appendingPathComponent(name))
        }
        try sandbox.store.save(Marks([thesis, argument]), loaded: Marks([thesis]), mapAt: sandbox.mapPath)
        #expect(sandbox.stateFiles == [underWay, file.lastPathComponent, file.lastPathComponent + ".lock"].sorted())
        #expect(sandbox.store.load(mapAt: sandbox.mapPath).marks == Marks([thesis, argument]))
    }

    @Test func theFileHoldsTheMapPathAndNoTemporaryFileIsLeft() throws {
        let sandbox = try Sandbox()
        for round in 0..<20 {
            try sandbox.store.save(Marks([Mark(kind: .statement, title: "claim \(round)")]), loaded: Marks(), mapAt: sandbox.mapPath)
        }
        let file = sandbox.store.fileURL(forMap: sandbox.mapPath)
        #expect(file.lastPathComponent.hasPrefix("debate.argdown-"))
        #expect(sandbox.stateFiles == [file.lastPathComponent, file.lastPathComponent + ".lock"])
        let saved = try JSONDecoder().decode(MarkFile.self, from: Data(contentsOf: file))
        #expect(saved.map == MarkStore.realPath(sandbox.mapPath))
        #expect(saved.marks.count == 20)
    }

    @Test(arguments: ["", "{\"version\": 1, \"map\": \"/x\", \"marks\": [{\"kind\": \"state", "not json", "{\"version\": 99, \"map\": \"/x\", \"marks\": []}"])
    func aCorruptFileIsMovedAsideWithAWarning(contents: String) throws {
        let sandbox = try Sandbox()
        let file = sandbox.store.fileURL(forMap: sandbox.mapPath)
        try FileManager.default.createDirectory(at: sandbox.store.directory, withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: file)

        let loaded = sandbox.store.load(mapAt: sandbox.mapPath)
        #expect(loaded.marks.isEmpty)
        #expect(loaded.warnings.count == 1)
        #expect(loaded.warnings.first?.contains("moved \(file.path) to \(file.path).corrupt-") == true)
        let aside = try #require(sandbox.stateFiles.first { $0.hasPrefix(file.lastPathComponent + ".corrupt-") })
        #expect(try Data(contentsOf: sandbox.store.directory.appendingPathComponent(aside)) == Data(contents.utf8))
        #expect(!FileManager.default.fileExists(atPath: file.path))

        try sandbox.store.save(Marks([thesis]), loaded: Marks(), mapAt: sandbox.mapPath)
        #expect(sandbox.store.load(mapAt: sandbox.mapPath).marks == Marks([thesis]))
    }

    @Test func twoSessionsKeepEachOthersMarks() throws {
        let sandbox = try Sandbox()
        let store = sandbox.store
        try store.save(Marks([thesis]), loaded: Marks(), mapAt: sandbox.mapPath)

        // Both sessions open the map and see the thesis disputed.
        let firstBase = store.load(mapAt: sandbox.mapPath).marks
        let secondBase = store.load(mapAt: sandbox.mapPath).marks
        var first = firstBase
        var second = secondBase
        first[argument.key] = argument
        first[thesis.key] = nil
        let other = Mark(kind: .statement, title: "Data wall")
        second[other.key] = other

        let afterFirst = try store.save(first, loaded: firstBase, mapAt: sandbox.mapPath).marks
        #expect(afterFirst == Marks([argument]))
        let afterSecond = try store.save(second, loaded: secondBase, mapAt: sandbox.mapPath).marks
        // The second session never touched the thesis, so the first one's removal stands.
        #expect(afterSecond == Marks([argument, other]))
        #expect(store.load(mapAt: sandbox.mapPath).marks == Marks([argument, other]))
    }

    @Test func aSessionThatNeverSeesAnotherSessionsMarksKeepsThemAnyway() throws {
        let sandbox = try Sandbox()
        let store = sandbox.store
        // A browser keeps its own marks and passes what it last saved as the base.
        var browser = store.load(mapAt: sandbox.mapPath).marks
        var saved = browser
        browser[thesis.key] = thesis
        try store.save(browser, loaded: saved, mapAt: sandbox.mapPath)
        saved = browser

        let other = Mark(kind: .statement, title: "Data wall")
        try store.save(Marks([other]), loaded: Marks(), mapAt: sandbox.mapPath)

        browser[thesis.key] = nil
        browser[argument.key] = argument
        try store.save(browser, loaded: saved, mapAt: sandbox.mapPath)
        #expect(store.load(mapAt: sandbox.mapPath).marks == Marks([argument, other]))
    }

    @Test func concurrentWritersLoseNothing() async throws {
        let sandbox = try Sandbox()
        let store = sandbox.store
        let mapPath = sandbox.mapPath
        await withTaskGroup(of: Void.self) { group in
            for writer in 0..<4 {
                group.addTask {
                    var base = Marks()
                    for round in 0..<15 {
                        var marks = base
                        let mark = Mark(kind: .statement, title: "writer \(writer) claim \(round)")
                        marks[mark.key] = mark
                        if let saved = try? store.save(marks, loaded: base, mapAt: mapPath) { base = saved.marks }
                    }
                }
            }
        }
        #expect(store.load(mapAt: mapPath).marks.count == 60)
    }

    @Test func aStateFolderThatCannotBeMadeIsReportedByPath() throws {
        let sandbox = try Sandbox()
        let blocker = sandbox.root.appendingPathComponent("state")
        try Data("a file where the folder should be".utf8).write(to: blocker)
        #expect {
            try sandbox.store.save(Marks([thesis]), loaded: Marks(), mapAt: sandbox.mapPath)
        } throws: { error in
            "\(error)".contains("cannot create the marks folder \(sandbox.store.directory.path)")
        }
    }

    @Test func theStateFolderFollowsXDG() {
        let xdg = MarkStore(environment: ["XDG_STATE_HOME": "/tmp/xdg-state", "HOME": "/home/reader"])
        #expect(xdg.directory.path == "/tmp/xdg-state/argmap")
        let fallback = MarkStore(environment: ["HOME": "/home/reader"])
        #expect(fallback.directory.path == "/home/reader/.local/state/argmap")
        // The spec says a relative XDG path is invalid and must be ignored.
        let relative = MarkStore(environment: ["XDG_STATE_HOME": "state", "HOME": "/home/reader"])
        #expect(relative.directory.path == "/home/reader/.local/state/argmap")
    }
}

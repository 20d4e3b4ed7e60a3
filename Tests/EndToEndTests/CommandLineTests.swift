import Foundation
import Testing

/// The built `argmap` binary run as a user would, checking what it prints and its exit status.
@Suite struct CommandLineTests {
    @Test func helpListsEveryCommand() throws {
        let result = try ArgmapRun(["--help"])
        #expect(result.status == 0)
        for command in ["browse (default)", "tree", "show", "check", "sources"] {
            #expect(result.output.contains("  \(command) "))
        }
        let discussion = result.output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        for status in ["0 success", "64 bad usage", "65 a map with errors", "66 a map that cannot be read", "73 an -o FILE"] {
            #expect(discussion.contains(status), "the help names exit status \(status)")
        }
    }

    @Test(arguments: [["tree"], ["show", "T"], ["check"], ["sources"], [], ["browse"]])
    func aMissingMapExitsWith66AndSaysSo(command: [String]) throws {
        let result = try ArgmapRun(command.prefix(1) + ["/no/such/map.argdown"] + command.dropFirst())
        #expect(result.status == 66)
        #expect(result.errors == "argmap: no map at /no/such/map.argdown; give the path of an .argdown file, or none for the bundled debate\n")
        #expect(result.output.isEmpty)
    }

    @Test func aFolderIsNotAMap() throws {
        let result = try ArgmapRun(["tree", "/tmp"])
        #expect(result.status == 66)
        #expect(result.errors == "argmap: cannot open the map: /tmp is a folder, not a text file\n")
    }

    @Test func checkKeepsGoingPastAnUnreadableMapAndReportsJSON() throws {
        let folder = try TemporaryFolderForOutput()
        defer { folder.remove() }
        let map = folder.path + "/empty.argdown"
        try "".write(toFile: map, atomically: true, encoding: .utf8)
        let result = try ArgmapRun(["check", "--format", "json", "/no/such.argdown", map])
        #expect(result.status == 66)
        let document = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        let maps = document?["maps"] as? [[String: Any]]
        let diagnostics = document?["diagnostics"] as? [[String: Any]]
        #expect(maps?.map { $0["file"] as? String } == [map])
        #expect(diagnostics?.first?["file"] as? String == "/no/such.argdown")
        #expect(diagnostics?.first?["line"] as? Int == 0)
    }

    @Test func withoutAMapTheBundledDebateIsFoundThroughArgmapHome() throws {
        let root = try TemporaryFolderForOutput()
        defer { root.remove() }
        try FileManager.default.createDirectory(atPath: root.path + "/maps", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root.path + "/Resources", withIntermediateDirectories: true)
        try "".write(toFile: root.path + "/maps/debate.argdown", atomically: true, encoding: .utf8)
        let result = try ArgmapRun(["check"], environment: ["ARGMAP_HOME": root.path])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix(root.path + "/maps/debate.argdown: "))
    }

    @Test func aWrongArgmapHomeIsNamed() throws {
        let result = try ArgmapRun(["tree"], environment: ["ARGMAP_HOME": "/no/such/home"])
        #expect(result.status == 66)
        #expect(result.errors.hasPrefix("argmap: ARGMAP_HOME is /no/such/home, which holds no maps/debate.argdown"))
    }

    @Test func anUnknownTitleExitsWith64() throws {
        let folder = try TemporaryFolderForOutput()
        defer { folder.remove() }
        let map = folder.path + "/empty.argdown"
        try "".write(toFile: map, atomically: true, encoding: .utf8)
        let result = try ArgmapRun(["show", map, "Nothing"])
        #expect(result.status == 64)
        #expect(result.errors.contains("no statement or argument titled \"Nothing\""))
    }
}

/// One run of the built binary, its output captured through files so neither pipe can fill up.
struct ArgmapRun {
    var status: Int32
    var output: String
    var errors: String

    /// `outputRedirect`, when given, is a shell redirection of the program's standard output,
    /// such as `>/dev/full` or `>&-`.
    init(_ arguments: [String], environment: [String: String] = [:], directory: String? = nil, input: FileHandle = .nullDevice, outputRedirect: String? = nil) throws {
        let folder = try TemporaryFolderForOutput()
        defer { folder.remove() }
        let outputFile = folder.path + "/stdout"
        let errorFile = folder.path + "/stderr"
        _ = FileManager.default.createFile(atPath: outputFile, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile, contents: nil)
        let process = Process()
        if let outputRedirect {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", #"exec "$0" "$@" "# + outputRedirect, try Self.binary()] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: try Self.binary())
            process.arguments = arguments
        }
        var merged = ProcessInfo.processInfo.environment
        merged["ARGMAP_HOME"] = nil
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.standardInput = input
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outputFile))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errorFile))
        try process.run()
        // A hung run is killed rather than hanging the suite; its status then shows SIGKILL.
        let watchdog = DispatchWorkItem { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + Self.patience, execute: watchdog)
        process.waitUntilExit()
        watchdog.cancel()
        status = process.terminationStatus
        output = try String(contentsOfFile: outputFile, encoding: .utf8)
        errors = try String(contentsOfFile: errorFile, encoding: .utf8)
    }

    /// Seconds a run may take before it counts as hung: generous, for a loaded 2-core machine.
    static let patience = 300.0

    /// The `argmap` built beside this test bundle (`.build/debug/argmap`).
    static func binary() throws -> String {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("argmap").path,
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("argmap").path,
            packageRoot.appendingPathComponent(".build/debug/argmap").path,
        ]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw BinaryNotFound(looked: candidates)
        }
        return found
    }

    struct BinaryNotFound: Error, CustomStringConvertible {
        var looked: [String]
        var description: String { "no argmap binary; build it with `swift build` (looked at \(looked.joined(separator: ", ")))" }
    }
}

/// The bundled debate, found from the binary's own place in the clone as `swift run` finds it.
@Suite struct CommandLineBundledDebateTests {
    @Test func theBundledDebateChecksCleanWithoutAnyArgument() throws {
        let result = try ArgmapRun(["check"])
        #expect(result.status == 0)
        #expect(result.errors == "")
        #expect(result.output.contains("/maps/debate.argdown: "))
        #expect(result.output.contains(" verified; 0 errors, 0 warnings"))
    }

    @Test func theBundledDebatePrintsAsATreeAndListsItsFourSources() throws {
        let tree = try ArgmapRun(["tree", "--depth", "0"])
        #expect(tree.status == 0)
        #expect(tree.output.hasPrefix("# "))
        #expect(!tree.output.contains("\n  "))
        let sources = try ArgmapRun(["sources"])
        #expect(sources.output.split(separator: "\n").filter { !$0.hasPrefix(" ") }.map { $0.split(separator: ":")[0] }
            == ["overview", "report", "thread", "digest"])
    }
}

/// Every command reads Kialo and AIF files too, recognised from their content or named with `--from`.
@Suite struct CommandLineFormatTests {
    private let kialo = """
        Discussion Title: Should cities ban cars?

        1. Cities should ban cars.
        1.1. Pro: Cars pollute the air.
        1.2. Con: Deliveries need vehicles.
        1.2.1. Pro: Shops would close without them.

        """

    @Test(arguments: [["tree"], ["check"], ["eval", "--all"], ["show", "Cars pollute the air"]])
    func aKialoExportIsRecognisedByEveryCommand(command: [String]) throws {
        let folder = try TemporaryFolderForOutput()
        defer { folder.remove() }
        let file = folder.path + "/discussion.txt"
        try kialo.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try ArgmapRun(command.prefix(1) + [file] + command.dropFirst())
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("Cars pollute the air") || result.output.contains("0 errors"))
    }

    @Test func fromForcesTheFormat() throws {
        let folder = try TemporaryFolderForOutput()
        defer { folder.remove() }
        let file = folder.path + "/discussion.argdown"
        try kialo.write(toFile: file, atomically: true, encoding: .utf8)
        let asArgdown = try ArgmapRun(["check", "--from", "argdown", file])
        #expect(!asArgdown.output.contains("3 relations"))
        let checked = try ArgmapRun(["check", "--from", "kialo", file])
        #expect(checked.status == 0)
        #expect(checked.output.contains("4 nodes, 3 relations"))
        let forced = try ArgmapRun(["tree", "--input-format", "kialo", file])
        #expect(forced.status == 0)
        #expect(forced.output.contains("+ [Cars pollute the air"))
        #expect(forced.output.contains("- [Deliveries need vehicles"))
        let unknown = try ArgmapRun(["check", "--from", "yaml", file])
        #expect(unknown.status == 64)
        #expect(unknown.errors.contains("--from"))
    }
}

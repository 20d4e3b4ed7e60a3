import Foundation
import Testing

/// An exported map names its sources relative to where it is written, so its citations still verify.
@Suite struct CommandLineExportPathTests {
    static let map = """
        ===
        sources:
          report: {file: texts/report.txt, title: The report}
        ===

        [A]: a claim. {source: report, quote: "exact words"}

        """

    private func fixture() throws -> TemporaryFolderForOutput {
        let folder = try TemporaryFolderForOutput()
        try FileManager.default.createDirectory(atPath: folder.path + "/maps/texts", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.path + "/elsewhere", withIntermediateDirectories: true)
        try "Some exact words here.\n".write(toFile: folder.path + "/maps/texts/report.txt", atomically: true, encoding: .utf8)
        try Self.map.write(toFile: folder.path + "/maps/debate.argdown", atomically: true, encoding: .utf8)
        return folder
    }

    @Test func theBundledDebateExportedElsewhereChecksClean() throws {
        let folder = try TemporaryFolderForOutput()
        defer { folder.remove() }
        let exported = try ArgmapRun(["export", "--to", "argdown", "-o", folder.path + "/out.argdown"])
        #expect(exported.status == 0, "\(exported.errors)")
        let checked = try ArgmapRun(["check", folder.path + "/out.argdown"])
        #expect(checked.status == 0, "\(checked.errors)")
        #expect(checked.output.contains("0 errors"))
    }

    @Test func aSourceInsideTheOutputFolderStaysRelative() throws {
        let folder = try fixture()
        defer { folder.remove() }
        let exported = try ArgmapRun(["export", "maps/debate.argdown", "--to", "argdown", "-o", "copy.argdown"], directory: folder.path)
        #expect(exported.status == 0)
        #expect(exported.errors == "")
        let text = try String(contentsOfFile: folder.path + "/copy.argdown", encoding: .utf8)
        #expect(text.contains("file: \"maps/texts/report.txt\""))
        let checked = try ArgmapRun(["check", "copy.argdown"], directory: folder.path)
        #expect(checked.status == 0, "\(checked.errors)")
    }

    @Test func aSourceOutsideItIsAbsoluteAndTheHintNamesItsFolder() throws {
        let folder = try fixture()
        defer { folder.remove() }
        let exported = try ArgmapRun(["export", "maps/debate.argdown", "--to", "argdown", "-o", "elsewhere/copy.argdown"], directory: folder.path)
        #expect(exported.status == 0)
        let sources = URL(fileURLWithPath: folder.path + "/maps/texts").standardizedFileURL.path
        #expect(exported.errors.contains("open the result with --sources \(sources)"))
        let unnamed = try ArgmapRun(["check", "elsewhere/copy.argdown"], directory: folder.path)
        #expect(unnamed.status == 65)
        let checked = try ArgmapRun(["check", "elsewhere/copy.argdown", "--sources", sources], directory: folder.path)
        #expect(checked.status == 0, "\(checked.errors)")
    }

    @Test func toStandardOutputPathsAreRelativeToTheCurrentFolder() throws {
        let folder = try fixture()
        defer { folder.remove() }
        let exported = try ArgmapRun(["export", "debate.argdown", "--to", "json"], directory: folder.path + "/maps")
        #expect(exported.output.contains("\"file\" : \"texts/report.txt\"") || exported.output.contains("\"file\": \"texts/report.txt\""))
    }
}

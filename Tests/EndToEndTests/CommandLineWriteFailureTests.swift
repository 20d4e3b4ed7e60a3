import Testing

/// Output that cannot be written ends every command with a message and 74, as `cat` does,
/// instead of a trap or a silent success.
@Suite struct CommandLineWriteFailureTests {
    static let commands: [[String]] = [
        ["generate", "--nodes", "1000"],
        ["generate", "--nodes", "1000", "--format", "kialo"],
        ["export", "--to", "json"],
        ["export", "--to", "argdown"],
        ["tree"],
        ["show", "Pre-training is plateauing"],
        ["eval"],
        ["sources"],
        ["check"],
        ["check", "--format", "json"],
        ["--help"],
        ["--version"],
        ["export", "--help"],
    ]

    @Test(arguments: commands)
    func aFullDiskIsReported(command: [String]) throws {
        let result = try ArgmapRun(command, outputRedirect: ">/dev/full")
        #expect(result.status == 74)
        #expect(result.errors.hasSuffix("argmap: cannot write to standard output: No space left on device\n"))
    }

    @Test(arguments: commands)
    func aClosedStandardOutputIsReported(command: [String]) throws {
        let result = try ArgmapRun(command, outputRedirect: ">&-")
        #expect(result.status == 74)
        #expect(result.errors.hasSuffix("argmap: cannot write to standard output: Bad file descriptor\n"))
    }

    @Test func aReaderThatGoesAwayEndsTheExportQuietly() throws {
        let result = try ArgmapRun(["generate", "--nodes", "100000"], outputRedirect: "| head -c 1 >/dev/null")
        #expect(result.errors == "")
    }
}

import ArgumentParser

@main
struct Argmap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "argmap",
        abstract: "Read argument maps: theses, the claims for and against them, and the quoted sources they rest on.",
        usage: "argmap [MAP] [--sources DIR ...]\n  argmap <subcommand> [MAP] ...",
        discussion: """
            Without a MAP every command opens the bundled debate. Exit status: 0 success, \
            64 bad usage, 65 a map with errors (what could be read is still printed), \
            66 a map that cannot be read, 73 an -o FILE that export, import or generate cannot write, \
            74 standard output that cannot be written (a full disk, a closed descriptor).
            """,
        version: version,
        subcommands: subcommands,
        defaultSubcommand: BrowseCommand.self
    )

    /// Every subcommand, in the order `--help` lists them. New commands join here.
    static let subcommands: [ParsableCommand.Type] = [
        BrowseCommand.self,
        TreeCommand.self,
        ShowCommand.self,
        CheckCommand.self,
        SourcesCommand.self,
        EvalCommand.self,
        ExportCommand.self,
        ImportCommand.self,
        GenerateCommand.self,
    ]

    static let version = "0.1.0"

    /// Runs the command, then exits with 65 if a map it opened had errors, though it printed what it could read.
    static func main() {
        StandardOutput.reserveClosedDescriptors()
        let names = subcommands.map { $0.configuration.commandName ?? "" }
        if let word = CommandLine.arguments.dropFirst().first, let command = CommandSuggestion.command(near: word, among: names) {
            StandardError.write("argmap: no command or map file named \(word); did you mean `argmap \(command)`? (`argmap --help` lists the commands)")
            exit(withError: ExitCode(64))
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            // Help and the version go to standard output, written as every command's output is.
            if exitCode(for: error) == .success {
                StandardOutput.write(fullMessage(for: error) + "\n")
                exit(withError: nil)
            }
            exit(withError: error)
        }
        if MapProblems.haveErrors { exit(withError: ExitCode(65)) }
    }
}

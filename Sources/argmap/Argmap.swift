import ArgumentParser

@main
struct Argmap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "argmap",
        abstract: "Read argument maps: theses, the claims for and against them, and the quoted sources they rest on.",
        usage: "argmap [MAP] [--sources DIR ...]\n  argmap <subcommand> [MAP] ...",
        discussion: """
            Without a MAP every command opens the bundled debate. Exit status: 0 success, \
            64 bad usage, 65 a map with errors (check), 66 a map that cannot be read.
            """,
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
}

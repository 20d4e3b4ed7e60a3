import ArgumentMap
import ArgumentParser

/// `argmap import`: a Kialo or AIF map (or any map) as Argdown, the same as `export --to argdown`.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a Kialo export or AIF file into an Argdown map (export --to argdown).",
        discussion: """
            Kialo claims keep their number as data (kialo: "1.2.3") and get a short title from \
            their first words; AIF I-nodes likewise. Write the result with -o debate.argdown, \
            then open it with `argmap debate.argdown`.
            """
    )

    @Argument(help: "The file to import: a Kialo discussion export (.txt), AIF JSON (.json) or Argdown.")
    var file: String

    @OptionGroup var common: ExportOptionsGroup

    func run() throws {
        try common.export(file, to: .argdown, kind: "the file to import: a Kialo export (.txt), AIF JSON (.json) or Argdown")
    }
}

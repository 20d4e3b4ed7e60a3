import ArgumentMap
import ArgumentParser
import Foundation

extension ExportFormat: ExpressibleByArgument {}

/// `argmap export`: the map in another format, to standard output or a file.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a map as Argdown, JSON, Graphviz DOT, Markdown or AIF.",
        discussion: """
            MAP may be Argdown, a Kialo discussion export (.txt) or AIF JSON (.json); its format \
            is recognised from its content, or forced with --from. Problems reading it go to \
            standard error; a map with errors is not exported. Written to a file or a pipe, \
            with -o or >, the text is exactly the map's; only a terminal is shown control \
            characters as visible escapes. With -o the file is replaced all at once (a \
            temporary file renamed over it). Exit status: 0 success, 65 a map with errors, 66 a \
            map that cannot be read, 73 an output file that cannot be written.
            """
    )

    @Argument(help: "The map file (- reads it from standard input); the bundled debate if none is given.")
    var map: String?

    @Option(help: ArgumentHelp("The format to write: argdown, json, dot, markdown or aif.", valueName: "FORMAT"))
    var to: ExportFormat

    @OptionGroup var common: ExportOptionsGroup

    func run() throws {
        try common.export(map, to: to)
    }
}

/// The options `export` and `import` share, and the work they share.
struct ExportOptionsGroup: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    @Flag(help: "Include your marks: a #disputed tag and the note on each claim you marked.")
    var withMarks = false

    @OptionGroup var mapOptions: MapOptions

    func export(_ path: String?, to format: ExportFormat, kind: String? = nil) throws {
        if let output {
            do {
                try ExportDestination.check(output)
            } catch {
                StandardError.write("argmap: \(error)")
                throw ExitCode(73)
            }
        }
        let loaded = try mapOptions.open(path, kind: kind)
        if loaded.diagnostics.containsErrors {
            StandardError.write("argmap: \(loaded.map.file ?? "the map") has errors; nothing was exported")
            throw ExitCode(65)
        }
        var options = ExportOptions(resolvedCitations: loaded.citations)
        let saved = loaded.map.file.map { MarkStore().load(mapAt: $0) }
        for warning in saved?.warnings ?? [] { StandardError.write("argmap: warning: \(warning)") }
        let marks = saved?.marks ?? Marks()
        if withMarks || format == .json { marks.noteGone(from: loaded.map) }
        if withMarks { options.marks = marks }
        if format == .json {
            let evaluation = Evaluator(map: loaded.map).evaluate(disputed: marks.disputedNodes(in: loaded.map))
            options.labels.reserveCapacity(loaded.map.nodes.count)
            options.strengths.reserveCapacity(loaded.map.nodes.count)
            for id in loaded.map.nodeIDs {
                options.labels[id] = evaluation.label(of: id).rawValue
                options.strengths[id] = evaluation.strength(of: id)
            }
        }
        let relocation = SourceRelocation(loaded, into: output.map { $0 + "/.." } ?? ".")
        if let output {
            do {
                try ExportDestination.write(toFile: output) { format.write(relocation.map, options: options, to: $0) }
            } catch {
                StandardError.write("argmap: \(error)")
                throw ExitCode(73)
            }
        } else {
            // A file or a pipe gets the map as `-o` writes it; only a terminal gets visible escapes.
            let escaping = isatty(STDOUT_FILENO) == 1 ? format.terminalEscaping : .none
            let sink = ExportSink(escaping: escaping) { StandardOutput.write(UnsafeRawBufferPointer($0)) }
            format.write(relocation.map, options: options, to: sink)
            sink.flush()
        }
        if format == .argdown, !relocation.outsideFolders.isEmpty {
            let flags = relocation.outsideFolders.map { "--sources \($0)" }.joined(separator: " ")
            StandardError.write("argmap: note: sources outside \(output.map { "the folder of \($0)" } ?? "this folder") are written with absolute paths; open the result with \(flags)")
        }
    }
}

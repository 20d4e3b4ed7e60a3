import ArgumentMap
import Browser
import Foundation
import Screen
import Testing

/// A map and a source that try to act on the terminal: clear it, retitle the window, write the
/// clipboard, plant a link, reverse text, move the cursor. Every command and every browser
/// view must show these as visible escapes and send none of them.
struct HostileMapFixture {
    static let escape = "\u{1B}"
    static let clear = "\u{1B}[2J"
    static let windowTitle = "\u{1B}]0;PWNED\u{07}"
    static let clipboard = "\u{1B}]52;c;SGVsbG8=\u{07}"
    static let link = "\u{1B}]8;;http://evil.example\u{1B}\\click\u{1B}]8;;\u{1B}\\"

    /// Raw bytes in titles, texts, tags and headings; YAML escapes (`\e`, `\a`, `\0`) in data,
    /// where YAML allows no raw control characters.
    static let map = """
        ===
        title: "Map \\e]0;PWNED\\a"
        sources:
          evil: {file: evil.txt, title: "Source \\e]52;c;SGVsbG8=\\a"}
        ===

        # Section \(clear) heading

        <Title \(windowTitle)>: Text \(clear) and \(clipboard) and \(link) \u{202E}reversed\u{202C} \u{8}back \u{9B}31m C1 #(tag \u{1B}[31m) {source: evil, quote: "quoted \\e]0;PWNED\\a words", note: "\\0 nul \\e[2J"}
          + [Child \u{1B}[2J]: plain \u{2066}isolate

        """

    /// NUL, a lone CR and backspace can only come from a source document: the map reader refuses NUL.
    static let source = "Line one.\nquoted \(windowTitle) words here \(clear)\u{0} NUL \r CR \u{8} BS\n\(clipboard) \u{202E}\(link)\n"

    /// What the output must show instead, escaped.
    static let visible = ["\\e]0;PWNED", "\\e[2J", "\\e]52;c;SGVsbG8=", "\\e]8;;http://evil.example", "\\u{202E}"]

    let folder: String
    var mapPath: String { folder + "/hostile.argdown" }

    init() throws {
        folder = FileManager.default.temporaryDirectory.path + "/argmap-hostile-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Self.map.write(toFile: mapPath, atomically: true, encoding: .utf8)
        try Self.source.write(toFile: folder + "/evil.txt", atomically: true, encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }

    /// Characters a terminal acts on: C0 and C1 controls, DEL, and bidirectional controls.
    static func actsOnTerminal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F where scalar != "\n", 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }

    /// The characters of `text` a terminal would act on, as code points, for a readable failure.
    static func controls(in text: String) -> [String] {
        text.unicodeScalars.filter(actsOnTerminal).map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }
}

@Suite struct HostileTextTests {
    @Test func theFixtureReadsCleanlySoEveryFieldIsShown() throws {
        let fixture = try HostileMapFixture()
        defer { fixture.remove() }
        let check = try ArgmapRun(["check", fixture.mapPath])
        #expect(check.status == 0, "\(check.errors)")
        #expect(check.output.contains("1 of 1 citation verified"))
    }

    @Test(arguments: [
        ["tree"], ["check"], ["check", "--format", "json"], ["sources"],
        ["show", "Title \u{1B}]0;PWNED\u{07}"], ["show", "Child \u{1B}[2J"], ["eval"],
    ])
    func everyCommandPrintsItEscaped(_ command: [String]) throws {
        let fixture = try HostileMapFixture()
        defer { fixture.remove() }
        var arguments = command
        arguments.insert(fixture.mapPath, at: command[0] == "show" ? 1 : command.count)
        let result = try ArgmapRun(arguments)
        #expect(result.status == 0, "\(result.errors)")
        #expect(HostileMapFixture.controls(in: result.output) == [])
        #expect(HostileMapFixture.controls(in: result.errors) == [])
        if command == ["tree"] || command[0] == "show" {
            for shown in HostileMapFixture.visible.prefix(2) { #expect(result.output.contains(shown), "\(result.output)") }
        }
    }

    @Test func showPrintsEveryHostileFieldEscaped() throws {
        let fixture = try HostileMapFixture()
        defer { fixture.remove() }
        let result = try ArgmapRun(["show", fixture.mapPath, "Title \u{1B}]0;PWNED\u{07}"])
        for shown in HostileMapFixture.visible + ["#tag \\e[31m", "\\0 nul", "Section \\e[2J heading", "\\u{9B}31m", "\\u{8}back"] {
            #expect(result.output.contains(shown), "show does not print \(shown):\n\(result.output)")
        }
    }

    @Test func checkJSONStaysValidJSONAndKeepsTheText() throws {
        let fixture = try HostileMapFixture()
        defer { fixture.remove() }
        let bad = fixture.folder + "/bad \u{1B}[2J\u{202E}.argdown"
        let map = "===\nsources: {evil: {file: evil.txt}}\n===\n[a]: text {source: evil, quote: \"not there \\e]0;PWNED\\a\"}\n"
        try map.write(toFile: bad, atomically: true, encoding: .utf8)
        let result = try ArgmapRun(["check", "--format", "json", bad])
        #expect(result.status == 65)
        #expect(HostileMapFixture.controls(in: result.output) == [])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { $0["file"] as? String } == [bad])
        #expect((diagnostics.first?["message"] as? String)?.contains("quote \"not there \u{1B}]0;PWNED\u{07}\" is not in source `evil`") == true)
    }

    /// Found by a new user: `export --to argdown > file` wrote display escapes (`\u{7}`), which
    /// read back as text and changed the map. Output that is not a terminal is data.
    @Test(arguments: [["export", "--to", "argdown"], ["export", "--to", "json"], ["export", "--to", "dot"],
                      ["export", "--to", "markdown"], ["export", "--to", "aif"], ["import"]])
    func exportToAFileOrPipeIsByteForByteWhatDashOWrites(_ command: [String]) throws {
        let fixture = try HostileMapFixture()
        defer { fixture.remove() }
        let written = fixture.folder + "/written"
        let toFile = try ArgmapRun(command + ["hostile.argdown", "-o", "written"], directory: fixture.folder)
        let toStandardOutput = try ArgmapRun(command + ["hostile.argdown"], directory: fixture.folder)
        #expect(toFile.status == 0 && toStandardOutput.status == 0, "\(toFile.errors)\(toStandardOutput.errors)")
        #expect(Data(toStandardOutput.output.utf8) == FileManager.default.contents(atPath: written))
        if command.last != "dot" {  // DOT leaves controls out of its labels
            #expect(HostileMapFixture.controls(in: toStandardOutput.output) != [], "the map's own characters, not escapes")
        }
    }

    @Test func anArgdownExportOnAPipeReadsBackAsTheSameMap() throws {
        let fixture = try HostileMapFixture()
        defer { fixture.remove() }
        let exported = try ArgmapRun(["export", "--to", "argdown", "hostile.argdown"], directory: fixture.folder)
        try exported.output.write(toFile: fixture.folder + "/again.argdown", atomically: true, encoding: .utf8)
        let original = try MapLoader().load(fixture.mapPath).map
        let again = try MapLoader().load(fixture.folder + "/again.argdown").map
        #expect(again.nodes.map(\.title) == original.nodes.map(\.title))
        #expect(again.nodes.map(\.text) == original.nodes.map(\.text))
    }

    /// Found here: JSON exported to standard output carried `\u{202E}`, which is not JSON.
    @Test(arguments: ["json", "aif"])
    func jsonExportsStayValidJSONAndKeepTheText(_ format: String) throws {
        let fixture = try HostileMapFixture()
        defer { fixture.remove() }
        let result = try ArgmapRun(["export", "--to", format, fixture.mapPath])
        #expect(result.status == 0, "\(result.errors)")
        let document = try JSONSerialization.jsonObject(with: Data(result.output.utf8))
        let strings = Self.strings(in: document)
        #expect(strings.contains { $0.contains("\u{202E}reversed\u{202C}") && $0.contains(HostileMapFixture.clear) }, "\(strings)")
    }

    private static func strings(in value: Any) -> [String] {
        var found: [String] = []
        var pending = [value]
        while let next = pending.popLast() {
            switch next {
            case let text as String: found.append(text)
            case let list as [Any]: pending += list
            case let object as [String: Any]: pending += Array(object.values)
            default: break
            }
        }
        return found
    }

    /// The browser drawn headless in every view this map can reach: no cell may carry a control.
    @Test func everyBrowserViewDrawsItEscaped() throws {
        let fixture = try HostileMapFixture()
        defer { fixture.remove() }
        let loaded = try MapLoader().load(fixture.mapPath)
        #expect(!loaded.diagnostics.containsErrors)
        let size = Size(width: 100, height: 30)
        var state = BrowserState(loaded: loaded, size: size)
        var drawn: [String] = []
        func press(_ keys: Key...) {
            for key in keys { _ = state.handle(.key(key)) }
            let frame = state.render(size: size)
            let controls = frame.cells.flatMap { HostileMapFixture.controls(in: $0.text) }
            #expect(controls == [], "after \(keys): \(controls)")
            drawn.append(frame.lines.joined(separator: "\n"))
        }
        press()
        press(.enter)
        press(.character("j"), .character("j"))
        press(.escape, .character("j"))
        press(.character("d"), .character("e"))
        for character in "n\u{1B}te" { press(.character(character)) }
        press(.enter, .character("m"))
        press(.escape, .character("/"), .character("\u{9B}"), .character("e"))
        press(.escape, .character("?"))
        let everything = drawn.joined(separator: "\n")
        for shown in ["\\e]0;PWNED", "\\e[2J", "\\e]52;c;SGVsbG8=", "\\u{202E}", "\\0 NUL"] {
            #expect(everything.contains(shown), "no view shows \(shown)")
        }
    }
}

/// The same in a real terminal: the pane shows the escapes, and neither the window title nor
/// tmux's clipboard (paste buffers, with OSC 52 accepted) changes.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, TmuxSession.missingMessage))
struct HostileTextTerminalTests {
    /// Runs the shell `command` in tmux only once the clipboard accepts OSC 52 writes and the
    /// pane has a known title; afterwards both must be as they were.
    private func withWatchedPane(_ command: String, height: Int = 30, expectUntouched: Bool = true, _ body: (TmuxSession) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.path + "/argmap-watch-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let script = "while [ ! -e \(folder)/go ]; do sleep 0.02; done\n\(command)\nsleep 600\n"
        try script.write(toFile: folder + "/run.sh", atomically: true, encoding: .utf8)
        try TmuxSession.with("sh \(folder)/run.sh", height: height) { tmux in
            try tmux.setOption("set-clipboard", "on")
            try tmux.setTitle("untouched")
            _ = FileManager.default.createFile(atPath: folder + "/go", contents: nil)
            try body(tmux)
            guard expectUntouched else { return }
            #expect(try tmux.display("#{pane_title}") == "untouched")
            #expect(try tmux.pasteBuffers() == "")
        }
    }

    /// The checks above can fail: the same bytes sent raw do retitle the pane and fill a buffer.
    @Test func theWatchCatchesRawSequences() throws {
        try withWatchedPane("printf '\\033]0;PWNED\\007\\033]52;c;SGVsbG8=\\007raw-sent\\n'", expectUntouched: false) { tmux in
            try tmux.waitFor("raw-sent")
            try tmux.waitUntilDisplay("#{pane_title}", is: "PWNED")
            #expect(try tmux.pasteBuffers().contains("Hello"))
        }
    }

    @Test func theBrowserShowsItEscapedInEveryView() throws {
        let fixture = try HostileMapFixture()
        defer { fixture.remove() }
        let program = try TmuxProgram(arguments: [fixture.mapPath])
        defer { program.removeFiles() }
        try withWatchedPane(program.command) { tmux in
            let outline = try tmux.waitFor(TmuxProgram.readyMarker)
            #expect(outline.contains("<Title \\e]0;PWNED"))
            try tmux.press("Enter", until: "\\e[2J\\0 NUL")
            try tmux.press("n", until: "\\e]52;c;SGVsbG8=")
            try tmux.press("Escape", "j", until: "[Child \\e[2J]")
            try tmux.press("q", until: TmuxProgram.exitedMarker)
            #expect(program.exitStatus == 0)
        }
    }

    @Test func everyCommandLeavesThePaneAlone() throws {
        let fixture = try HostileMapFixture()
        defer { fixture.remove() }
        let binary = try ArgmapRun.binary()
        let map = fixture.mapPath
        let commands = [["tree", map], ["check", map], ["check", "--format", "json", map], ["sources", map], ["show", map, "Child \u{1B}[2J"]]
            .map { ([binary] + $0).map(Self.quoted).joined(separator: " ") }
        try withWatchedPane(commands.joined(separator: "\n") + "\necho ALL-COMMANDS-RAN") { tmux in
            let screen = try tmux.waitFor("ALL-COMMANDS-RAN")
            #expect(screen.contains("[Child \\e[2J]"))
        }
    }

    /// An export written to a terminal shows the escapes (JSON and AIF the JSON way; DOT leaves
    /// controls out of its labels); written anywhere else it is the map's own text (`HostileTextTests`).
    @Test(arguments: [("argdown", "\\u{202E}"), ("json", "\\u202E"), ("dot", "reversed back"), ("markdown", "\\u{202E}"), ("aif", "\\u202E")])
    func anExportToTheTerminalLeavesThePaneAlone(_ format: String, shown escape: String) throws {
        let fixture = try HostileMapFixture()
        defer { fixture.remove() }
        let command = try [ArgmapRun.binary(), "export", "--to", format, fixture.mapPath].map(Self.quoted).joined(separator: " ")
        try withWatchedPane(command + "\necho EXPORT-RAN", height: 200) { tmux in
            let screen = try tmux.waitFor("EXPORT-RAN")
            #expect(screen.contains(escape), "\(screen)")
        }
    }

    private static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

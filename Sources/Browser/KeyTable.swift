import Screen

/// The one key table: `handle` looks keys up here, and the help screen and the README's key
/// table are generated from it, so they cannot drift apart.
public enum KeyTable {
    public static let bindings: [KeyBinding] = [
        KeyBinding("j ↓", [.character("j"), .down], .moveDown, .everywhere, "next row (line in the source view)"),
        KeyBinding("k ↑", [.character("k"), .up], .moveUp, .everywhere, "previous row"),
        KeyBinding("g Home", [.character("g"), .home], .first, .everywhere, "first row"),
        KeyBinding("G End", [.character("G"), .end], .last, .everywhere, "last row"),
        KeyBinding("PgDn Ctrl-f", [.pageDown, .control("f")], .pageDown, .everywhere, "page down"),
        KeyBinding("PgUp Ctrl-b", [.pageUp, .control("b")], .pageUp, .everywhere, "page up"),
        KeyBinding("Ctrl-d", [.control("d")], .halfPageDown, .everywhere, "half a page down"),
        KeyBinding("Ctrl-u", [.control("u")], .halfPageUp, .everywhere, "half a page up"),
        KeyBinding("J", [.character("J")], .nextSibling, .outline, "next sibling"),
        KeyBinding("K", [.character("K")], .previousSibling, .outline, "previous sibling"),
        KeyBinding("H", [.character("H")], .parent, .outline, "parent"),
        KeyBinding("h ←", [.character("h"), .left], .foldOrParent, .outline, "fold, or go to the parent"),
        KeyBinding("l →", [.character("l"), .right], .unfoldOrChild, .outline, "unfold, or go to the first child"),
        KeyBinding("Space", [.character(" ")], .toggleFold, .outline, "fold or unfold"),
        KeyBinding("z", [.character("z")], .foldAll, .outline, "fold everything"),
        KeyBinding("Z", [.character("Z")], .unfoldAll, .outline, "unfold everything"),
        KeyBinding("1-9", (1...9).map { .character(Character(String($0))) }, .unfoldToDepth, .outline, "show that many levels of the tree (1: the top claims only)"),
        KeyBinding("x", [.character("x")], .foldAllButPath, .outline, "fold everything except the path to the cursor"),
        KeyBinding("]", [.character("]")], .scrollDetailDown, .outline, "scroll the detail pane down"),
        KeyBinding("[", [.character("[")], .scrollDetailUp, .outline, "scroll the detail pane up"),
        KeyBinding("}", [.character("}")], .detailEnd, .outline, "the end of the detail pane"),
        KeyBinding("{", [.character("{")], .detailStart, .outline, "the start of the detail pane"),
        KeyBinding("i", [.character("i")], .toggleDetail, .outline, "hide or show the detail pane"),
        KeyBinding("Enter", [.enter], .follow, .outline, "open the source at the quote; jump from a cross-reference; else fold/unfold"),
        KeyBinding("/", [.character("/")], .search, .outline, "search titles, texts, quotes, #tags (Up/Down: earlier searches)"),
        KeyBinding("n", [.character("n")], .nextMatch, .outline, "next search match"),
        KeyBinding("N", [.character("N")], .previousMatch, .outline, "previous search match"),
        KeyBinding("d", [.character("d")], .toggleDisputed, .outline, "mark or unmark the claim as disputed"),
        KeyBinding("e", [.character("e")], .editNote, .outline, "add or edit a one-line note on the claim"),
        KeyBinding("m", [.character("m")], .showMarks, .outline, "list all marks (Enter jumps to one)"),
        KeyBinding("f", [.character("f")], .cycleFilter, .outline, "filter: all, supporting, attacking, disputed, uncited"),
        KeyBinding("v", [.character("v")], .toggleEvaluation, .outline, "show or hide the evaluation: ✓ stands, ✗ defeated, ? open, ○ unsupported"),
        KeyBinding("w", [.character("w")], .explain, .outline, "why the claim has its label: the attackers and supporters that decide it"),
        KeyBinding("n", [.character("n")], .nextSpan, .source, "next cited passage in this document"),
        KeyBinding("N", [.character("N")], .previousSpan, .source, "previous cited passage in this document"),
        KeyBinding("Enter", [.enter], .follow, .source, "list the claims that cite the highlighted passage"),
        KeyBinding("Enter", [.enter], .follow, .list, "go to the chosen claim"),
        KeyBinding("d", [.character("d")], .dropMark, .marks, "drop the chosen mark when its claim is gone from the map"),
        KeyBinding("Esc Backspace Ctrl-o", [.escape, .backspace, .control("o")], .back, .everywhere, "back to exactly where you were"),
        KeyBinding("Tab Ctrl-i", [.tab, .control("i")], .forward, .everywhere, "forward again"),
        KeyBinding("?", [.character("?")], .help, .everywhere, "this help"),
        KeyBinding("q", [.character("q")], .quit, .everywhere, "quit (from a sub-view, go back)"),
        KeyBinding("Ctrl-l", [.control("l")], .redraw, .everywhere, "redraw the screen"),
        KeyBinding("Ctrl-z", [.control("z")], .suspend, .everywhere, "suspend (fg resumes)"),
        KeyBinding("Ctrl-c", [.control("c")], .quit, .everywhere, "quit (in a search or note prompt, cancel it)"),
    ]

    /// The action for a key in a context: the context's own binding first, then the one of the
    /// context it is part of, and so on out to everywhere.
    public static func action(for key: Key, in context: KeyContext) -> Action? {
        let matching = bindings.filter { $0.keys.contains(key) }
        var context: KeyContext? = context
        while let current = context {
            if let binding = matching.first(where: { $0.context == current }) { return binding.action }
            context = current.enclosing
        }
        return nil
    }

    /// The help screen's lines: a heading per context, then each binding, its keys named in ASCII
    /// when `unicode` is false, and its description wrapped to `width` beside the keys or, when
    /// that leaves too little room, below them.
    static func helpLines(unicode: Bool, width: Int) -> [(text: String, isHeading: Bool)] {
        func label(_ binding: KeyBinding) -> String { unicode ? binding.label : binding.asciiLabel }
        let labelWidth = bindings.map { DisplayWidth.of(label($0)) }.max() ?? 0
        let besideIndent = 2 + labelWidth + 2
        let descriptionsBeside = width - besideIndent >= 20
        var lines: [(String, Bool)] = []
        for context in KeyContext.allCases {
            let entries = bindings.filter { $0.context == context }
            guard !entries.isEmpty else { continue }
            if !lines.isEmpty { lines.append(("", false)) }
            lines += TextWrapper.lines(context.rawValue, width: max(1, width)).map { ($0, true) }
            for entry in entries {
                if descriptionsBeside {
                    let help = TextWrapper.lines(entry.help, width: width - besideIndent)
                    lines.append(("  " + label(entry).padding(toWidth: labelWidth) + "  " + (help.first ?? ""), false))
                    lines += help.dropFirst().map { (String(repeating: " ", count: besideIndent) + $0, false) }
                } else {
                    lines.append(("  " + label(entry), false))
                    lines += TextWrapper.lines(entry.help, width: max(1, width - 4)).map { ("    " + $0, false) }
                }
            }
        }
        return lines
    }

    /// The key table as Markdown, for the README.
    public static func markdown() -> String {
        var result = ""
        for context in KeyContext.allCases {
            let entries = bindings.filter { $0.context == context }
            guard !entries.isEmpty else { continue }
            result += "\n### \(context.rawValue)\n\n| Keys | Does |\n| --- | --- |\n"
            for entry in entries {
                let keys = entry.label.split(separator: " ").map { "`\($0)`" }.joined(separator: " ")
                result += "| \(keys) | \(entry.help) |\n"
            }
        }
        return String(result.dropFirst())
    }
}

private extension String {
    func padding(toWidth width: Int) -> String {
        let missing = width - DisplayWidth.of(self)
        return missing > 0 ? self + String(repeating: " ", count: missing) : self
    }
}

import ArgumentMap
import Screen

/// A deliberately small program that lists the map's nodes, so the terminal and the run
/// loop can be exercised end to end until the Browser module is wired in here.
struct StandInBrowser: SessionProgram {
    var loaded: LoadedMap
    var marks: Marks
    var asciiOnly: Bool
    var selected = 0

    init(loaded: LoadedMap, marks: Marks, asciiOnly: Bool) {
        self.loaded = loaded
        self.marks = marks
        self.asciiOnly = asciiOnly
    }

    mutating func handle(_ event: InputEvent) -> [SessionEffect] {
        let count = loaded.map.nodes.count
        switch event {
        case .key(.character("q")): return [.quit]
        case .key(.character("j")), .key(.down): selected = min(selected + 1, max(0, count - 1))
        case .key(.character("k")), .key(.up): selected = max(selected - 1, 0)
        case .key(.control("z")): return [.suspend]
        default: break
        }
        return []
    }

    func render(size: Size) -> Frame {
        var frame = Frame(size: size)
        guard size.width >= 20, size.height >= 5 else {
            frame.put("too small", column: 0, row: 0)
            return frame
        }
        frame.put(loaded.map.title.terminalSafe, column: 0, row: 0, style: Style(bold: true))
        let nodes = loaded.map.nodes
        for (offset, node) in nodes.prefix(size.height - 2).enumerated() {
            let style = offset == selected ? Style(reverse: true) : .plain
            frame.fill(row: offset + 1, style: style)
            frame.put((asciiOnly ? "- " : "• ") + node.title.terminalSafe, column: 0, row: offset + 1, style: style)
        }
        let position = nodes.isEmpty ? "0/0" : "\(selected + 1)/\(nodes.count)"
        let status = "\(position)  \(size)  q quit"
        frame.fill(row: size.height - 1, style: Style(reverse: true))
        frame.put(status, column: 0, row: size.height - 1, style: Style(reverse: true))
        return frame
    }
}

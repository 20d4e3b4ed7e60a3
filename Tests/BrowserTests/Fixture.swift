import ArgumentMap
@testable import Browser
import Screen

/// A small debate: a thesis, a supporter undercut by one claim and attacked by another
/// claim that also attacks the thesis (so it appears twice), and a cited source.
enum Fixture {
    static let location = SourceLocation(file: "debate.argdown", line: 1, column: 1)

    static let sourceLines = [
        "Intro line.",
        "Loss falls smoothly as compute grows.",
        "Data ran short around 2024.",
        "End.",
    ]

    static func loaded(title: String = "Scaling debate") -> LoadedMap {
        var builder = MapBuilder(file: "debate.argdown")
        builder.frontMatter = [DataEntry("title", .string(title))]
        let thesis = builder.node(titled: "Scaling wins", kind: .statement, at: location)
        builder.define(thesis, text: "Capability comes from scaling pre-training.", at: location, section: nil)
        let loss = builder.node(titled: "Loss falls", kind: .statement, at: location)
        builder.define(loss, text: "Loss falls smoothly with compute.", at: location, section: nil)
        builder.addData([DataEntry("source", .string("report")), DataEntry("quote", .string("falls smoothly"))], to: loss, at: location)
        let wall = builder.node(titled: "Data wall", kind: .statement, at: location)
        builder.define(wall, text: "High-quality data ran short.", at: location, section: nil)
        builder.addData([DataEntry("source", .string("report")), DataEntry("quote", .string("Data ran short"))], to: wall, at: location)
        builder.addTags(["evidence"], to: wall)
        let tokens = builder.node(titled: "Token counts", kind: .statement, at: location)
        let saturate = builder.node(titled: "Benchmarks saturate", kind: .argument, at: location)
        builder.relate(loss, .support, thesis, at: location)
        builder.relate(wall, .attack, thesis, at: location)
        builder.relate(tokens, .support, wall, at: location)
        builder.relate(saturate, .undercut, loss, at: location)
        builder.relate(wall, .attack, loss, at: location)
        let map = builder.build()
        let document = SourceDocument(id: "report", title: "The Report", path: "report.txt", lines: sourceLines)
        let citations = [
            ResolvedCitation(node: loss, index: 0, span: TextSpan(line: 2, column: 6, endLine: 2, endColumn: 19)),
            ResolvedCitation(node: wall, index: 0, span: TextSpan(line: 3, column: 1, endLine: 3, endColumn: 14)),
        ]
        return LoadedMap(map: map, documents: ["report": document], citations: citations)
    }

    static func state(size: Size = Size(width: 80, height: 24), marks: Marks = Marks(), options: BrowserOptions = BrowserOptions()) -> BrowserState {
        BrowserState(loaded: loaded(), marks: marks, options: options, size: size)
    }

    /// A tree of `count` nodes in which node i hangs under node (i - 1) / fanOut.
    static func largeMap(count: Int, fanOut: Int = 10) -> LoadedMap {
        var builder = MapBuilder()
        var ids: [NodeID] = []
        ids.reserveCapacity(count)
        for index in 0..<count {
            ids.append(builder.node(titled: "Claim \(index)", kind: .statement, at: location))
        }
        for index in 1..<count {
            builder.relate(ids[index], index % 3 == 0 ? .attack : .support, ids[(index - 1) / fanOut], at: location)
        }
        return LoadedMap(map: builder.build())
    }
}

extension BrowserState {
    mutating func press(_ keys: Key...) -> [Effect] {
        var effects: [Effect] = []
        for key in keys { effects += handle(.key(key)) }
        return effects
    }

    mutating func type(_ text: String) {
        for character in text { _ = handle(.key(.character(character))) }
    }

    /// `/`, the query, Enter.
    mutating func search(for query: String) {
        _ = handle(.key(.character("/")))
        type(query)
        _ = handle(.key(.enter))
    }

    /// The status line as rendered at the state's size.
    var statusText: String { render(size: size).lines[size.height - 1] }

    var selectedTitle: String? { outline.selected.map { map[$0.node].title } }

    /// Each visible row as `depth:title`, with `>` before cross-references.
    var rowSummary: [String] {
        outline.rows.map { "\($0.depth):\($0.isReference ? ">" : "")\(map[$0.node].title)" }
    }
}

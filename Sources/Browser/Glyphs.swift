import ArgumentMap
import Screen

/// The characters the outline draws with, in Unicode or plain ASCII.
/// Each is one column wide, so both sets give the same layout.
struct Glyphs: Hashable, Sendable {
    var branch: String
    var lastBranch: String
    var pipe: String
    var folded: String
    var unfolded: String
    var cited: String
    var disputed: String
    var reference: String
    var ellipsis: String
    var separator: String

    static let unicode = Glyphs(
        branch: "├─", lastBranch: "└─", pipe: "│ ", folded: "▸", unfolded: "▾",
        cited: "❝", disputed: "⚑", reference: "↪", ellipsis: "…", separator: "│")

    static let ascii = Glyphs(
        branch: "|-", lastBranch: "`-", pipe: "| ", folded: "+", unfolded: "-",
        cited: "\"", disputed: "!", reference: ">", ellipsis: "~", separator: "|")

    /// The mark for how a node bears on its parent; different shapes, so color only adds to them.
    func relation(_ kind: RelationKind, unicode: Bool) -> String {
        switch kind {
        case .support: "+"
        case .attack: unicode ? "−" : "-"
        case .undercut: unicode ? "↯" : "_"
        case .contradiction: unicode ? "×" : "x"
        case .premise: unicode ? "∙" : "*"
        }
    }
}

extension RelationKind {
    /// How the outline colors the relation glyph.
    var color: Color {
        switch self {
        case .support, .premise: .green
        case .attack: .red
        case .undercut: .magenta
        case .contradiction: .yellow
        }
    }

    /// How the detail pane says it, from the child's side and from the parent's side.
    var verb: (outgoing: String, incoming: String) {
        switch self {
        case .support: ("supports", "supported by")
        case .attack: ("attacks", "attacked by")
        case .undercut: ("undercuts", "undercut by")
        case .contradiction: ("contradicts", "contradicted by")
        case .premise: ("is a premise of", "has premise")
        }
    }
}

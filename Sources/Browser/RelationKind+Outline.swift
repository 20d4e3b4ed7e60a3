import ArgumentMap
import Screen

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

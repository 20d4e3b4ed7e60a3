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
}

import Screen

extension NodeAssessment.Label {
    /// How the outline colors the label's glyph.
    var color: Color {
        switch self {
        case .accepted: .green
        case .rejected: .red
        case .undecided: .yellow
        case .unsupported: .magenta
        }
    }
}

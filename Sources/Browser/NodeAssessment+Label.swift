import ArgumentMap
import Screen

/// The evaluation's label (the module's `Label`, which `NodeAssessment.Label` would shadow inside its own extension).
typealias EvaluationLabel = Label

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

    init(_ label: EvaluationLabel) {
        switch label {
        case .in: self = .accepted
        case .out: self = .rejected
        case .undec: self = .undecided
        case .unsupported: self = .unsupported
        }
    }
}

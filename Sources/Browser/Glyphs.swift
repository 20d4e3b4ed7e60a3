import ArgumentMap

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
    /// After a claim you wrote a note on.
    var noted: String
    var reference: String
    var ellipsis: String
    var separator: String
    /// In the gutter left of the cursor row (the ASCII one, a space, is drawn in reverse video).
    var selection: String
    /// Between the facts under the detail pane's title.
    var factSeparator: String
    /// Evaluation labels: stands, defeated, unsupported (open is `?` in both sets).
    var stands: String
    var defeated: String
    var unsupported: String

    static let unicode = Glyphs(
        branch: "├─", lastBranch: "└─", pipe: "│ ", folded: "▸", unfolded: "▾",
        cited: "❝", disputed: "⚑", noted: "✎", reference: "↪", ellipsis: "…", separator: "│", selection: "▌", factSeparator: " · ",
        stands: "✓", defeated: "✗", unsupported: "○")

    /// The fold marks, relations and labels stand side by side before a title, so no character
    /// is in two of them: a fold mark points right (`>`) or down (`v`), and a claim stands (`Y`) or not (`N`).
    static let ascii = Glyphs(
        branch: "|-", lastBranch: "`-", pipe: "| ", folded: ">", unfolded: "v",
        cited: "\"", disputed: "!", noted: "@", reference: "^", ellipsis: "~", separator: "|", selection: " ", factSeparator: " - ",
        stands: "Y", defeated: "N", unsupported: "o")

    /// The mark for a node's evaluation: a different shape for each label, so color only adds to them.
    func label(_ label: NodeAssessment.Label) -> String {
        switch label {
        case .accepted: stands
        case .rejected: defeated
        case .undecided: "?"
        case .unsupported: unsupported
        }
    }

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

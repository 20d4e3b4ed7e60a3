import ArgumentMap

/// How the command line names nodes and relations, in Argdown's own notation.
enum NodeLabel {
    /// `[Title]` for a statement, `<Title>` for an argument.
    static func title(_ node: Node) -> String {
        node.kind == .statement ? "[\(node.title)]" : "<\(node.title)>"
    }

    /// The node's text on one line, runs of white space folded.
    static func text(_ node: Node) -> String {
        node.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The Argdown relation symbol, as the outline draws it in front of a child.
    static func glyph(_ kind: RelationKind) -> String {
        switch kind {
        case .support: "+"
        case .attack: "-"
        case .undercut: "_"
        case .contradiction: "><"
        case .premise: "*"
        }
    }

    /// `1 citation`, `2 citations`; `plural` for nouns that do not just take an s.
    static func count(_ number: Int, _ noun: String, plural: String? = nil) -> String {
        "\(number) \(number == 1 ? noun : plural ?? noun + "s")"
    }
}

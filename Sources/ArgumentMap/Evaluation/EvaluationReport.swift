import Foundation

/// What `argmap eval` prints: one row per node asked for, in map order, as text or JSON.
public struct EvaluationReport: Sendable {
    public struct Row: Hashable, Sendable {
        public var title: String
        public var kind: NodeKind
        /// The grounded label, `in`, `out` or `undec`.
        public var label: String
        public var strength: Double
        /// Undefeated, but every reason given for it has fallen.
        public var unsupported: Bool
        public var disputed: Bool
    }

    public var rows: [Row]
    /// Said once after the rows when some strengths on cycles did not settle.
    public var unsettledNote: String?

    public init(_ evaluation: Evaluation, nodes: [NodeID]) {
        rows = nodes.sorted().map { id in
            let node = evaluation.map[id]
            let label = evaluation.label(of: id)
            return Row(
                title: node.title, kind: node.kind, label: label.grounded.rawValue,
                strength: evaluation.strength(of: id), unsupported: label == .unsupported,
                disputed: evaluation.disputed.contains(id))
        }
        if !evaluation.strengthsSettled {
            let count = evaluation.unsettled.count
            unsettledNote = "strengths of \(count) node\(count == 1 ? "" : "s") on cycles had not settled after \(evaluation.evaluator.roundLimit) rounds; their last values are shown"
        }
    }

    /// `label  strength  [Title]`, one line each, padded into columns; titles terminal-safe.
    public var text: String {
        rows.map { row in
            let label = row.unsupported ? "unsupported" : row.label
            let strength = String(format: "%.2f", row.strength)
            let title = row.kind == .statement ? "[\(row.title.terminalSafe)]" : "<\(row.title.terminalSafe)>"
            let padded = label.padding(toLength: 11, withPad: " ", startingAt: 0)
            return "\(padded)  \(strength)  \(title)\(row.disputed ? "  (disputed)" : "")\n"
        }.joined()
    }

    /// An array of `{"title", "kind", "label", "strength", "unsupported", "disputed"}` objects,
    /// one a line, keys in that order.
    public var json: String {
        guard !rows.isEmpty else { return "[]\n" }
        let objects = rows.map { row in
            "  {\"title\": \(quoted(row.title)), \"kind\": \"\(row.kind.rawValue)\", \"label\": \"\(row.label)\", "
                + "\"strength\": \(row.strength), \"unsupported\": \(row.unsupported), \"disputed\": \(row.disputed)}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    /// A JSON string literal; control characters come out as `\u001b` and the like.
    private func quoted(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        guard let data = try? encoder.encode(text) else { return "\"\"" }
        return String(decoding: data, as: UTF8.self)
    }
}

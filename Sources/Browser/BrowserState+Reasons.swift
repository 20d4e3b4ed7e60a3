import ArgumentMap

extension BrowserState {
    /// The attackers, supporters and fallen premises that decide `node`'s label, those that
    /// decide it most first; empty without an evaluation.
    func reasons(for node: NodeID) -> [Reason] {
        guard let explanation = evaluator?.explanation(of: node) else { return [] }
        // Not fallen is not the same as standing: an undecided supporter is called open.
        let supporters = explanation.supportersStanding
        let groups: [([NodeID], String)] = [
            (explanation.attackersIn, "standing attacker"),
            (explanation.attackersUndecided, "open attacker"),
            (explanation.premisesFallen, "fallen premise"),
            (supporters.filter { !isOpen($0) }, "standing supporter"),
            (supporters.filter(isOpen), "open supporter"),
            (explanation.supportersFallen, "fallen supporter"),
            (explanation.attackersOut, "defeated attacker"),
        ]
        return groups.flatMap { nodes, role in nodes.map { Reason(node: $0, role: role) } }
    }

    /// Whether `node` is undecided: neither in nor out.
    private func isOpen(_ node: NodeID) -> Bool {
        evaluator?.assessment(of: node)?.label == .undecided
    }
}

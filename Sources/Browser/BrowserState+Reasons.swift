import ArgumentMap

extension BrowserState {
    /// The attackers, supporters and fallen premises that decide `node`'s label, those that
    /// decide it most first; empty without an evaluation.
    func reasons(for node: NodeID) -> [Reason] {
        guard let explanation = evaluator?.explanation(of: node) else { return [] }
        let groups: [([NodeID], String)] = [
            (explanation.attackersIn, "standing attacker"),
            (explanation.attackersUndecided, "open attacker"),
            (explanation.premisesFallen, "fallen premise"),
            (explanation.supportersStanding, "standing supporter"),
            (explanation.supportersFallen, "fallen supporter"),
            (explanation.attackersOut, "defeated attacker"),
        ]
        return groups.flatMap { nodes, role in nodes.map { Reason(node: $0, role: role) } }
    }
}

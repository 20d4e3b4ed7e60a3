/// Why a node has its label, in terms a reader can check against the map.
public struct Explanation: Hashable, Sendable {
    public var node: NodeID
    public var label: Label
    public var strength: Double
    /// The reader disputes it: an attacker that nothing attacks.
    public var isDisputed: Bool
    /// Attackers that stand (in, or unsupported but undefeated): any one of them defeats the node.
    public var attackersIn: [NodeID]
    public var attackersUndecided: [NodeID]
    public var attackersOut: [NodeID]
    /// Supporters that have not fallen: what holds the node up.
    public var supportersStanding: [NodeID]
    public var supportersFallen: [NodeID]
    /// For an argument: premises that are out or unsupported, each enough to leave it unsupported.
    public var premisesFallen: [NodeID]

    /// One or two sentences for the browser's explain key, titles made terminal-safe.
    public func summary(in map: ArgumentMap) -> String {
        func list(_ ids: [NodeID]) -> String {
            ids.map { map[$0].displayTitle }.joined(separator: ", ")
        }
        var sentences: [String] = []
        switch label {
        case .out where isDisputed:
            sentences.append("Out: you dispute it.")
        case .out:
            let verb = attackersIn.count == 1 ? "stands" : "stand"
            sentences.append("Out: attacked by \(list(attackersIn)), which \(verb).")
        case .undec:
            let reflexive = attackersUndecided.count == 1 ? "itself" : "themselves"
            sentences.append("Undecided: attacked by \(list(attackersUndecided)), \(reflexive) undecided; the attacks run in a cycle that nothing settles.")
        case .in, .unsupported:
            if attackersOut.isEmpty {
                sentences.append(label == .in ? "Stands: nothing attacks it." : "Nothing attacks it,")
            } else {
                let every = attackersOut.count == 1 ? "its attacker" : "every attacker"
                sentences.append(label == .in
                    ? "Stands: \(every) (\(list(attackersOut))) is defeated."
                    : "Undefeated: \(every) (\(list(attackersOut))) is defeated,")
            }
        }
        if label == .unsupported {
            if premisesFallen.isEmpty {
                let every = supportersFallen.count == 1 ? "its supporter" : "every supporter"
                sentences.append("but it is unsupported: \(every) has fallen (\(list(supportersFallen))).")
            } else {
                let premises = premisesFallen.count == 1 ? "premise" : "premises"
                let verb = premisesFallen.count == 1 ? "has" : "have"
                sentences.append("but it is unsupported: its \(premises) \(list(premisesFallen)) \(verb) fallen.")
            }
        } else if !supportersStanding.isEmpty {
            sentences.append("Held up by \(list(supportersStanding)).")
        }
        return sentences.joined(separator: " ")
    }
}

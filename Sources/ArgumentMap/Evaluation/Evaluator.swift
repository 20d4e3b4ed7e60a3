/// Evaluates one map under any set of disputes. Build it once per map (it indexes the attack
/// and support graphs and reads each node's base score); each `evaluate` is then linear in the
/// size of the map, fast enough to rerun on every mark change.
public struct Evaluator: Sendable {
    public let map: ArgumentMap
    /// Node data `weight` values that are not numbers from 0 to 1 (each one falls back to 0.5).
    public let diagnostics: [Diagnostic]
    /// The most rounds of updates tried on cycles before the strengths are reported as unsettled.
    public var roundLimit = 500
    /// Strengths that move less than this in a round have settled.
    public var tolerance = 1e-6

    /// Attackers to what they attack: attack, undercut, and contradiction both ways.
    let attacksFrom: Adjacency
    /// Each node's attackers.
    let attackersOf: Adjacency
    /// Supporters (`.support`) to what they support.
    let supportsFrom: Adjacency
    let supportersOf: Adjacency
    /// Premises to the arguments that rest on them.
    let premiseOf: Adjacency
    let premisesOf: Adjacency
    /// Every node to the nodes whose strength depends on its strength.
    let influences: Adjacency
    let schedule: StrengthSchedule
    let weights: [Double]

    public init(map: ArgumentMap) {
        self.map = map
        var attacks: [(Int32, Int32)] = []
        var supports: [(Int32, Int32)] = []
        var premises: [(Int32, Int32)] = []
        for relation in map.relations {
            let edge = (relation.from.index, relation.to.index)
            switch relation.kind {
            case .attack, .undercut: attacks.append(edge)
            case .contradiction:
                attacks.append(edge)
                if relation.from != relation.to { attacks.append((edge.1, edge.0)) }
            case .support: supports.append(edge)
            case .premise: premises.append(edge)
            }
        }
        let count = map.nodes.count
        func both(_ edges: [(Int32, Int32)]) -> (forward: Adjacency, backward: Adjacency) {
            (Adjacency(nodeCount: count, edges: edges.map { ($0.0, $0.1) }),
             Adjacency(nodeCount: count, edges: edges.map { ($0.1, $0.0) }))
        }
        (attacksFrom, attackersOf) = both(attacks)
        (supportsFrom, supportersOf) = both(supports)
        (premiseOf, premisesOf) = both(premises)
        influences = Adjacency(nodeCount: count, edges: (attacks + supports + premises).map { ($0.0, $0.1) })
        schedule = StrengthSchedule(influences: influences, nodeCount: count)
        (weights, diagnostics) = Evaluator.readWeights(of: map)
    }

    /// `weight: x` from node data, x in 0...1; anything else is reported and read as the default.
    private static func readWeights(of map: ArgumentMap) -> ([Double], [Diagnostic]) {
        var weights = [Double](repeating: DFQuAD.defaultBase, count: map.nodes.count)
        var problems: [Diagnostic] = []
        for node in map.nodes {
            guard let value = node.data["weight"] else { continue }
            if let weight = value.number, (0...1).contains(weight) {
                weights[node.id.offset] = weight
            } else {
                let shown = (value.string ?? "a \(value.kindName)").terminalSafe
                problems.append(.warning(
                    "weight of \(node.displayTitle) must be a number from 0 to 1, not \(shown); using \(DFQuAD.defaultBase)",
                    at: node.location))
            }
        }
        return (weights, problems)
    }

    public func evaluate(disputed: Set<NodeID>) -> Evaluation {
        let labels = labels(disputed: disputed)
        let (strengths, unsettled) = strengths(disputed: disputed)
        return Evaluation(evaluator: self, disputed: disputed, labels: labels, strengths: strengths, unsettled: unsettled)
    }

    /// The grounded labelling, then the support rule on top of it. Linear time, no recursion.
    func labels(disputed: Set<NodeID>) -> [Label] {
        let count = map.nodes.count
        var labels = [Label?](repeating: nil, count: count)
        var liveAttackers = (0..<count).map { Int32(attackersOf.count(of: $0)) }
        var queue: [Int32] = []
        queue.reserveCapacity(count)

        // A dispute is a fresh attacker that nothing attacks: it is in, so the node is out.
        for id in disputed.sorted() where id.offset < count {
            labels[id.offset] = .out
            queue.append(id.index)
        }
        for node in 0..<count where labels[node] == nil && liveAttackers[node] == 0 {
            labels[node] = .in
            queue.append(Int32(node))
        }
        var head = 0
        while head < queue.count {
            let node = Int(queue[head])
            head += 1
            if labels[node] == .in {
                for target in attacksFrom[node] where labels[Int(target)] == nil {
                    labels[Int(target)] = .out
                    queue.append(target)
                }
            } else {
                for target in attacksFrom[node] {
                    liveAttackers[Int(target)] -= 1
                    if liveAttackers[Int(target)] == 0 && labels[Int(target)] == nil {
                        labels[Int(target)] = .in
                        queue.append(target)
                    }
                }
            }
        }
        var result = labels.map { $0 ?? .undec }
        markUnsupported(&result)
        return result
    }

    /// Turns `in` into `unsupported` where every supporter has fallen or a premise has, passing
    /// the fall on to what those nodes support. Support cycles with nothing fallen keep standing.
    private func markUnsupported(_ labels: inout [Label]) {
        var standingSupporters = (0..<labels.count).map { Int32(supportersOf.count(of: $0)) }
        var fallen: [Int32] = labels.indices.filter { labels[$0] == .out }.map(Int32.init)
        func fall(_ node: Int) {
            guard labels[node] == .in else { return }
            labels[node] = .unsupported
            fallen.append(Int32(node))
        }
        var head = 0
        while head < fallen.count {
            let node = Int(fallen[head])
            head += 1
            for target in supportsFrom[node] {
                standingSupporters[Int(target)] -= 1
                if standingSupporters[Int(target)] == 0 { fall(Int(target)) }
            }
            for argument in premiseOf[node] { fall(Int(argument)) }
        }
    }

    /// DF-QuAD strengths, component by component in dependency order: once for a node on no
    /// cycle, by `settle(cycle:...)` for a cycle. Returns the nodes that had not settled.
    func strengths(disputed: Set<NodeID>) -> ([Double], [NodeID]) {
        let count = map.nodes.count
        var base = weights
        for id in disputed where id.offset < count { base[id.offset] = 0 }
        var strengths = base
        var unsettled: [NodeID] = []
        let inputs = StrengthInputs(evaluator: self)
        var queued = [Bool](repeating: false, count: count)
        strengths.withUnsafeMutableBufferPointer { strengths in
            for component in 0..<schedule.componentCount {
                let nodes = schedule.nodes(of: component)
                guard schedule.isCycle[component] else {
                    for node in nodes { strengths[Int(node)] = inputs.strength(of: Int(node), base: base[Int(node)], strengths: strengths) }
                    continue
                }
                unsettled += settle(cycle: component, nodes: nodes, base: base, strengths: strengths, inputs: inputs, queued: &queued)
            }
        }
        return (strengths, unsettled.sorted())
    }
}

extension Evaluator {
    /// Updates a cycle's strengths until none moves by more than `tolerance`, recomputing only
    /// nodes whose inputs moved, and at most `roundLimit` times the cycle's size in all.
    /// Returns the whole cycle when that budget ran out with some node still moving.
    fileprivate func settle(cycle component: Int, nodes: ArraySlice<Int32>, base: [Double],
                            strengths: UnsafeMutableBufferPointer<Double>, inputs: StrengthInputs,
                            queued: inout [Bool]) -> [NodeID] {
        var queue = Array(nodes)
        for node in nodes { queued[Int(node)] = true }
        var head = 0
        var budget = roundLimit * nodes.count
        while head < queue.count && budget > 0 {
            let node = Int(queue[head])
            head += 1
            budget -= 1
            queued[node] = false
            let next = inputs.strength(of: node, base: base[node], strengths: strengths)
            let moved = abs(next - strengths[node]) > tolerance
            strengths[node] = next
            guard moved else { continue }
            for target in influences[node] where schedule.componentOf[Int(target)] == component {
                if !queued[Int(target)] {
                    queued[Int(target)] = true
                    queue.append(target)
                }
            }
            if head > 4096 && head * 2 > queue.count {
                queue.removeFirst(head)
                head = 0
            }
        }
        guard head < queue.count else { return [] }
        for node in queue[head...] { queued[Int(node)] = false }
        return nodes.map { NodeID(Int($0)) }
    }
}

/// The attackers and supporters each strength is computed from, as flat arrays read in the
/// inner loop without reference counting.
fileprivate struct StrengthInputs {
    let attackerStart: [Int32], attackers: [Int32]
    let supporterStart: [Int32], supporters: [Int32]
    let premiseStart: [Int32], premises: [Int32]

    init(evaluator: Evaluator) {
        (attackerStart, attackers) = (evaluator.attackersOf.start, evaluator.attackersOf.list)
        (supporterStart, supporters) = (evaluator.supportersOf.start, evaluator.supportersOf.list)
        (premiseStart, premises) = (evaluator.premisesOf.start, evaluator.premisesOf.list)
    }

    /// DF-QuAD's aggregation written out: 1 minus the product of (1 - strength) over the inputs.
    /// An argument's premises count as its supporters, since DF-QuAD has no conjunction.
    func strength(of node: Int, base: Double, strengths: UnsafeMutableBufferPointer<Double>) -> Double {
        var attackProduct = 1.0
        for i in Int(attackerStart[node])..<Int(attackerStart[node + 1]) {
            attackProduct *= 1 - strengths[Int(attackers[i])]
        }
        var supportProduct = 1.0
        for i in Int(supporterStart[node])..<Int(supporterStart[node + 1]) {
            supportProduct *= 1 - strengths[Int(supporters[i])]
        }
        for i in Int(premiseStart[node])..<Int(premiseStart[node + 1]) {
            supportProduct *= 1 - strengths[Int(premises[i])]
        }
        return DFQuAD.combine(base: base, attack: 1 - attackProduct, support: 1 - supportProduct)
    }
}

extension Node {
    /// `[Title]` for a statement, `<Title>` for an argument, as Argdown writes them; terminal-safe.
    public var displayTitle: String {
        let safe = title.terminalSafe
        return kind == .statement ? "[\(safe)]" : "<\(safe)>"
    }
}

extension DataValue {
    var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "true/false value"
        case .number: "number"
        case .string: "text"
        case .list: "list"
        case .map: "mapping"
        }
    }
}

extension Evaluator {
    /// DF-QuAD strengths of the scope's nodes, component by component in dependency order: once
    /// for a node on no cycle, by `settle(cycle:...)` for a cycle. A cycle of up to
    /// `largestColdCycle` nodes starts from its base scores, as in a new evaluation, so its result
    /// does not depend on what came before; a larger one starts from the strengths it has, which
    /// after a mark change settles it in a fraction of the time. Returns the nodes that had not settled.
    func assignStrengths<Scope: EvaluationScope>(_ scope: Scope, into strengths: inout [Double]) -> [NodeID] {
        var unsettled: [NodeID] = []
        let inputs = StrengthInputs(evaluator: self)
        strengths.withUnsafeMutableBufferPointer { strengths in
            for component in scope.components(in: schedule) {
                let nodes = schedule.nodes(of: component)
                guard component.isCycle else {
                    for node in nodes.lazy.map(Int.init) {
                        strengths[node] = inputs.strength(of: node, base: scope.base(of: node), strengths: strengths)
                    }
                    continue
                }
                let bases = nodes.map { scope.base(of: Int($0)) }
                if nodes.count <= largestColdCycle {
                    for (node, base) in zip(nodes, bases) { strengths[Int(node)] = base }
                }
                unsettled += settle(cycle: component, nodes: nodes, bases: bases, strengths: strengths, inputs: inputs)
            }
        }
        return unsettled
    }

    /// Updates a cycle's strengths until each solves its DF-QuAD equation to within `tolerance`,
    /// recomputing only nodes whose inputs moved, at most `roundLimit` times the cycle's size.
    /// Plain updates can swing back and forth forever on some cycles; then the updates are
    /// damped (each moves only part of the way, as in Krasnoselskii-Mann iteration), which
    /// keeps the same solutions. Returns the whole cycle if it still has not settled.
    fileprivate func settle(cycle component: StrengthSchedule.Component, nodes: ArraySlice<Int32>, bases: [Double],
                            strengths: UnsafeMutableBufferPointer<Double>, inputs: StrengthInputs) -> [NodeID] {
        // Nodes of the cycle by their place in it, which is their place in the schedule's order.
        let first = nodes.startIndex
        func place(_ node: Int) -> Int { Int(schedule.placeInOrder[node]) - first }
        var queued = [Bool](repeating: false, count: nodes.count)
        for step in [1.0, 0.5, 0.25] {
            var queue = Array(nodes)
            for index in queued.indices { queued[index] = true }
            var head = 0
            var budget = roundLimit * nodes.count
            while head < queue.count && budget > 0 {
                let node = Int(queue[head])
                head += 1
                budget -= 1
                queued[place(node)] = false
                let change = inputs.strength(of: node, base: bases[place(node)], strengths: strengths) - strengths[node]
                guard abs(change) > tolerance else { continue }
                strengths[node] += step * change
                for position in influences.positions(of: node) {
                    let target = influences[position]
                    guard component.places.contains(Int(schedule.placeInOrder[target])) && !queued[place(target)] else { continue }
                    queued[place(target)] = true
                    queue.append(Int32(target))
                }
                // A damped node has not reached its own solution yet.
                if step < 1 && !queued[place(node)] {
                    queued[place(node)] = true
                    queue.append(Int32(node))
                }
                if head > 4096 && head * 2 > queue.count {
                    queue.removeFirst(head)
                    head = 0
                }
            }
            for node in queue[head...] { queued[place(Int(node))] = false }
            if head == queue.count { return [] }
        }
        return nodes.map { NodeID(Int($0)) }
    }
}

/// The attackers and supporters each strength is computed from.
fileprivate struct StrengthInputs {
    let inputs: InfluenceLists

    init(evaluator: Evaluator) {
        inputs = evaluator.inputs
    }

    /// DF-QuAD's aggregation written out: 1 minus the product of (1 - strength) over the inputs.
    /// An argument's premises count as its supporters, since DF-QuAD has no conjunction.
    func strength(of node: Int, base: Double, strengths: UnsafeMutableBufferPointer<Double>) -> Double {
        var attackProduct = 1.0
        var supportProduct = 1.0
        // Attackers, then supporters, then premises, each in relation order: the products are
        // taken in one order always, so strengths come out the same to the last bit.
        for i in inputs.positions(of: node) {
            if inputs.kind(at: i) == .attack {
                attackProduct *= 1 - strengths[inputs[i]]
            } else {
                supportProduct *= 1 - strengths[inputs[i]]
            }
        }
        return DFQuAD.combine(base: base, attack: 1 - attackProduct, support: 1 - supportProduct)
    }
}

extension Evaluator {
    /// The grounded labelling, then the support rule on top of it. Linear time, no recursion.
    func labels(disputed: Set<NodeID>) -> [Label] {
        let count = map.nodes.count
        var labels = [Label?](repeating: nil, count: count)
        var liveAttackers = (0..<count).map { Int32(attackersOf.count(of: $0)) }
        var queue: [Int32] = []
        queue.reserveCapacity(count)

        func settle(_ node: Int, as label: Label) {
            labels[node] = label
            queue.append(Int32(node))
        }

        // A dispute is a fresh attacker that nothing attacks: it is in, so the node is out.
        for id in disputed.sorted() where (0..<count).contains(id.offset) { settle(id.offset, as: .out) }
        for node in 0..<count where labels[node] == nil && liveAttackers[node] == 0 { settle(node, as: .in) }
        var head = 0
        while head < queue.count {
            let node = Int(queue[head])
            head += 1
            let isIn = labels[node] == .in
            for target in attacksFrom[node].lazy.map(Int.init) {
                if isIn {
                    if labels[target] == nil { settle(target, as: .out) }
                } else {
                    liveAttackers[target] -= 1
                    if liveAttackers[target] == 0 && labels[target] == nil { settle(target, as: .in) }
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
}

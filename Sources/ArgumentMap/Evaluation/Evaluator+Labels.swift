extension Evaluator {
    /// The grounded labelling of the scope's nodes, then the support rule on top of it, reading
    /// the labels of nodes outside the scope as they stand. Linear in the scope, no recursion.
    func label<Scope: EvaluationScope>(_ scope: Scope, disputed: Set<NodeID>, into labels: inout [Label]) {
        ground(scope, disputed: disputed, into: &labels)
        markUnsupported(scope, &labels)
    }

    /// The grounded labelling alone; its working arrays are let go before the support rule's.
    private func ground<Scope: EvaluationScope>(_ scope: Scope, disputed: Set<NodeID>, into labels: inout [Label]) {
        var grounded = [Label?](repeating: nil, count: scope.count)
        var liveAttackers = [Int32](repeating: 0, count: scope.count)
        var queue: [Int32] = []
        queue.reserveCapacity(scope.count)

        func settle(_ place: Int, as label: Label) {
            grounded[place] = label
            queue.append(Int32(place))
        }

        // A dispute is a fresh attacker that nothing attacks: it is in, so the node is out.
        for id in disputed where labels.indices.contains(id.offset) {
            if let place = scope.place(of: id.offset) { settle(place, as: .out) }
        }
        for place in 0..<scope.count where grounded[place] == nil {
            let (live, defeated) = Scope.coversWholeMap
                ? (Int32(inputs.positions(of: scope.node(at: place), .attack).count), false)
                : attackersFromOutside(of: scope.node(at: place), scope, labels)
            liveAttackers[place] = live
            if defeated {
                settle(place, as: .out)
            } else if live == 0 {
                settle(place, as: .in)
            }
        }
        let attacks = influences
        var head = 0
        while head < queue.count {
            let place = Int(queue[head])
            head += 1
            let isIn = grounded[place] == .in
            for i in attacks.positions(of: scope.node(at: place), .attack) {
                guard let target = scope.place(of: attacks[i]) else { continue }
                if isIn {
                    if grounded[target] == nil { settle(target, as: .out) }
                } else {
                    liveAttackers[target] -= 1
                    if liveAttackers[target] == 0 && grounded[target] == nil { settle(target, as: .in) }
                }
            }
        }
        for place in 0..<scope.count { labels[scope.node(at: place)] = grounded[place] ?? .undec }
    }

    /// How many of the node's attackers may still be in, counting those inside the scope, and
    /// whether one outside it is in, which defeats the node.
    private func attackersFromOutside<Scope: EvaluationScope>(of node: Int, _ scope: Scope, _ labels: [Label]) -> (live: Int32, defeated: Bool) {
        var live: Int32 = 0
        let attackers = inputs
        for i in attackers.positions(of: node, .attack) {
            let attacker = attackers[i]
            guard scope.place(of: attacker) == nil else {
                live += 1
                continue
            }
            switch labels[attacker].grounded {
            case .in, .unsupported: return (live, true)
            case .undec: live += 1
            case .out: break
            }
        }
        return (live, false)
    }

    /// Turns `in` into `unsupported` where every supporter has fallen or a premise has, passing
    /// the fall on to what those nodes support. Support cycles with nothing fallen keep standing.
    private func markUnsupported<Scope: EvaluationScope>(_ scope: Scope, _ labels: inout [Label]) {
        var standingSupporters = [Int32](repeating: 0, count: scope.count)
        var fallen: [Int32] = []
        func fall(_ place: Int) {
            let node = scope.node(at: place)
            guard labels[node] == .in else { return }
            labels[node] = .unsupported
            fallen.append(Int32(place))
        }
        func isFallenOutside(_ node: Int) -> Bool { scope.place(of: node) == nil && labels[node].hasFallen }

        for place in 0..<scope.count {
            let node = scope.node(at: place)
            if labels[node] == .out { fallen.append(Int32(place)) }
            let supporterPositions = inputs.positions(of: node, .support)
            guard !Scope.coversWholeMap else {
                standingSupporters[place] = Int32(supporterPositions.count)
                continue
            }
            var standing = supporterPositions.count
            for i in supporterPositions where isFallenOutside(inputs[i]) { standing -= 1 }
            standingSupporters[place] = Int32(standing)
            if (!supporterPositions.isEmpty && standing == 0) || inputs.positions(of: node, .premise).contains(where: { isFallenOutside(inputs[$0]) }) {
                fall(place)
            }
        }
        var head = 0
        while head < fallen.count {
            let node = scope.node(at: Int(fallen[head]))
            head += 1
            for i in influences.positions(of: node, .support) {
                guard let target = scope.place(of: influences[i]) else { continue }
                standingSupporters[target] -= 1
                if standingSupporters[target] == 0 { fall(target) }
            }
            for i in influences.positions(of: node, .premise) {
                if let argument = scope.place(of: influences[i]) { fall(argument) }
            }
        }
    }
}

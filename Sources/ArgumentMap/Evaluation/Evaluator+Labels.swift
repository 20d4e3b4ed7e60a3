extension Evaluator {
    /// The grounded labelling of the scope's nodes, then the support rule on top of it, reading
    /// the labels of nodes outside the scope as they stand. Linear in the scope, no recursion.
    func label<Scope: EvaluationScope>(_ scope: Scope, disputed: Set<NodeID>, into labels: inout [Label]) {
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
            var live: Int32 = 0
            var defeated = false
            for attacker in attackersOf[scope.node(at: place)].lazy.map(Int.init) {
                guard scope.place(of: attacker) == nil else {
                    live += 1
                    continue
                }
                switch labels[attacker].grounded {
                case .in, .unsupported: defeated = true
                case .undec: live += 1
                case .out: break
                }
            }
            liveAttackers[place] = live
            if defeated {
                settle(place, as: .out)
            } else if live == 0 {
                settle(place, as: .in)
            }
        }
        var head = 0
        while head < queue.count {
            let place = Int(queue[head])
            head += 1
            let isIn = grounded[place] == .in
            for target in attacksFrom[scope.node(at: place)].lazy.compactMap({ scope.place(of: Int($0)) }) {
                if isIn {
                    if grounded[target] == nil { settle(target, as: .out) }
                } else {
                    liveAttackers[target] -= 1
                    if liveAttackers[target] == 0 && grounded[target] == nil { settle(target, as: .in) }
                }
            }
        }
        for place in 0..<scope.count { labels[scope.node(at: place)] = grounded[place] ?? .undec }
        markUnsupported(scope, &labels)
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
            let supporters = supportersOf[node]
            var standing = supporters.count
            for supporter in supporters where isFallenOutside(Int(supporter)) { standing -= 1 }
            standingSupporters[place] = Int32(standing)
            if (!supporters.isEmpty && standing == 0) || premisesOf[node].contains(where: { isFallenOutside(Int($0)) }) {
                fall(place)
            }
        }
        var head = 0
        while head < fallen.count {
            let node = scope.node(at: Int(fallen[head]))
            head += 1
            for target in supportsFrom[node].lazy.compactMap({ scope.place(of: Int($0)) }) {
                standingSupporters[target] -= 1
                if standingSupporters[target] == 0 { fall(target) }
            }
            for argument in premiseOf[node].lazy.compactMap({ scope.place(of: Int($0)) }) { fall(argument) }
        }
    }
}

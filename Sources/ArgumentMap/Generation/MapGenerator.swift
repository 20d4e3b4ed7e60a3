/// Writes large maps of a realistic shape, the same for the same seed: theses under sections,
/// nested support and attack, arguments with undercuts, cross-references to earlier claims,
/// and citations that resolve in a generated source document.
public struct MapGenerator {
    public enum Format: String, Sendable, CaseIterable {
        case argdown
        case kialo
    }

    public struct Output: Sendable {
        /// The map's text.
        public var map: String
        /// The generated source the citations quote (empty for Kialo, which has no citations).
        public var source: String
        public var nodeCount: Int
    }

    public var nodeCount: Int
    public var seed: UInt64
    /// The file name the Argdown front matter gives for the source, relative to the map.
    public var sourceFile: String

    public init(nodeCount: Int, seed: UInt64 = 1, sourceFile: String = "generated-source.txt") {
        self.nodeCount = max(1, nodeCount)
        self.seed = seed
        self.sourceFile = sourceFile
    }

    private static let words = [
        "scaling", "compute", "data", "reward", "policy", "benchmark", "reasoning", "inference",
        "pre-training", "post-training", "persona", "gradient", "token", "model", "evidence",
        "estimate", "trend", "lab", "paper", "result", "capability", "efficiency", "cost", "wall",
    ]

    public func generate(_ format: Format) -> Output {
        var random = SplitMix64(seed: seed)
        var map = ""
        var source = ""
        map.reserveCapacity(nodeCount * 120)
        switch format {
        case .argdown:
            source.reserveCapacity(nodeCount * 30)
            map += "===\ntitle: Generated map of \(nodeCount) nodes (seed \(seed))\nsources:\n  corpus: {file: \(sourceFile), title: Generated corpus}\n===\n\n"
            source += "A generated corpus. Each numbered finding below is quoted by one claim of the generated map.\n"
        case .kialo:
            map += "Discussion Title: Generated discussion of \(nodeCount) claims (seed \(seed))\n\n"
        }

        var emitted = 0
        var thesisNumber = 0
        // The most recent defined claim numbers, for cross-references.
        var recentClaims: [Int] = []
        func remember(_ claim: Int) {
            if recentClaims.count < 512 { recentClaims.append(claim) } else { recentClaims[claim % 512] = claim }
        }
        while emitted < nodeCount {
            thesisNumber += 1
            if format == .argdown, thesisNumber % 5 == 1 {
                map += "\n# Section \(thesisNumber / 5 + 1)\n\n"
            }
            emitted += 1
            let thesisTitle = "Thesis \(thesisNumber)"
            switch format {
            case .argdown:
                map += "[\(thesisTitle)]: \(sentence(&random, number: emitted)) #thesis\n"
            case .kialo:
                map += "\(thesisNumber). \(thesisTitle): \(sentence(&random, number: emitted))\n"
            }
            // Depth-first: a stack of open nodes with the children they still get.
            var stack: [(depth: Int, remaining: Int, nextChild: Int, number: String, isArgument: Bool)] = [(0, Int.random(in: 3...8, using: &random), 1, "\(thesisNumber).", false)]
            while let top = stack.last, emitted < nodeCount {
                guard top.remaining > 0 else {
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].remaining -= 1
                stack[stack.count - 1].nextChild += 1
                let depth = top.depth + 1
                let number = top.number + "\(top.nextChild)."
                let roll = Int.random(in: 0..<100, using: &random)
                let indent = String(repeating: "  ", count: depth)
                let supports = roll % 3 != 0
                // A cross-reference adds a relation, not a node, so only the other branches count.
                let isCrossReference = format == .argdown && !(top.isArgument && roll < 25) && roll < 4 && !recentClaims.isEmpty
                if !isCrossReference { emitted += 1 }
                switch format {
                case .kialo:
                    map += "\(number) \(supports ? "Pro" : "Con"): \(sentence(&random, number: emitted))\n"
                case .argdown:
                    if top.isArgument, roll < 25 {
                        map += "\(indent)_ [Claim \(emitted)]: \(sentence(&random, number: emitted))\n"
                    } else if isCrossReference {
                        let target = recentClaims[Int.random(in: 0..<recentClaims.count, using: &random)]
                        map += "\(indent)\(supports ? "+" : "-") [Claim \(target)]\n"
                        continue
                    } else if roll < 12 {
                        map += "\(indent)\(supports ? "+" : "-") <Argument \(emitted)>: \(sentence(&random, number: emitted))\n"
                        if depth < 12 { stack.append((depth, Int.random(in: 1...3, using: &random), 1, number, true)) }
                        continue
                    } else {
                        let cites = roll % 10 < 3
                        map += "\(indent)\(supports ? "+" : "-") [Claim \(emitted)]: \(sentence(&random, number: emitted))"
                        if roll % 7 == 0 { map += " #\(Self.words[roll % Self.words.count])" }
                        if cites {
                            map += " {source: corpus, quote: \"finding \(emitted) of the corpus\"}"
                            source += "Finding \(emitted): finding \(emitted) of the corpus holds for \(Self.words[(emitted / 7) % Self.words.count]) at this scale.\n"
                        }
                        map += "\n"
                        remember(emitted)
                    }
                }
                if depth < 12, Int.random(in: 0..<100, using: &random) < 45 {
                    stack.append((depth, childCount(forDepth: depth, &random), 1, number, false))
                }
            }
            if format == .argdown { map += "\n" }
        }
        return Output(map: map, source: source, nodeCount: emitted)
    }

    private func childCount(forDepth depth: Int, _ random: inout SplitMix64) -> Int {
        Int.random(in: 1...max(1, 6 - depth / 2), using: &random)
    }

    private func sentence(_ random: inout SplitMix64, number: Int) -> String {
        var text = "Claim \(number) says the"
        for _ in 0..<Int.random(in: 6...12, using: &random) {
            text += " " + Self.words[Int.random(in: 0..<Self.words.count, using: &random)]
        }
        return text + "."
    }
}

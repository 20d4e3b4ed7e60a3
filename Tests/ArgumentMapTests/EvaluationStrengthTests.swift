import Testing
@testable import ArgumentMap

/// DF-QuAD values worked out by hand from Rago et al. (KR 2016): F(v1..vn) = 1 - ∏(1 - vi),
/// c(v0, va, vs) = v0 - v0·|vs - va| if va >= vs, else v0 + (1 - v0)·|vs - va|.
@Suite struct EvaluationStrengthTests {
    private func strengths(_ framework: Framework, disputing disputed: [String] = []) -> [String: Double] {
        let evaluation = framework.evaluate(disputing: disputed)
        return Dictionary(uniqueKeysWithValues: framework.map.nodes.map { ($0.title, evaluation.strength(of: $0.id)) })
    }

    private func close(_ lhs: [String: Double], _ rhs: [String: Double], within tolerance: Double = 1e-9) -> Bool {
        lhs.keys == rhs.keys && lhs.allSatisfy { abs($0.value - (rhs[$0.key] ?? .nan)) < tolerance }
    }

    @Test func aLoneClaimKeepsItsBaseScore() {
        #expect(strengths(Framework([], also: ["a"])) == ["a": 0.5])
    }

    @Test func oneAttackerHalvesAClaim() {
        // va = 0.5, vs = 0: 0.5 - 0.5 · 0.5
        #expect(close(strengths(Framework([("b", .attack, "a")])), ["a": 0.25, "b": 0.5]))
    }

    @Test func oneSupporterRaisesAClaimHalfwayToOne() {
        // va = 0, vs = 0.5: 0.5 + 0.5 · 0.5
        #expect(close(strengths(Framework([("s", .support, "a")])), ["a": 0.75, "s": 0.5]))
    }

    @Test func attackersAggregateByProbabilisticSum() {
        // va = 1 - 0.5 · 0.5 = 0.75: 0.5 - 0.5 · 0.75
        let framework = Framework([("b", .attack, "a"), ("c", .attack, "a")])
        #expect(close(strengths(framework), ["a": 0.125, "b": 0.5, "c": 0.5]))
    }

    @Test func equalAttackAndSupportCancel() {
        let framework = Framework([("b", .attack, "a"), ("s", .support, "a")])
        #expect(close(strengths(framework), ["a": 0.5, "b": 0.5, "s": 0.5]))
    }

    @Test func weightsSetTheBaseScores() {
        // vs = 1 - (1 - 0.6)(1 - 0.5) = 0.8, va = 0.2 < vs: 0.8 + (1 - 0.8) · 0.6 = 0.92
        let framework = Framework(
            [("b", .attack, "a"), ("s", .support, "a"), ("r", .support, "a")],
            weights: ["a": .number(0.8), "b": .number(0.2), "s": .number(0.6)])
        #expect(close(strengths(framework), ["a": 0.92, "b": 0.2, "s": 0.6, "r": 0.5]))
    }

    @Test func aChainPassesStrengthDown() {
        // c = 0.5; b = 0.5 - 0.5 · 0.5 = 0.25; a = 0.5 - 0.5 · 0.25 = 0.375
        let framework = Framework([("b", .attack, "a"), ("c", .attack, "b")])
        #expect(close(strengths(framework), ["a": 0.375, "b": 0.25, "c": 0.5]))
    }

    @Test func aDisputedClaimStartsFromZero() {
        // s = 0.5 lifts a from 0 to 0 + 1 · 0.5; t's attacker a is at 0.5: 0.5 - 0.5 · 0.5
        let framework = Framework([("s", .support, "a"), ("a", .attack, "t")], also: ["lone"])
        #expect(close(strengths(framework, disputing: ["a", "lone"]), ["s": 0.5, "a": 0.5, "t": 0.25, "lone": 0]))
    }

    @Test func cyclesSettleOnTheirFixedPoint() {
        // s = 0.5 - 0.5 · s gives s = 1/3, for a self-attack and for each node of an attack cycle;
        // updates stop once they move strengths by less than the evaluator's tolerance.
        let third = 1.0 / 3
        let tolerance = Evaluator(map: Framework([]).map).tolerance * 4
        #expect(close(strengths(Framework([("s", .attack, "s")])), ["s": third], within: tolerance))
        let cycle = Framework([("a", .attack, "b"), ("b", .attack, "c"), ("c", .attack, "a")])
        #expect(close(strengths(cycle), ["a": third, "b": third, "c": third], within: tolerance))
        #expect(cycle.evaluate().strengthsSettled)
    }

    @Test func reEvaluatingFromThePreviousEvaluationGivesTheSameStrengths() {
        let framework = Framework([("a", .attack, "b"), ("b", .attack, "c"), ("c", .attack, "a"), ("s", .support, "a"), ("a", .attack, "t")])
        let evaluator = Evaluator(map: framework.map)
        let before = evaluator.evaluate(disputed: [])
        let disputed: Set = [framework.id("s")]
        let warm = evaluator.evaluate(disputed: disputed, after: before)
        let cold = evaluator.evaluate(disputed: disputed)
        #expect(warm.label(of: framework.id("s")) == .out)
        for id in framework.map.nodeIDs {
            #expect(abs(warm.strength(of: id) - cold.strength(of: id)) < evaluator.tolerance * 4)
        }
        // s fell to 0, so the cycle now sits at a = b = c = 1/3, as without s.
        #expect(abs(warm.strength(of: framework.id("a")) - 1.0 / 3) < evaluator.tolerance * 4)
    }

    @Test func strengthsThatHaveNotSettledAreReported() {
        let cycle = Framework([("a", .attack, "b"), ("b", .attack, "a"), ("a", .attack, "t")])
        var evaluator = Evaluator(map: cycle.map)
        evaluator.roundLimit = 3
        let evaluation = evaluator.evaluate(disputed: [])
        #expect(!evaluation.strengthsSettled)
        #expect(evaluation.unsettled == [cycle.id("a"), cycle.id("b")])
        #expect(EvaluationReport(evaluation, nodes: cycle.map.theses).unsettledNote?.contains("2 nodes") == true)
    }

    @Test func badWeightsAreReportedAndReadAsTheDefault() {
        let framework = Framework([], also: ["big", "word", "fine"],
                                  weights: ["big": .number(1.5), "word": .string("heavy"), "fine": .string("0.25")])
        let evaluator = Evaluator(map: framework.map)
        #expect(evaluator.diagnostics.map(\.description) == [
            "test.argdown:1:1: warning: weight of [big] must be a number from 0 to 1, not 1.5; using 0.5",
            "test.argdown:1:1: warning: weight of [word] must be a number from 0 to 1, not heavy; using 0.5",
        ])
        #expect(strengths(framework) == ["big": 0.5, "word": 0.5, "fine": 0.25])
    }
}

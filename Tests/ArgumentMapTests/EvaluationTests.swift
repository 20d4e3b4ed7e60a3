import Testing
@testable import ArgumentMap

/// A small map written as `from kind to` triples over one-letter statement titles.
struct Framework {
    let map: ArgumentMap

    init(_ relations: [(String, RelationKind, String)], also extraNodes: [String] = [], weights: [String: DataValue] = [:]) {
        let here = SourceLocation(file: "test.argdown", line: 1, column: 1)
        var builder = MapBuilder(file: "test.argdown")
        for title in relations.flatMap({ [$0.0, $0.2] }) + extraNodes {
            let id = builder.node(titled: title, kind: .statement, at: here)
            if let weight = weights[title] { _ = builder.addData([DataEntry("weight", weight)], to: id, at: here) }
        }
        for (from, kind, to) in relations {
            let from = builder.node(titled: from, kind: .statement, at: here)
            builder.relate(from, kind, builder.node(titled: to, kind: .statement, at: here), at: here)
        }
        map = builder.build()
    }

    func id(_ title: String) -> NodeID { map.node(titled: title, kind: .statement) ?? NodeID(-1) }

    func evaluate(disputing disputed: [String] = []) -> Evaluation {
        Evaluation(map: map, disputed: Set(disputed.map(id)))
    }

    /// Labels as `title: label` in title order, so a failure shows the whole picture.
    func labels(disputing disputed: [String] = []) -> [String: Label] {
        let evaluation = evaluate(disputing: disputed)
        return Dictionary(uniqueKeysWithValues: map.nodes.map { ($0.title, evaluation.label(of: $0.id)) })
    }
}

@Suite struct EvaluationTests {
    @Test func aChainAlternates() {
        let chain = Framework([("b", .attack, "a"), ("c", .attack, "b"), ("d", .attack, "c")])
        #expect(chain.labels() == ["a": .out, "b": .in, "c": .out, "d": .in])
    }

    @Test func aDefeatedAttackerReinstatesItsTarget() {
        let map = Framework([("b", .attack, "a"), ("c", .attack, "b")])
        #expect(map.labels() == ["a": .in, "b": .out, "c": .in])
    }

    @Test func anEvenCycleIsUndecidedAndSoIsWhatItAttacks() {
        let map = Framework([("a", .attack, "b"), ("b", .attack, "a"), ("b", .attack, "t")])
        #expect(map.labels() == ["a": .undec, "b": .undec, "t": .undec])
    }

    @Test func anOddCycleIsUndecided() {
        let map = Framework([("a", .attack, "b"), ("b", .attack, "c"), ("c", .attack, "a")])
        #expect(map.labels() == ["a": .undec, "b": .undec, "c": .undec])
    }

    @Test func aSelfAttackIsUndecidedUntilSomethingDefeatsIt() {
        let alone = Framework([("s", .attack, "s"), ("s", .attack, "t")])
        #expect(alone.labels() == ["s": .undec, "t": .undec])
        let defeated = Framework([("s", .attack, "s"), ("s", .attack, "t"), ("k", .attack, "s")])
        #expect(defeated.labels() == ["s": .out, "t": .in, "k": .in])
    }

    @Test func oneStandingAttackerOfTwoIsEnough() {
        let map = Framework([("b", .attack, "a"), ("c", .attack, "a"), ("d", .attack, "b")])
        #expect(map.labels() == ["a": .out, "b": .out, "c": .in, "d": .in])
        #expect(map.labels(disputing: ["c"]) == ["a": .in, "b": .out, "c": .out, "d": .in])
    }

    @Test func anUndercutAttacksTheArgument() {
        let here = SourceLocation(file: "t", line: 1, column: 1)
        var builder = MapBuilder()
        let thesis = builder.node(titled: "T", kind: .statement, at: here)
        let argument = builder.node(titled: "A", kind: .argument, at: here)
        let doubt = builder.node(titled: "U", kind: .statement, at: here)
        builder.relate(argument, .support, thesis, at: here)
        builder.relate(doubt, .undercut, argument, at: here)
        let evaluation = Evaluation(map: builder.build())
        #expect(evaluation.label(of: argument) == .out)
        #expect(evaluation.label(of: doubt) == .in)
        #expect(evaluation.label(of: thesis) == .unsupported)
    }

    @Test func aContradictionAttacksBothWays() {
        let map = Framework([("a", .contradiction, "b")])
        #expect(map.labels() == ["a": .undec, "b": .undec])
        #expect(map.labels(disputing: ["a"]) == ["a": .out, "b": .in])
        #expect(map.labels(disputing: ["b"]) == ["a": .in, "b": .out])
    }

    @Test func aDisputeDefeatsTheClaimAndReinstatesWhatItAttacked() {
        let map = Framework([("b", .attack, "a")])
        #expect(map.labels() == ["a": .out, "b": .in])
        #expect(map.labels(disputing: ["b"]) == ["a": .in, "b": .out])
    }

    @Test func aDisputeSettlesACycle() {
        let map = Framework([("a", .attack, "b"), ("b", .attack, "a"), ("b", .attack, "t")])
        #expect(map.labels(disputing: ["b"]) == ["a": .in, "b": .out, "t": .in])
    }

    @Test func aThesisWhoseEverySupporterFellIsUnsupported() {
        let map = Framework([("s1", .support, "t"), ("s2", .support, "t"), ("x", .attack, "s1"), ("y", .attack, "s2")])
        #expect(map.labels()["t"] == .unsupported)
        #expect(map.labels(disputing: ["y"])["t"] == .in)
    }

    @Test func unsupportedPassesDownAChainOfSupport() {
        let map = Framework([("a", .support, "b"), ("b", .support, "c"), ("x", .attack, "a")])
        #expect(map.labels() == ["a": .out, "b": .unsupported, "c": .unsupported, "x": .in])
    }

    @Test func anUndecidedSupporterStillHoldsAClaimUp() {
        let map = Framework([("s", .support, "t"), ("p", .attack, "s"), ("s", .attack, "p")])
        #expect(map.labels()["t"] == .in)
    }

    @Test func oneFallenPremiseLeavesTheArgumentUnsupported() {
        let map = Framework([("p1", .premise, "arg"), ("p2", .premise, "arg"), ("arg", .support, "t"), ("x", .attack, "p2")])
        #expect(map.labels() == ["p1": .in, "p2": .out, "arg": .unsupported, "t": .unsupported, "x": .in])
        let explanation = map.evaluate().explanation(of: map.id("arg"))
        #expect(explanation.premisesFallen == [map.id("p2")])
        #expect(explanation.summary(in: map.map) == "Nothing attacks it, but it is unsupported: its premise [p2] has fallen.")
    }

    @Test func explanationsNameTheAttackersAndSupportersThatDecide() {
        let map = Framework([("b", .attack, "a"), ("c", .attack, "b"), ("s", .support, "a")])
        let evaluation = map.evaluate()
        #expect(evaluation.explanation(of: map.id("a")).summary(in: map.map) == "Stands: its attacker ([b]) is defeated. Held up by [s].")
        #expect(evaluation.explanation(of: map.id("b")).summary(in: map.map) == "Out: attacked by [c], which stands.")
        #expect(map.evaluate(disputing: ["c"]).explanation(of: map.id("c")).summary(in: map.map) == "Out: you dispute it.")
    }

    @Test func explanationsAgreeInNumberWithWhatTheyList() {
        let cycle = Framework([("b", .attack, "a"), ("c", .attack, "a"), ("b", .attack, "c"), ("c", .attack, "b")])
        let prefix = "Undecided: attacked by "
        let evaluation = cycle.evaluate()
        #expect(evaluation.explanation(of: cycle.id("a")).summary(in: cycle.map).hasPrefix(prefix + "[b], [c], themselves undecided;"))
        #expect(evaluation.explanation(of: cycle.id("b")).summary(in: cycle.map).hasPrefix(prefix + "[c], itself undecided;"))

        let one = Framework([("s", .support, "t"), ("x", .attack, "s")])
        #expect(one.evaluate().explanation(of: one.id("t")).summary(in: one.map) == "Nothing attacks it, but it is unsupported: its supporter has fallen ([s]).")
        let two = Framework([("s", .support, "t"), ("r", .support, "t"), ("x", .attack, "s"), ("x", .attack, "r")])
        #expect(two.evaluate().explanation(of: two.id("t")).summary(in: two.map) == "Nothing attacks it, but it is unsupported: every supporter has fallen ([s], [r]).")
    }

    @Test func titlesInExplanationsCannotDriveTheTerminal() {
        let map = Framework([("\u{1B}]0;owned\u{07}", .attack, "a")])
        let summary = map.evaluate().explanation(of: map.id("a")).summary(in: map.map)
        #expect(!summary.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(summary.contains("\\e]0;owned"))
    }

    @Test func aDeepChainNeedsNoRecursion() {
        let depth = 100_000
        let map = Framework((1..<depth).map { ("n\($0)", .attack, "n\($0 - 1)") })
        let evaluation = map.evaluate()
        #expect(evaluation.label(of: map.id("n0")) == (depth % 2 == 0 ? .out : .in))
        #expect(evaluation.label(of: map.id("n\(depth - 1)")) == .in)
    }
}

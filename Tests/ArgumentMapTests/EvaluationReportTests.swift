import Foundation
import Testing
@testable import ArgumentMap

@Suite struct EvaluationReportTests {
    private let framework = Framework([("b", .attack, "a"), ("c", .attack, "b"), ("s", .support, "t"), ("x", .attack, "s")])

    @Test func textListsLabelStrengthAndTitleInMapOrder() {
        let evaluation = framework.evaluate(disputing: ["c"])
        let report = EvaluationReport(evaluation, nodes: framework.map.theses)
        #expect(report.text == """
            out          0.25  [a]
            unsupported  0.62  [t]

            """)
        let everything = EvaluationReport(evaluation, nodes: framework.map.nodeIDs)
        #expect(everything.text.split(separator: "\n").map { $0.split(separator: " ").last.map(String.init) } == ["[b]", "[a]", "(disputed)", "[s]", "[t]", "[x]"])
    }

    @Test func jsonIsAnArrayOfTitleLabelAndStrength() throws {
        let report = EvaluationReport(framework.evaluate(), nodes: framework.map.theses)
        #expect(report.json == """
            [
              {"title": "a", "kind": "statement", "label": "in", "strength": 0.375, "unsupported": false, "disputed": false},
              {"title": "t", "kind": "statement", "label": "in", "strength": 0.625, "unsupported": true, "disputed": false}
            ]

            """)
        #expect(EvaluationReport(framework.evaluate(), nodes: []).json == "[]\n")
        let decoded = try #require(JSONSerialization.jsonObject(with: Data(report.json.utf8)) as? [[String: Any]])
        #expect(decoded.map { $0["title"] as? String } == ["a", "t"])
        #expect(decoded.map { $0["label"] as? String } == ["in", "in"])
        #expect(decoded.map { $0["unsupported"] as? Bool } == [false, true])
        #expect(decoded.map { $0["kind"] as? String } == ["statement", "statement"])
        let strengths = decoded.compactMap { $0["strength"] as? Double }
        #expect(strengths.count == 2 && abs(strengths[0] - 0.375) < 1e-9 && abs(strengths[1] - 0.625) < 1e-9)
    }

    @Test func controlCharactersInTitlesAreEscapedInBothFormats() {
        let hostile = Framework([("\u{1B}[2J", .attack, "t")])
        let report = EvaluationReport(hostile.evaluate(), nodes: hostile.map.nodeIDs)
        #expect(report.text.contains("[\\e[2J]"))
        #expect(!report.text.unicodeScalars.contains("\u{1B}"))
        #expect(!report.json.unicodeScalars.contains("\u{1B}"))
    }
}

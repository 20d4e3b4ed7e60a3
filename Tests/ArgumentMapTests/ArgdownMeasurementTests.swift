import Foundation
import Testing
import ArgumentMap

/// Prints how long reading a generated 10 MB map takes. A measurement, not a pass/fail timing:
/// run it with `ARGMAP_MEASURE=1 swift test --filter ArgdownMeasurementTests` (add `-c release
/// -Xswiftc -enable-testing` for a release figure).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["ARGMAP_MEASURE"] != nil))
struct ArgdownMeasurementTests {
    /// About `megabytes` of Argdown: headings, theses, claims citing quotes, nested objections and tags.
    static func generatedMap(megabytes: Int) -> String {
        var text = "===\ntitle: Generated\nsources:\n  report: {file: report.txt}\n===\n\n"
        var thesis = 0
        while text.utf8.count < megabytes * 1_000_000 {
            thesis += 1
            text += "# Part \(thesis)\n\n[Thesis \(thesis)]: Claim number \(thesis) holds for *most* cases. #thesis\n"
            for claim in 1...20 {
                text += "    + [Claim \(thesis).\(claim)]: Evidence \(claim) shows **steady** gains over the years. {source: report, quote: \"gains over the years \(claim)\", weight: 0.\(claim % 10)}\n"
                text += "        - <Objection \(thesis).\(claim)>: The data behind \(claim) is thin and old. #(weak data)\n"
                text += "            _ <Reply \(thesis).\(claim)>: Newer data agrees with it.\n"
            }
            text += "\n"
        }
        return text
    }

    @Test func readTenMegabytes() {
        let text = Self.generatedMap(megabytes: 10)
        let clock = ContinuousClock()
        var result: (map: ArgumentMap, diagnostics: [Diagnostic])?
        let elapsed = clock.measure { result = ArgdownReader.read(text, file: "generated.argdown") }
        let nodes = result?.map.nodes.count ?? 0
        print("argdown-measure: read \(text.utf8.count) bytes, \(nodes) nodes, \(result?.map.relations.count ?? 0) relations in \(elapsed)")
        #expect(result?.diagnostics.filter { $0.severity == .error }.isEmpty == true)
        #expect(nodes > 100_000)
    }
}

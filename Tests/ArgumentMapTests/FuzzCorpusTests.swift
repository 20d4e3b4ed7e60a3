import Foundation
import Testing
@testable import ArgumentMap

/// Every seed of the fuzz corpora and every input that once broke something, run through the
/// same checks as the libFuzzer targets (`Fuzz/run.sh`), so what fuzzing found stays fixed
/// without a long fuzz in CI.
@Suite struct FuzzCorpusTests {
    static let fuzzFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz").path

    /// The inputs of one target, as paths relative to `Fuzz/`: its seeds, then its regressions.
    static func inputs(of target: String) -> [String] {
        ["Corpus", "Regressions"].flatMap { kind in
            let folder = "\(kind)/\(target)"
            let names = (try? FileManager.default.contentsOfDirectory(atPath: "\(fuzzFolder)/\(folder)")) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(folder)/\($0)" }
        }
    }

    static func bytes(of input: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(fuzzFolder)/\(input)")))
    }

    @Test(arguments: ["argdown", "kialo", "aif", "quotematching"])
    func everyTargetHasSeedsAndTheyAreFound(_ target: String) {
        #expect(Self.inputs(of: target).count { $0.hasPrefix("Corpus/") } >= 5, "few or no seeds under \(Self.fuzzFolder)/Corpus/\(target)")
    }

    @Test(arguments: inputs(of: "argdown"))
    func argdownReaderKeepsItsPromises(_ input: String) throws {
        #expect(ReaderProbe.violations(reading: try Self.bytes(of: input), as: .argdown) == [])
    }

    @Test(arguments: inputs(of: "kialo"))
    func kialoReaderKeepsItsPromises(_ input: String) throws {
        #expect(ReaderProbe.violations(reading: try Self.bytes(of: input), as: .kialo) == [])
    }

    @Test(arguments: inputs(of: "aif"))
    func aifReaderKeepsItsPromises(_ input: String) throws {
        #expect(ReaderProbe.violations(reading: try Self.bytes(of: input), as: .aif) == [])
    }

    @Test(arguments: inputs(of: "quotematching"))
    func quoteMatchingAgreesWithTheSlowWay(_ input: String) throws {
        #expect(QuoteMatchingProbe.violations(for: try Self.bytes(of: input)) == [])
    }
}

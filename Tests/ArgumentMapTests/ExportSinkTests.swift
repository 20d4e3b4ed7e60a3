import Foundation
import Testing
@testable import ArgumentMap

struct ExportSinkTests {
    /// What a sink with a destination hands on, chunk by chunk.
    final class Chunks {
        var sizes: [Int] = []
        var bytes: [UInt8] = []
    }

    @Test(arguments: ExportFormat.allCases)
    func everyFormatStreamsInChunksTheSameTextItWritesWhole(format: ExportFormat) {
        let map = WriterSample.random(seed: 7, nodes: 300, sections: 5)
        let chunks = Chunks()
        let sink = ExportSink(chunkSize: 4096) { chunk in
            chunks.sizes.append(chunk.count)
            chunks.bytes.append(contentsOf: chunk)
        }
        format.write(map, to: sink)
        #expect(String(decoding: chunks.bytes, as: UTF8.self) == format.write(map))
        #expect(chunks.sizes.count > 1, "a map of \(chunks.bytes.count) bytes came in one piece")
        #expect(chunks.sizes.allSatisfy { $0 <= 4096 + 1024 }, "\(chunks.sizes)")
    }

    static let hostile = "a \u{1B}[2J b\nc\r\nd\re\u{202E}f\u{9B}g\th\u{0}i\u{7F}\n\u{2066}"

    /// The same text written in pieces, cut at every point: escaping does not depend on where
    /// a writer's pieces end, even between a carriage return and a line feed.
    static func written(_ text: String, escaping: ExportSink.Escaping, cutAt cut: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        let sink = ExportSink(escaping: escaping)
        for piece in [scalars[..<cut], scalars[cut...]] {
            var part = ""
            part.unicodeScalars.append(contentsOf: piece)
            sink += part
        }
        return sink.text
    }

    @Test func terminalTextIsEscapedLineByLineWhereverThePiecesEnd() {
        let expected = #"a \e[2J b"# + "\n" + #"c\r\nd\re\u{202E}f\u{9B}g h\0i\u{7F}"# + "\n" + #"\u{2066}"#
        for cut in 0...Self.hostile.unicodeScalars.count {
            #expect(Self.written(Self.hostile, escaping: .terminalSafeLines, cutAt: cut) == expected, "cut at \(cut)")
        }
        #expect(expected == Self.hostile.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).terminalSafe }.joined(separator: "\n"))
    }

    @Test func jsonTextIsEscapedTheJSONWayWhereverThePiecesEnd() {
        let expected = #"a \u001B[2J b"# + "\n" + #"c\u000D"# + "\n" + #"d\u000De\u202Ef\u009Bg\u0009h\u0000i\u007F"# + "\n" + #"\u2066"#
        for cut in 0...Self.hostile.unicodeScalars.count {
            #expect(Self.written(Self.hostile, escaping: .jsonTerminalSafe, cutAt: cut) == expected, "cut at \(cut)")
        }
    }

    @Test func textForAFileIsWrittenAsItIs() {
        #expect(Self.written(Self.hostile, escaping: .none, cutAt: 3) == Self.hostile)
    }

    @Test func aFailingDestinationIsReportedOnceAndWritingStops() {
        struct Full: Error {}
        var calls = 0
        let sink = ExportSink { _ in
            calls += 1
            throw Full()
        }
        for _ in 0..<3 {
            sink += String(repeating: "x", count: sink.chunkSize)
        }
        sink.flush()
        #expect(calls == 1)
        #expect(sink.failure is Full)
    }
}

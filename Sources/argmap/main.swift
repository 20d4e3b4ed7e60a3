// Temporary entry point for the terminal branch, replaced by the command line when it is
// merged: opens the stand-in browser on an Argdown file, or on a small built-in map.
import ArgumentMap
import Foundation

let sample = """
    [Scaling]: Capability comes from scaling pre-training.
      + [Data]: Bigger models keep getting better.
      - [Wall]: High-quality data ran short.
    [RL]: Capability comes from post-training RL.
      + [Reasoning]: RL taught models to reason.
    """
let arguments = CommandLine.arguments.dropFirst()
let text = arguments.first.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) } ?? sample
let (map, _) = ArgdownReader.read(text, file: arguments.first ?? "sample.argdown")
do {
    try runBrowser(loaded: LoadedMap(map: map), marks: Marks(), saveMarks: { _ in })
} catch {
    FileHandle.standardError.write(Data("argmap: \(error)\n".utf8))
    exit(1)
}

// Temporary entry point for the terminal branch, replaced by the command line when it is
// merged: `argmap [FILE.argdown]` opens the browser on the file (without its sources), or
// on a small built-in map; marks are kept in memory only.
import ArgumentMap
import Foundation

let sample = """
    [Scaling]: Capability comes from scaling pre-training.
      + [Bigger]: Bigger models keep getting better.
      - [Data wall]: High-quality data ran short.
    [RL]: Capability comes from post-training RL.
      + [Reasoning]: RL taught models to reason.
    """
let path = CommandLine.arguments.dropFirst().first
let text: String
do {
    text = try path.map { try String(contentsOfFile: $0, encoding: .utf8) } ?? sample
    let (map, _) = ArgdownReader.read(text, file: path ?? "sample.argdown")
    try runBrowser(loaded: LoadedMap(map: map), marks: Marks(), saveMarks: { _ in })
} catch {
    FileHandle.standardError.write(Data("argmap: \(error)\n".utf8))
    exit(1)
}

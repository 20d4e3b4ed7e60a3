// Temporary entry point for the terminal branch, replaced by the command line when it is
// merged: opens the stand-in browser on a small built-in map.
import ArgumentMap
import Foundation

var builder = MapBuilder(file: "sample.argdown")
let titles = [
    "Scaling pre-training", "Data wall", "Bigger models keep improving", "Post-training RL",
    "RL teaches reasoning", "漢字 and 🙂 keep their columns", "Evaluation is noisy", "Compute is the bottleneck",
]
for (line, title) in titles.enumerated() {
    let id = builder.node(titled: title, kind: .statement, at: SourceLocation(file: "sample.argdown", line: line + 1, column: 1))
    builder.define(id, text: title, at: SourceLocation(file: "sample.argdown", line: line + 1, column: 1), section: nil)
}
do {
    try runBrowser(loaded: LoadedMap(map: builder.build()), marks: Marks(), saveMarks: { _ in })
} catch {
    FileHandle.standardError.write(Data("argmap: \(error)\n".utf8))
    exit(1)
}

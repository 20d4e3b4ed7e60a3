import Foundation
@testable import ArgumentMap

/// What every map reader must give for any bytes at all: a map and diagnostics that point into
/// the file, titles that print safely, a graph the browser can walk, and a map every writer
/// can export (JSON and AIF as valid JSON). Shared by the libFuzzer targets (`Fuzz/run.sh`)
/// and the corpus replay in `swift test`.
enum ReaderProbe {
    /// The broken promises for `bytes` read as `format`; empty when all hold.
    static func violations(reading bytes: [UInt8], as format: MapFormat) -> [String] {
        let (map, diagnostics) = format.read(bytes, file: "fuzz")
        var broken: [String] = []
        let lineCount = bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        for diagnostic in diagnostics {
            let location = diagnostic.location
            if location.file != "fuzz" || !(1...lineCount).contains(location.line) || location.column < 1 {
                broken.append("diagnostic outside the file (\(lineCount) lines): \(diagnostic)")
            }
            if diagnostic.message.isEmpty { broken.append("diagnostic without a message at \(location)") }
        }
        for node in map.nodes where node.title.terminalSafe.unicodeScalars.contains(where: \.needsEscapeOnTerminal) {
            broken.append("title not made terminal-safe: \(node.title.debugDescription)")
        }
        for relation in map.relations where !map.nodes.indices.contains(relation.from.offset) || !map.nodes.indices.contains(relation.to.offset) {
            broken.append("relation to a node that does not exist: \(relation)")
        }
        if !map.nodes.isEmpty, map.roots.isEmpty {
            broken.append("\(map.nodes.count) nodes but no root to show them from")
        }
        _ = map.cycles
        for id in map.nodeIDs {
            if map.childCount(id) != map.incoming(id).count || map.parentCount(id) != map.outgoing(id).count {
                broken.append("relation index disagrees with the relations of \(map[id].title.debugDescription)")
            }
        }
        for format in ExportFormat.allCases {
            let written = format.write(map)
            if [.json, .aif].contains(format), (try? JSONSerialization.jsonObject(with: Data(written.utf8))) == nil {
                broken.append("export as \(format) is not valid JSON: \(written.prefix(200))")
            }
        }
        return broken
    }
}

import ArgumentMap
import Browser
import Foundation
import Screen

// Measures the targets of issue 7 side by side in one run: for each size, `wc -l` on the
// generated file, then (in a fresh child process, so its peak memory is the reader's own)
// reading and indexing the file, the browser's first frame, and single keys.
//
//   swift run -c release side-by-side [--nodes 1000,100000,1000000] [--seed 1] [--dir DIR]

let arguments = Array(CommandLine.arguments.dropFirst())

// Each measurement runs in a child process of its own, started as `side-by-side MEASUREMENT FILE`.
let measurements: [String: (String) -> Void] = [
    "measure": Measurement.run(file:),
    "measure-read": Measurement.runRead(file:),
    "measure-in-memory": Measurement.runInMemory(file:),
    "measure-kialo": Measurement.runKialo(file:),
    "measure-first-frame": Measurement.runFirstFrame(file:),
    "measure-floor": Measurement.runFloor(file:),
]
if arguments.count == 2, let measure = measurements[arguments[0]] {
    measure(arguments[1])
    exit(0)
}

var sizes = [1_000, 100_000, 1_000_000]
var seed: UInt64 = 1
var directory = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-benchmarks").path
var remaining = arguments[...]
while let option = remaining.popFirst() {
    guard let value = remaining.popFirst() else {
        print("usage: side-by-side [--nodes N,N,...] [--seed S] [--dir DIR]")
        exit(2)
    }
    switch option {
    case "--nodes": sizes = value.split(separator: ",").compactMap { Int($0) }
    case "--seed": seed = UInt64(value) ?? 1
    case "--dir": directory = value
    default:
        print("unknown option \(option)")
        exit(2)
    }
}

try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(Machine.cpuModel)")
for size in sizes {
    let file = "\(directory)/generated-\(size)-seed\(seed).argdown"
    if !FileManager.default.fileExists(atPath: file) {
        let output = MapGenerator(nodeCount: size, seed: seed, sourceFile: "generated-\(size)-seed\(seed).txt").generate(.argdown)
        try output.map.write(toFile: file, atomically: true, encoding: .utf8)
        try output.source.write(toFile: "\(directory)/generated-\(size)-seed\(seed).txt", atomically: true, encoding: .utf8)
    }
    let kialoFile = "\(directory)/generated-\(size)-seed\(seed).kialo.txt"
    if !FileManager.default.fileExists(atPath: kialoFile) {
        try MapGenerator(nodeCount: size, seed: seed).generate(.kialo).map.write(toFile: kialoFile, atomically: true, encoding: .utf8)
    }
    let bytes = (try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
    let childrenBefore = Machine.childrenCPUTime
    let wc = Machine.bestWallTime(runs: 5) { Machine.run("/usr/bin/wc", ["-l", file]) }
    let wcCPU = (Machine.childrenCPUTime - childrenBefore) / 5
    let child = Machine.run(CommandLine.arguments[0], ["measure", file])
    let inMemory = Machine.run(CommandLine.arguments[0], ["measure-in-memory", file])
        + Machine.run(CommandLine.arguments[0], ["measure-floor", file])
        + Machine.run(CommandLine.arguments[0], ["measure-first-frame", file])
        + Machine.run(CommandLine.arguments[0], ["measure-kialo", kialoFile])
    print("\n\(size) nodes: \(file) (\(Report.megabytes(bytes)))")
    print("  wc -l: \(Report.milliseconds(wc)) wall (best of 5), \(Report.milliseconds(wcCPU)) CPU (mean)")
    let figures = Report.parse(child)
    for line in (child + inMemory).split(separator: "\n") where !line.contains("=") { print("  \(line)") }
    if let read = figures["read_wall"], let readCPU = figures["read_cpu"] {
        print("  read+index / wc -l: \(String(format: "%.1f", read / wc))x wall, \(String(format: "%.1f", readCPU / wcCPU))x CPU (target 40x)")
    }
    let more = Report.parse(inMemory)
    if let firstFrame = more["first_frame_wall"] {
        print("  first frame (citations located after it) / wc -l: \(String(format: "%.1f", firstFrame / wc))x wall (target under 1 s)")
    }
    if let kialo = more["kialo_cpu"] {
        print("  Kialo import / wc -l: \(String(format: "%.1f", kialo / wcCPU))x CPU")
    }
    if let peak = figures["peak_bytes"], bytes > 0 {
        print("  peak memory / file size: \(String(format: "%.2f", peak / Double(bytes)))x (target under 3x)")
    }
}

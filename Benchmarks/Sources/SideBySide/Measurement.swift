import ArgumentMap
import Browser
import Foundation
import Screen

/// One map measured in a process of its own: reading and indexing it, the first frame, then
/// single keys, each timed in CPU time including the frame drawn after it.
enum Measurement {
    static let size = Size(width: 200, height: 60)

    /// Reads the whole file into an array first, as `read(bytes:file:)` callers do; measures reading only.
    static func runInMemory(file: String) {
        let baseline = Machine.memory("VmRSS")
        let wallStart = DispatchTime.now().uptimeNanoseconds
        let cpuStart = Machine.cpuTime
        guard let bytes = Machine.contents(of: file) else {
            print("cannot read \(file)")
            return
        }
        let (map, _) = ArgdownReader.read(bytes: bytes, file: file)
        let wall = Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e9
        let peak = Machine.memory("VmHWM") - baseline
        print("read+index, whole file in memory first: \(Report.milliseconds(wall)) wall, \(Report.milliseconds(Machine.cpuTime - cpuStart)) CPU, peak \(Report.megabytes(peak)) (\(map.nodes.count) nodes)")
        print("in_memory_wall=\(wall)")
        print("in_memory_peak_bytes=\(peak)")
        withExtendedLifetime(bytes) {}
    }

    /// A floor for any reader that keeps each statement's text as a `String`: split the file into
    /// lines and make one `String` of each, nothing else.
    static func runFloor(file: String) {
        let baseline = Machine.memory("VmRSS")
        guard let bytes = Machine.contents(of: file) else { return }
        var lines: [String] = []
        let cpu = Machine.cpuTime {
            lines.reserveCapacity(bytes.count / 128)
            bytes.withUnsafeBufferPointer { buffer in
                var start = 0
                while start < buffer.count {
                    var end = start
                    while end < buffer.count && buffer[end] != UInt8(ascii: "\n") { end += 1 }
                    lines.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self))
                    start = end + 1
                }
            }
        }
        let peak = Machine.memory("VmHWM") - baseline
        print("floor, one String per line and nothing else: \(Report.milliseconds(cpu)) CPU, peak \(Report.megabytes(peak)) with the file in memory (\(lines.count) lines)")
    }

    /// Imports a Kialo export as `argmap` reads one: the file's bytes read, the model built.
    static func runKialo(file: String) {
        let baseline = Machine.memory("VmRSS")
        let wallStart = DispatchTime.now().uptimeNanoseconds
        var nodes = 0
        var retained = 0
        let cpu = Machine.cpuTime {
            guard let (map, _) = KialoReader.read(contentsOfFile: file, file: file) else { return }
            withExtendedLifetime(map) {
                nodes = map.nodes.count
                retained = Machine.memory("VmRSS") - baseline
            }
        }
        let wall = Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e9
        let peak = Machine.memory("VmHWM") - baseline
        print("Kialo import: \(Report.milliseconds(wall)) wall, \(Report.milliseconds(cpu)) CPU, peak \(Report.megabytes(peak)), the map alone \(Report.megabytes(retained)) (\(nodes) claims)")
        print("kialo_cpu=\(cpu)")
    }

    /// What `argmap FILE` does before its first frame: the loader reads the map, the browser
    /// draws it; then what it does after, on its second thread: the sources loaded and every
    /// citation located, and handed to the browser.
    static func runFirstFrame(file: String) {
        let baseline = Machine.memory("VmRSS")
        let wallStart = DispatchTime.now().uptimeNanoseconds
        let cpuStart = Machine.cpuTime
        let loader = MapLoader()
        guard let parsed = try? loader.read(file) else {
            print("cannot load \(file)")
            return
        }
        let loadCPU = Machine.cpuTime - cpuStart
        var state = BrowserState(showing: parsed.unresolved, size: size)
        let frame = state.render(size: size)
        let wall = Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e9
        let cpu = Machine.cpuTime - cpuStart
        let framePeak = Machine.memory("VmHWM") - baseline
        print("first frame (citations located after it): \(Report.milliseconds(wall)) wall, \(Report.milliseconds(cpu)) CPU (reading \(Report.milliseconds(loadCPU))), peak \(Report.megabytes(framePeak)); \(frame.size.width)x\(frame.size.height)")
        var located = 0
        let locateCPU = Machine.cpuTime {
            let resolution = loader.locateCitations(of: parsed)
            state.adopt(resolution, index: CitationIndex(resolution.citations, in: parsed.map))
            located = resolution.citations.count
        }
        let peak = Machine.memory("VmHWM") - baseline
        print("then \(located) citations located and handed to the browser: \(Report.milliseconds(locateCPU)) CPU, peak \(Report.megabytes(peak))")
        // The source view of the generated source, opened from the first cited claim.
        _ = state.handle(.key(.character("j")))
        timeKeys("open the cited source (Enter)", [.enter], times: 1, in: &state)
        timeKeys("source view: next cited passage (n)", [.character("n")], times: 20, in: &state)
        timeKeys("source view: to the end (G)", [.character("G")], times: 1, in: &state)
        timeKeys("source view: scroll (k, Ctrl-U)", [.character("k"), .control("u")], times: 20, in: &state)
        timeKeys("source view: the claims citing the passage (Enter), and back (Esc)", [.enter, .escape], times: 20, in: &state)
        print("first_frame_wall=\(wall)")
        print("first_frame_cpu=\(cpu)")
        print("load_peak_bytes=\(peak)")
    }

    /// The first evaluation of a map, then one mark change after another: worked out in place,
    /// as the browser does, then as new values by `evaluate(disputed:after:)`.
    static func runEvaluation(map: ArgumentMap) {
        let start = Machine.cpuTime
        let evaluator = Evaluator(map: map)
        var evaluation = evaluator.evaluate(disputed: [])
        print("first evaluation (evaluator built, nothing disputed): \(Report.milliseconds(Machine.cpuTime - start)) CPU")
        var disputed: Set<NodeID> = []
        func changes(_ change: () -> Void) -> String {
            var samples: [Double] = []
            for step in 0..<20 {
                let claim = NodeID(map.nodes.count / 2 + step / 2)
                if step % 2 == 0 { disputed.insert(claim) } else { disputed.remove(claim) }
                samples.append(Machine.cpuTime(change))
            }
            samples.sort()
            return "median \(Report.milliseconds(samples[samples.count / 2])), max \(Report.milliseconds(samples[samples.count - 1])) CPU (20 changes)"
        }
        print("mark change, re-evaluated in place (Evaluation.reevaluate, as the browser does): \(changes { evaluation.reevaluate(disputed: disputed) })")
        print("mark change, re-evaluated (evaluate(disputed:after:), a new value): \(changes { evaluation = evaluator.evaluate(disputed: disputed, after: evaluation) })")
        withExtendedLifetime(evaluation) {}
    }

    /// Reading and indexing only, nothing after it.
    static func runRead(file: String) {
        print("strides: Node \(MemoryLayout<Node>.stride), Relation \(MemoryLayout<Relation>.stride), Citation \(MemoryLayout<Citation>.stride), SourceLocation \(MemoryLayout<SourceLocation>.stride) bytes")
        withExtendedLifetime(readAndIndex(file: file)?.map) {}
    }

    /// Reads and indexes the file (`ArgdownReader.read(contentsOfFile:)`), printing the time and memory it took.
    private static func readAndIndex(file: String) -> (map: ArgumentMap, baseline: Int, wallStart: UInt64)? {
        let baseline = Machine.memory("VmRSS")
        let wallStart = DispatchTime.now().uptimeNanoseconds
        let cpuStart = Machine.cpuTime
        guard let (map, diagnostics) = ArgdownReader.read(contentsOfFile: file, file: file) else {
            print("cannot read \(file)")
            return nil
        }
        let readWall = Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e9
        let readCPU = Machine.cpuTime - cpuStart
        let peak = Machine.memory("VmHWM") - baseline
        print("read_wall=\(readWall)")
        print("read_cpu=\(readCPU)")
        print("peak_bytes=\(peak)")
        let errors = diagnostics.filter { $0.severity == .error }.count
        print("read+index (read(contentsOfFile:)): \(Report.milliseconds(readWall)) wall, \(Report.milliseconds(readCPU)) CPU; \(map.nodes.count) nodes, \(map.relations.count) relations, \(errors) errors")
        print("peak memory while reading: \(Report.megabytes(peak)) above the \(Report.megabytes(baseline)) the process started with")
        return (map, baseline, wallStart)
    }

    static func run(file: String) {
        guard let (map, baseline, wallStart) = readAndIndex(file: file) else { return }
        func wallSoFar() -> Double { Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e9 }

        var state = BrowserState(loaded: LoadedMap(map: map), size: size)
        let frame = state.render(size: size)
        print("first frame: \(Report.milliseconds(wallSoFar())) wall from start (\(frame.size.width)x\(frame.size.height))")

        func key(_ name: String, _ keys: [Key], times: Int) { timeKeys(name, keys, times: times, in: &state) }
        key("cursor move (j)", [.character("j")], times: 200)
        key("fold toggle (space)", [.character(" ")], times: 50)
        key("fold-all (z)", [.character("z")], times: 3)
        key("unfold-all (Z)", [.character("Z")], times: 3)
        key("cursor move, all unfolded (j)", [.character("j")], times: 200)
        key("mark change (d)", [.character("d")], times: 20)
        _ = state.handle(.key(.character("/")))
        key("search keystroke", "claim 4".map { .character($0) }, times: 7)
        _ = state.handle(.key(.escape))
        _ = state.handle(.key(.character("/")))
        let last = "claim \(map.nodes.count - 1)"
        key("search keystroke, typing /\(last)", last.map { .character($0) }, times: last.count)
        timeSlices("search going on between keys for /\(last)", in: &state)
        _ = state.handle(.key(.enter))
        key("n, searching on for /\(last)", [.character("n")], times: 5)
        _ = state.handle(.key(.escape))
        key("fold-all (z) after search", [.character("z")], times: 3)
        key("unfold to depth 2 (2)", [.character("2")], times: 3)
        state = BrowserState(loaded: LoadedMap(map: map), size: size, evaluator: LiveEvaluator(map: map))
        key("mark change with re-evaluation (d), the browser evaluating", [.character("d")], times: 20)
        runEvaluation(map: map)
        print("final peak memory: \(Report.megabytes(Machine.memory("VmHWM") - baseline))")
        withExtendedLifetime(frame) {}
    }

    /// Lets a search go on between keys slice by slice, as the run loop does while no input is
    /// waiting, and prints the median and slowest CPU time of a slice and of them all.
    static func timeSlices(_ name: String, in state: inout BrowserState) {
        var samples: [Double] = []
        while state.hasWorkBetweenKeys {
            samples.append(Machine.cpuTime { state.workBetweenKeys() })
        }
        guard !samples.isEmpty else { return print("\(name): nothing left to search") }
        let total = samples.reduce(0, +)
        samples.sort()
        print("\(name): \(samples.count) slices, median \(Report.milliseconds(samples[samples.count / 2])), max \(Report.milliseconds(samples[samples.count - 1])), \(Report.milliseconds(total)) CPU in all")
    }

    /// Presses `keys` in turn, `times` keys in all, and prints the median and slowest CPU time
    /// of a key with its frame.
    static func timeKeys(_ name: String, _ keys: [Key], times: Int, in state: inout BrowserState) {
        var samples: [Double] = []
        for index in 0..<times {
            let key = keys[index % keys.count]
            samples.append(Machine.cpuTime {
                _ = state.handle(.key(key))
                withExtendedLifetime(state.render(size: size)) {}
            })
        }
        samples.sort()
        print("\(name): median \(Report.milliseconds(samples[samples.count / 2])), max \(Report.milliseconds(samples[samples.count - 1])) CPU (\(times) keys, each with its frame)")
    }
}

import ArgumentMap
import Benchmark
import Browser
import Screen

// Every figure of the Performance section of the README, with statistics. Inputs are generated
// in memory by `MapGenerator` before each measurement starts, so nothing large is written to disk.
// The side-by-side ratios (to `wc -l` and to the file size) come from the `side-by-side` tool.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        maxDuration: .seconds(10),
        maxIterations: 50
    )
    let screen = Size(width: 200, height: 60)

    for nodes in [1_000, 100_000, 1_000_000] {
        let few = Benchmark.Configuration(maxDuration: .seconds(20), maxIterations: nodes >= 1_000_000 ? 3 : 20)
        Benchmark("Argdown parse+index \(nodes) nodes", configuration: few) { benchmark in
            let text = Inputs.argdown(nodes: nodes)
            benchmark.startMeasurement()
            blackHole(ArgdownReader.read(bytes: text, file: "generated.argdown"))
        }
        Benchmark("Kialo import \(nodes) claims", configuration: few) { benchmark in
            let text = Inputs.kialo(nodes: nodes)
            benchmark.startMeasurement()
            blackHole(KialoReader.read(bytes: text, file: "generated.txt"))
        }
        Benchmark("first evaluation \(nodes) nodes", configuration: few) { benchmark in
            let map = Inputs.map(nodes: nodes)
            benchmark.startMeasurement()
            blackHole(Evaluator(map: map).evaluate(disputed: []))
        }
        Benchmark("mark change + re-evaluation \(nodes) nodes", configuration: few) { benchmark in
            Inputs.measureMarkChange(nodes: nodes, benchmark)
        }

        for step in Inputs.foldSteps {
            Benchmark("\(step.name) rows \(nodes) nodes", configuration: few) { benchmark in
                Inputs.measure(step, nodes: nodes, size: screen, benchmark)
            }
        }
        Benchmark("render 200x60 frame \(nodes) nodes") { benchmark in
            let state = Inputs.browser(nodes: nodes, size: screen)
            benchmark.startMeasurement()
            blackHole(state.render(size: screen))
        }
        for step in Inputs.singleKeys {
            Benchmark("\(step.name) + frame \(nodes) nodes") { benchmark in
                Inputs.measure(step, nodes: nodes, size: screen, benchmark)
            }
        }
    }
}

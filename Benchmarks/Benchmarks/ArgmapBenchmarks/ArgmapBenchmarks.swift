import Benchmark
import ArgumentMap

let benchmarks: @Sendable () -> Void = {
    Benchmark("generate 1000") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(MapGenerator(nodeCount: 1000, seed: 1).generate(.argdown))
        }
    }
}

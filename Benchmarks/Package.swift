// swift-tools-version: 6.1
// The benchmark suite, a package of its own so that building and testing argmap does not build it.
// Run from this folder: swift package benchmark (statistics per operation), or
// swift run -c release side-by-side (the targets of issue 7: ratios to `wc -l` and the file size).
import PackageDescription

let package = Package(
    name: "argmap-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "argmap", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "ArgmapBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "ArgumentMap", package: "argmap"),
                .product(name: "Browser", package: "argmap"),
            ],
            path: "Benchmarks/ArgmapBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "side-by-side",
            dependencies: [
                .product(name: "ArgumentMap", package: "argmap"),
                .product(name: "Browser", package: "argmap"),
            ],
            path: "Sources/SideBySide"
        ),
    ]
)

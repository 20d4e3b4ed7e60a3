// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "argmap",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "argmap", targets: ["argmap"]),
        .library(name: "ArgumentMap", targets: ["ArgumentMap"]),
        .library(name: "Browser", targets: ["Browser"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The model and everything that reads, checks, evaluates or writes a map.
        .target(name: "ArgumentMap", dependencies: ["CMappingGuard", "CPlainText", .product(name: "Yams", package: "Yams")]),
        // Keeps a mapped map file that another program truncates from killing the reader (SIGBUS).
        .target(name: "CMappingGuard"),
        // Tells plain text from markup sixteen bytes at a time, which Swift's `SIMD` types do a lane at
        // a time, and asks for cache lines ahead of use, which Swift cannot ask for.
        .target(name: "CPlainText"),
        // Cells, styles, keys and display widths: what Browser draws into and Terminal paints.
        .target(name: "Screen"),
        // The interactive program as values: state, key table, pure update and render.
        .target(name: "Browser", dependencies: ["ArgumentMap", "Screen"]),
        .systemLibrary(name: "CNcursesW", providers: [.apt(["libncursesw5-dev"])]),
        // The signal handlers and the state they share, defined once in C.
        .target(name: "CSignalTrap"),
        // Gives the memory malloc holds free back to the system, between the browser's large steps,
        // and has it unmap large blocks as soon as they are freed.
        .target(name: "CFreeMemory"),
        // The only code that calls ncurses.
        .target(name: "Terminal", dependencies: ["CNcursesW", "CSignalTrap", "Screen"]),
        .executableTarget(
            name: "argmap",
            dependencies: [
                "ArgumentMap", "Browser", "CFreeMemory", "Screen", "Terminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ArgumentMapTests", dependencies: ["ArgumentMap"], exclude: ["Fixtures"]),
        .testTarget(name: "ScreenTests", dependencies: ["Screen"]),
        .testTarget(name: "BrowserTests", dependencies: ["Browser", "ArgumentMap", "Screen"], exclude: ["__Snapshots__"]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal", "Screen", "CFreeMemory"]),
        .testTarget(name: "EndToEndTests", dependencies: ["argmap"]),
    ]
)

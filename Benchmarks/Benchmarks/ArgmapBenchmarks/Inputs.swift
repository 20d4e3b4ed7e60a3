import ArgumentMap
import Benchmark
import Browser
import Screen

/// Generated maps and browsers on them, made once per size and process and kept between
/// iterations, so each iteration measures one key on the state the previous one left.
enum Inputs {
    /// One measured key, with the keys pressed before and after it outside the measurement.
    struct Step: Sendable {
        var name: String
        var before: [Key] = []
        var key: Key
        var after: [Key] = []
        var drawsFrame = true
    }

    static let foldSteps = [
        Step(name: "fold-all", before: [.character("Z")], key: .character("z"), drawsFrame: false),
        Step(name: "unfold-all", before: [.character("z")], key: .character("Z"), drawsFrame: false),
    ]

    // "mark change" is the browser's own part; its re-evaluation is measured apart, with the evaluator's API.
    static let singleKeys = [
        Step(name: "cursor move", key: .character("j")),
        Step(name: "fold toggle", key: .character(" ")),
        Step(name: "search keystroke", before: [.character("/")] + "clai".map { .character($0) }, key: .character("m"), after: [.escape]),
        Step(name: "mark change", key: .character("d")),
    ]

    nonisolated(unsafe) private static var texts: [Int: [UInt8]] = [:]
    nonisolated(unsafe) private static var browsers: [Int: BrowserState] = [:]
    nonisolated(unsafe) private static var kialoTexts: [Int: [UInt8]] = [:]
    nonisolated(unsafe) private static var evaluations: [Int: Evaluation] = [:]
    nonisolated(unsafe) private static var maps: [Int: ArgumentMap] = [:]

    static func kialo(nodes: Int) -> [UInt8] {
        if let text = kialoTexts[nodes] { return text }
        let text = Array(MapGenerator(nodeCount: nodes, seed: 1).generate(.kialo).map.utf8)
        kialoTexts[nodes] = text
        return text
    }

    static func map(nodes: Int) -> ArgumentMap {
        if let map = maps[nodes] { return map }
        let (map, _) = ArgdownReader.read(bytes: argdown(nodes: nodes), file: "generated.argdown")
        maps[nodes] = map
        return map
    }

    /// One mark change as the browser makes it: the claim halfway down the map disputed, or the
    /// dispute lifted, and the evaluation kept from the last change worked out again in place.
    static func measureMarkChange(nodes: Int, _ benchmark: Benchmark) {
        var evaluation = evaluations[nodes] ?? Evaluator(map: map(nodes: nodes)).evaluate(disputed: [])
        // Held only here while it changes, so it changes in place.
        evaluations[nodes] = nil
        let claim = NodeID(evaluation.map.nodes.count / 2)
        let disputed: Set<NodeID> = evaluation.disputed.isEmpty ? [claim] : []
        benchmark.startMeasurement()
        evaluation.reevaluate(disputed: disputed)
        benchmark.stopMeasurement()
        evaluations[nodes] = evaluation
    }

    static func argdown(nodes: Int) -> [UInt8] {
        if let text = texts[nodes] { return text }
        let text = Array(MapGenerator(nodeCount: nodes, seed: 1).generate(.argdown).map.utf8)
        texts[nodes] = text
        return text
    }

    static func browser(nodes: Int, size: Size) -> BrowserState {
        if let state = browsers[nodes] { return state }
        let (map, _) = ArgdownReader.read(bytes: argdown(nodes: nodes), file: "generated.argdown")
        texts[nodes] = nil
        let state = BrowserState(loaded: LoadedMap(map: map), size: size)
        browsers[nodes] = state
        return state
    }

    static func measure(_ step: Step, nodes: Int, size: Size, _ benchmark: Benchmark) {
        var state = browser(nodes: nodes, size: size)
        // Held only here while keys change it, so they change it in place rather than copy its rows.
        browsers[nodes] = nil
        for key in step.before { _ = state.handle(.key(key)) }
        benchmark.startMeasurement()
        blackHole(state.handle(.key(step.key)))
        if step.drawsFrame { blackHole(state.render(size: size)) }
        benchmark.stopMeasurement()
        for key in step.after { _ = state.handle(.key(key)) }
        browsers[nodes] = state
    }
}

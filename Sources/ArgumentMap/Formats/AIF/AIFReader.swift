import Foundation

/// Reads AIF JSON (AIFdb, OVA) into an `ArgumentMap`.
///
/// - I-nodes become statements, titled by `TitleMaker` (or by argmap's own `title` field).
/// - An RA with one I-node premise becomes a direct support of each conclusion. Any other RA
///   (several premises, undercut, attacking, or titled by argmap) becomes an argument
///   node: each premise `.premise` it, it supports each conclusion, and it gets an `Inference`.
/// - A CA makes each attacker attack each target; aimed at an RA it undercuts that argument; a
///   CA whose text is "Contradiction" relates its ends by `.contradiction`; argmap's own
///   `relation` field on a CA, when present, decides instead. A CA from a node to itself is
///   a self-attack; between several nodes it relates no node to itself.
/// - An MA (rephrase) becomes data on its source: `rephrased-as: [titles]`.
/// - L, YA and TA (dialogue) become data: YA-linked locutions on their I-node as `locutions`,
///   and every dialogue node in the front matter under `aif-dialogue`.
public enum AIFReader {
    static let contradictionText = "Contradiction"
    static let dialogueTypes: Set<String> = ["L", "YA", "TA"]
    static let ignoredTypes: Set<String> = ["PA"]

    public static func read(bytes: [UInt8], file: String) -> (map: ArgumentMap, diagnostics: [Diagnostic]) {
        let document = AIFDocument(bytes: bytes, file: file)
        var reading = AIFReading(document: document, file: file)
        reading.run()
        let problems = (document.problems + reading.problems).enumerated()
            .sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
            .map(\.element)
        return (reading.builder.build(), problems)
    }

    public static func read(_ text: String, file: String) -> (map: ArgumentMap, diagnostics: [Diagnostic]) {
        read(bytes: Array(text.utf8), file: file)
    }
}

/// One run of `AIFReader` over a checked document.
private struct AIFReading {
    let document: AIFDocument
    let file: String
    var builder: MapBuilder
    var problems: [Diagnostic] = []

    private var index: [String: Int] = [:]
    private var incoming: [[Int]]
    private var outgoing: [[Int]]
    private var modelNode: [NodeID?]

    init(document: AIFDocument, file: String) {
        self.document = document
        self.file = file
        builder = MapBuilder(file: file)
        incoming = Array(repeating: [], count: document.nodes.count)
        outgoing = Array(repeating: [], count: document.nodes.count)
        modelNode = Array(repeating: nil, count: document.nodes.count)
    }

    private func type(_ node: Int) -> String { document.nodes[node].type }

    mutating func run() {
        for (position, node) in document.nodes.enumerated() {
            if index[node.id] != nil {
                problems.append(.error("two nodes have the nodeID \(node.id); the second is skipped", at: node.location))
                continue
            }
            index[node.id] = position
        }
        for edge in document.edges {
            guard let from = index[edge.from] else {
                problems.append(.error("edge \(edge.id) comes from node \(edge.from), which is not in \"nodes\"; skipped", at: edge.location))
                continue
            }
            guard let to = index[edge.to] else {
                problems.append(.error("edge \(edge.id) goes to node \(edge.to), which is not in \"nodes\"; skipped", at: edge.location))
                continue
            }
            outgoing[from].append(to)
            incoming[to].append(from)
        }
        createNodes()
        relate()
    }

    /// An RA that cannot be drawn as a plain support edge needs a node of its own.
    private func isArgument(_ node: Int) -> Bool {
        guard type(node) == "RA" else { return false }
        let ins = incoming[node]
        return document.nodes[node].title != nil || ins.count != 1 || type(ins[0]) != "I"
            || outgoing[node].contains { type($0) == "CA" }
    }

    private mutating func createNodes() {
        var titles = TitleMaker()
        for node in document.nodes { if let title = node.title { titles.reserve(title) } }
        var dialogue: [DataValue] = []
        for (position, node) in document.nodes.enumerated() where index[node.id] == position {
            switch node.type {
            case "I":
                let title = node.title ?? titles.title(for: node.text, fallback: "Statement \(node.id)")
                modelNode[position] = define(title, kind: .statement, text: node.text, node: node)
            case "RA" where isArgument(position):
                let conclusion = outgoing[position].first { type($0) == "I" }
                let base = conclusion.flatMap { TitleMaker.shortTitle(of: document.nodes[$0].text) }.map { "Argument for \($0)" }
                let title = node.title ?? titles.unique(base ?? "Argument \(node.id)")
                let text = node.title == nil ? "" : node.text
                modelNode[position] = define(title, kind: .argument, text: text, node: node)
                if node.title == nil, !node.text.isEmpty, node.text != "Default Inference", let id = modelNode[position] {
                    builder.addData([DataEntry("scheme", .string(node.text))], to: id, at: node.location)
                }
            case "RA", "CA", "MA":
                break
            case let type where AIFReader.dialogueTypes.contains(type):
                dialogue.append(.map([DataEntry("id", .string(node.id)), DataEntry("type", .string(type)), DataEntry("text", .string(node.text))]))
            case let type where AIFReader.ignoredTypes.contains(type):
                break
            default:
                problems.append(.warning("node \(node.id) has the unknown type \"\(node.type)\" (expected I, RA, CA, MA, L, YA or TA); ignored", at: node.location))
            }
        }
        if !dialogue.isEmpty { builder.frontMatter.set("aif-dialogue", .list(dialogue)) }
    }

    private mutating func define(_ title: String, kind: NodeKind, text: String, node: AIFDocument.Node) -> NodeID {
        let id = builder.node(titled: title, kind: kind, at: node.location)
        builder.define(id, text: text, at: node.location, section: nil)
        if node.title == nil {
            builder.addData([DataEntry("aif", .string(node.id))], to: id, at: node.location)
        }
        return id
    }

    private mutating func relate() {
        for (position, node) in document.nodes.enumerated() where index[node.id] == position {
            switch node.type {
            case "RA": relateInference(position)
            case "CA": relateConflict(position)
            case "MA": relateRephrase(position)
            case "YA": relateLocution(position)
            default: break
            }
        }
    }

    private mutating func relateInference(_ ra: Int) {
        let location = document.nodes[ra].location
        let conclusions = outgoing[ra].filter { modelNode[$0] != nil }.compactMap { modelNode[$0] }
        guard let argument = modelNode[ra] else {
            let premise = incoming[ra][0]
            guard let from = modelNode[premise] else { return }
            if conclusions.isEmpty {
                problems.append(.warning("RA node \(document.nodes[ra].id) has no conclusion; its premise supports nothing", at: location))
            }
            for conclusion in conclusions { builder.relate(from, .support, conclusion, at: location) }
            return
        }
        let premises = incoming[ra].filter { type($0) == "I" }.compactMap { modelNode[$0] }
        for premise in premises { builder.relate(premise, .premise, argument, at: location) }
        for conclusion in conclusions { builder.relate(argument, .support, conclusion, at: location) }
        let statementConclusions = conclusions.filter { builder[$0].kind == .statement }
        if !premises.isEmpty, statementConclusions.count == 1 {
            let steps = premises.map { Inference.Step(statement: $0, isDerived: false) }
                + [Inference.Step(statement: statementConclusions[0], isDerived: true)]
            builder.setInference(Inference(steps: steps), for: argument)
        }
    }

    private mutating func relateConflict(_ ca: Int) {
        let node = document.nodes[ca]
        let attackers = incoming[ca].compactMap { modelNode[$0] }
        let targets = outgoing[ca].compactMap { modelNode[$0] }
        if attackers.isEmpty || targets.isEmpty {
            problems.append(.warning("CA node \(node.id) needs an attacker and a target (an I-node or RA); ignored", at: node.location))
            return
        }
        let contradiction = node.text.caseInsensitiveCompare(AIFReader.contradictionText) == .orderedSame
        // A CA drawn both ways between two nodes has each as attacker and target, which is no
        // self-attack; a CA whose only end is one node is that node attacking itself.
        let joinsOneNodeToItself = Set(attackers + targets).count == 1
        for attacker in attackers {
            for target in targets where target != attacker || joinsOneNodeToItself {
                var kind: RelationKind = contradiction ? .contradiction : builder[target].kind == .argument ? .undercut : .attack
                if let stated = node.relation, stated.isAttack { kind = stated }
                builder.relate(attacker, kind, target, at: node.location)
            }
        }
    }

    private mutating func relateRephrase(_ ma: Int) {
        let rephrasings = outgoing[ma].compactMap { modelNode[$0] }.map { DataValue.string(builder[$0].title) }
        for source in incoming[ma].compactMap({ modelNode[$0] }) where !rephrasings.isEmpty {
            var list = builder[source].data["rephrased-as"]?.list ?? []
            list.append(contentsOf: rephrasings)
            builder.addData([DataEntry("rephrased-as", .list(list))], to: source, at: document.nodes[ma].location)
        }
    }

    private mutating func relateLocution(_ ya: Int) {
        let locutions = incoming[ya].filter { type($0) == "L" }.map { DataValue.string(document.nodes[$0].text) }
        guard !locutions.isEmpty else { return }
        for target in outgoing[ya].compactMap({ modelNode[$0] }) {
            var list = builder[target].data["locutions"]?.list ?? []
            list.append(contentsOf: locutions)
            builder.addData([DataEntry("locutions", .list(list))], to: target, at: document.nodes[ya].location)
        }
    }
}

import ArgumentMap
import Screen

/// The whole interactive browser as a value. The run loop feeds it events with `handle`,
/// performs the effects it returns, and paints what `render` draws.
public struct BrowserState: Sendable {
    public let loaded: LoadedMap
    public internal(set) var marks: Marks
    public let options: BrowserOptions
    /// Labels and strengths shown per node; asked again whenever a mark changes.
    public internal(set) var evaluator: (any MapEvaluator)?
    /// Whether rows show their labels and theses their strengths (the `v` key).
    public internal(set) var showsEvaluation = true
    /// Whether the detail pane is shown beside or below the outline (the `i` key).
    public internal(set) var showsDetail = true

    var map: ArgumentMap { loaded.map }
    let tree: OutlineTree
    var outline: Outline
    var view: View = .outline
    var back: [Place] = []
    var forward: [Place] = []
    var search: Search?
    var filter: OutlineFilter = .all
    var detailScroll: DetailScroll?
    /// The note being typed, while the one-line note editor is open.
    var noteDraft: String?
    /// A one-key message in the status line (a quote not found, no match, ...).
    var message: String?
    /// The terminal's size as last reported, for paging and scrolling.
    var size: Size
    /// Indices into `loaded.citations`, per node.
    let citationsByNode: [NodeID: [Int]]
    /// Every cited span of each document, in reading order.
    let spansByDocument: [String: [TextSpan]]
    /// How many errors reading the map found: the status line points to `argmap check`.
    let mapErrors: Int

    static let historyLimit = 100
    /// Maps whose whole tree has up to this many rows open fully unfolded; larger ones open
    /// with the roots and their direct reasons, an overview to unfold from.
    static let unfoldAllRows = 100
    /// Above this many nodes the whole tree is not even laid out to be counted.
    static let unfoldAllLimit = 5_000

    /// - Parameters:
    ///   - loaded: the map with its sources and resolved citations.
    ///   - marks: the reader's marks on this map, as saved last time.
    ///   - size: the terminal's size; a `.resize` event updates it.
    public init(loaded: LoadedMap, marks: Marks = Marks(), options: BrowserOptions = BrowserOptions(), size: Size = Size(width: 80, height: 24), evaluator: (any MapEvaluator)? = nil) {
        self.loaded = loaded
        self.marks = marks
        self.options = options
        self.size = size
        self.evaluator = evaluator
        tree = OutlineTree(map: loaded.map)
        outline = Self.firstOutline(tree: tree, map: loaded.map)
        var byNode: [NodeID: [Int]] = [:]
        var byDocument: [String: Set<TextSpan>] = [:]
        for (index, resolved) in loaded.citations.enumerated() {
            byNode[resolved.node, default: []].append(index)
            byDocument[resolved.citation.source, default: []].insert(resolved.span)
        }
        citationsByNode = byNode
        mapErrors = loaded.diagnostics.count { $0.severity == .error }
        spansByDocument = byDocument.mapValues { $0.sorted { ($0.line, $0.column, $0.endLine, $0.endColumn) < ($1.line, $1.column, $1.endLine, $1.endColumn) } }
        reassess()
    }

    var layout: Layout { Layout(size: size, showsDetail: showsDetail) }

    private static func firstOutline(tree: OutlineTree, map: ArgumentMap) -> Outline {
        if map.nodes.count <= unfoldAllLimit {
            let whole = Outline(tree: tree, map: map, openToDepth: Int.max)
            if whole.rows.count <= unfoldAllRows { return whole }
        }
        return Outline(tree: tree, map: map, openToDepth: 1)
    }

    /// Shows `text` in the status line until the next key: how the run loop reports what
    /// went wrong outside the browser (a save that failed) without leaving it.
    public mutating func post(_ text: String) {
        message = text.terminalSafe
    }

    mutating func reassess() {
        // Taken out, not copied, so that the evaluator is held once and updates in place.
        guard var current = evaluator.take() else { return }
        current.update(map, marks: marks)
        evaluator = current
    }

    func assessment(of node: NodeID) -> NodeAssessment? {
        evaluator?.assessment(of: node)
    }
}

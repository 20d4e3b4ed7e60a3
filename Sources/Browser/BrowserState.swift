import ArgumentMap
import Screen

/// The whole interactive browser as a value. The run loop feeds it events with `handle`,
/// performs the effects it returns, and paints what `render` draws.
public struct BrowserState: Sendable {
    public private(set) var loaded: LoadedMap
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
    /// `loaded.citations` by document.
    private(set) var citations: CitationIndex
    /// Whether the sources are still being loaded and the quotes located; the run loop hands
    /// over what it found with `adopt(_:index:)`.
    public private(set) var locatingCitations = false
    /// Whether the first evaluation is still being worked out; `adopt(_:evaluatedWith:)` brings it.
    public private(set) var awaitsEvaluation = false
    /// A cited claim Enter was pressed on while its quote was being located: its source opens
    /// once the quotes are found, if the claim is still selected.
    var followOnceLocated: NodeID?
    /// How many errors reading the map found: the status line points to `argmap check`.
    private(set) var mapErrors: Int

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
        citations = CitationIndex(loaded.citations, in: loaded.map)
        mapErrors = loaded.diagnostics.count { $0.severity == .error }
        reassess()
    }

    /// The browser on a map that shows before its sources are searched and before it is
    /// evaluated, so that a large map opens at once: the run loop works both out in the
    /// background and hands them over with `adopt(_:index:)` and `adopt(_:evaluatedWith:)`.
    /// Until then a cited claim says its quote is being located, and rows show no labels.
    public init(showing loaded: LoadedMap, marks: Marks = Marks(), options: BrowserOptions = BrowserOptions(), size: Size = Size(width: 80, height: 24)) {
        self.init(loaded: loaded, marks: marks, options: options, size: size, evaluator: nil)
        locatingCitations = true
        awaitsEvaluation = true
    }

    /// Takes in the sources and citations located in the background (with their index, when
    /// that was built there too), and reports their errors in the status line.
    /// `index` must be of `resolution.citations`; it is used when the state had none before.
    public mutating func adopt(_ resolution: CitationResolution, index: CitationIndex? = nil) {
        let hadCitations = !loaded.citations.isEmpty
        loaded.add(resolution)
        citations = hadCitations ? CitationIndex(loaded.citations, in: loaded.map) : index ?? CitationIndex(loaded.citations, in: loaded.map)
        locatingCitations = false
        let errors = resolution.diagnostics.count { $0.severity == .error }
        mapErrors += errors
        if errors > 0 {
            message = "sources searched: \(Self.count(errors, "error"))"
        }
        if let waiting = followOnceLocated, view == .outline, outline.selected?.node == waiting {
            follow()
        }
        followOnceLocated = nil
    }

    /// Takes in the first evaluation, worked out in the background under `evaluated`; marks
    /// changed since are evaluated again at once.
    public mutating func adopt(_ evaluator: any MapEvaluator, evaluatedWith evaluated: Marks) {
        self.evaluator = evaluator
        awaitsEvaluation = false
        if evaluated != marks { reassess() }
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

    /// The citations of `node` that were found, in its citation order: in `loaded.citations`,
    /// which is in node order, they stand together.
    func foundCitations(of node: NodeID) -> ArraySlice<ResolvedCitation> {
        let all = loaded.citations
        var low = 0
        var high = all.count
        while low < high {
            let middle = (low + high) / 2
            if all[middle].node.offset < node.offset { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < all.count, all[end].node == node { end += 1 }
        return all[low..<end]
    }

    /// Why `v` and `w` have nothing to show.
    var noEvaluationMessage: String {
        awaitsEvaluation ? "the map is still being evaluated" : "no evaluation for this map"
    }

    func assessment(of node: NodeID) -> NodeAssessment? {
        evaluator?.assessment(of: node)
    }
}

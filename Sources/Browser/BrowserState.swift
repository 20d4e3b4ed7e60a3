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
    private(set) var tree: OutlineTree
    var outline: Outline
    var view: View = .outline
    var back: [Place] = []
    var forward: [Place] = []
    var search: Search?
    var searchHistory = SearchHistory()
    var filter: OutlineFilter = .all
    var detailScroll: DetailScroll?
    /// The texts of the claims the detail pane showed last, wrapped as far as it has shown them.
    private(set) var detailTexts = DetailTexts()
    /// The note being typed, while the one-line note editor is open.
    var noteDraft: TextField?
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
    /// While only the map's beginning is shown, what is still being read; `adopt(_:)` brings it.
    private(set) var unreadRest: UnreadRest?

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

    /// The browser on the beginning of a large map (its diagnostics are not shown: the whole
    /// map's are), while the whole is read in the background and handed over with `adopt(_:)`.
    /// Until then the status line says so, and keys whose answer needs the whole map (search,
    /// marks, notes, why, following a citation) say it is still being read.
    public init(showingBeginning beginning: MapBeginning, marks: Marks = Marks(), options: BrowserOptions = BrowserOptions(), size: Size = Size(width: 80, height: 24)) {
        self.init(showing: LoadedMap(map: beginning.map), marks: marks, options: options, size: size)
        unreadRest = UnreadRest(file: beginning.map.file, byteCount: beginning.byteCount, fileSize: beginning.fileSize)
    }

    /// Whether only the beginning of the map is shown yet.
    public var isReadingRest: Bool { unreadRest != nil }

    /// Takes in the whole map whose beginning is shown, keeping what the reader did: the folds
    /// of the nodes shown so far, the selected row (or, where it moved, the node's first place)
    /// on the same screen line where it can be, the history, and the view.
    public mutating func adopt(_ whole: OutlinedMap) {
        loaded = whole.loaded
        tree = whole.tree
        citations = CitationIndex(loaded.citations, in: loaded.map)
        mapErrors = loaded.diagnostics.count { $0.severity == .error }
        unreadRest = nil
        detailTexts = DetailTexts()
        if let said = message, UnreadRest.messages.contains(said) { message = nil }
        detailScroll = nil
        let height = max(1, layout.outline.height)
        func carried(_ beginning: Outline) -> Outline {
            var outline = whole.firstOutline
            outline.carry(from: beginning, tree: tree, map: map, height: height)
            return outline
        }
        outline = carried(outline)
        back = back.map { Place(view: $0.view, outline: carried($0.outline)) }
        forward = forward.map { Place(view: $0.view, outline: carried($0.outline)) }
        search = nil
        reassess()
        keepCursorVisible()
    }

    /// Takes in the sources and citations located in the background (with their index, when
    /// that was built there too), and counts their errors with the map's in the status line.
    /// `index` must be of `resolution.citations`; it is used when the state had none before.
    public mutating func adopt(_ resolution: CitationResolution, index: CitationIndex? = nil) {
        let hadCitations = !loaded.citations.isEmpty
        loaded.add(resolution)
        citations = hadCitations ? CitationIndex(loaded.citations, in: loaded.map) : index ?? CitationIndex(loaded.citations, in: loaded.map)
        locatingCitations = false
        mapErrors += resolution.diagnostics.count { $0.severity == .error }
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

    static func firstOutline(tree: OutlineTree, map: ArgumentMap) -> Outline {
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
        let first = all.partitionPoint { $0.node.offset >= node.offset }
        var end = first
        while end < all.count, all[end].node == node { end += 1 }
        return all[first..<end]
    }

    /// Why `v` and `w` have nothing to show.
    var noEvaluationMessage: String {
        awaitsEvaluation ? "the map is still being evaluated" : "no evaluation for this map"
    }

    /// The node a mark is on; nil when the map no longer has its title.
    func node(of mark: Mark) -> NodeID? {
        map.node(titled: mark.title, kind: mark.kind)
    }

    func assessment(of node: NodeID) -> NodeAssessment? {
        evaluator?.assessment(of: node)
    }
}

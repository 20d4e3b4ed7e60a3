/// Builds the map of a Kialo export from its claims as the scanner hands them over, in order:
/// each claim's node and relation as soon as it comes, so no claim is held beside its node.
/// Only a `-> See` link to a claim not made yet (further down the file, or nowhere) has to wait
/// for the end of the file: from that claim on, claims are kept and made at the end, when every
/// number is known, exactly as they would have been made in order.
struct KialoImport {
    private var builder: MapBuilder
    private let file: SourceLocation.File
    private var titles = KialoTitles()
    /// Each claim's node: its own, or for a `-> See` link, the linked claim's.
    private var nodeOf: [NodeID?] = []
    /// The claims from the first that links ahead of itself, made at the end.
    private var waiting: [KialoClaim] = []
    private var firstWaiting: Int?
    /// Nodes whose claims cite `[n]` sources, and the markers, given their references at the end.
    private var citing: [(node: NodeID, markers: [Int])] = []
    private var linkProblems: [Diagnostic] = []
    private var relationProblems: [Diagnostic] = []

    /// Whether the file's beginning reads like Argdown (`MapFormat.readsLikeArgdown`).
    var readsLikeArgdown = false

    init(file: String, expectedClaims: Int) {
        self.file = SourceLocation.File(file)
        builder = MapBuilder(file: file)
        builder.reserveCapacity(expectedClaims)
        nodeOf.reserveCapacity(expectedClaims)
    }

    mutating func add(_ claim: KialoClaim, scanner: inout KialoScanner) {
        let index = nodeOf.count
        nodeOf.append(nil)
        if firstWaiting == nil {
            let link = KialoLink(text: claim.text)
            if case .claim(let number) = link {
                if let target = scanner.claim(numbered: number), target < index {
                    nodeOf[index] = nodeOf[target]
                } else {
                    firstWaiting = index
                }
            } else {
                nodeOf[index] = makeNode(claim, link: link)
            }
            if firstWaiting == nil {
                relate(claim, index: index)
                return
            }
        }
        waiting.append(claim)
    }

    /// The map, once every claim has been added, and the problems found making it.
    mutating func finish(_ scanner: inout KialoScanner) -> (map: ArgumentMap, diagnostics: [Diagnostic]) {
        if let title = scanner.title { builder.frontMatter.set("title", .string(KialoReader.unescaped(title))) }
        guard !nodeOf.isEmpty else {
            let problem = Diagnostic.error(noClaimsMessage(kialoTitled: scanner.title != nil), at: SourceLocation(file: file, line: 1, column: 1))
            return (builder.build(), scanner.problems + [problem])
        }
        if let firstWaiting { makeWaitingClaims(from: firstWaiting, scanner: &scanner) }
        for (node, markers) in citing {
            let cited = markers.compactMap { marker in scanner.references[marker].map { "[\(marker)] " + KialoReader.unescaped($0) } }
            if !cited.isEmpty { builder.addData([DataEntry("references", .list(cited.map(DataValue.string)))], to: node, at: builder[node].location) }
        }
        return (builder.finish(), scanner.problems + linkProblems + relationProblems)
    }

    /// Why a file read as Kialo gave no claims: often an Argdown map named `.txt`.
    private func noClaimsMessage(kialoTitled: Bool) -> String {
        let shape = "a Kialo export has numbered lines such as `1. Thesis` and `1.1. Pro: a reason`"
        if readsLikeArgdown {
            return "this looks like an Argdown map, not a Kialo export (it has no numbered Kialo claims); read it with --from argdown (for tree, --input-format argdown), or name it .argdown"
        }
        return kialoTitled ? "no Kialo claims found; \(shape)" : "no Kialo claims found; \(shape); for an Argdown map, use --from argdown (for tree, --input-format argdown)"
    }

    private mutating func makeWaitingClaims(from first: Int, scanner: inout KialoScanner) {
        var links: [Int: KialoLink] = [:]
        for (offset, claim) in waiting.enumerated() {
            let link = KialoLink(text: claim.text)
            if let link { links[first + offset] = link }
            if case .claim(let number) = link {
                if scanner.claim(numbered: number) != nil { continue }
                linkProblems.append(.warning("claim \(claim.number) links to claim \(number), which is not in this file; it is kept as text", at: location(of: claim)))
            }
            nodeOf[first + offset] = makeNode(claim, link: link)
        }
        followLinks(links, scanner: &scanner)
        for (offset, claim) in waiting.enumerated() {
            if nodeOf[first + offset] == nil, case .claim(let number) = links[first + offset] {
                let why = number == claim.number ? "links to itself" : "links to claim \(number), whose links go round in a circle and reach no claim"
                linkProblems.append(.warning("claim \(claim.number) \(why); it is left out", at: location(of: claim)))
            }
            relate(claim, index: first + offset)
        }
    }

    private mutating func makeNode(_ claim: KialoClaim, link: KialoLink?) -> NodeID {
        let location = location(of: claim)
        let text = KialoReader.unescaped(claim.text)
        let markers = KialoReader.markers(in: claim.text)
        let titleText = markers.isEmpty ? text : KialoReader.droppingMarkers(from: text)
        let title = TitleMaker.shortTitle(of: KialoReader.titleSource(titleText, link: link)) ?? "Claim \(claim.number)"
        let id = titles.newNode(titled: title, at: location, in: &builder)
        builder.define(id, text: text, at: location, section: nil)
        var data = [DataEntry("kialo", .string(claim.number))]
        if case .discussion(let number) = link { data.append(DataEntry("kialo-discussion", .number(Double(number)))) }
        // Set, not merged: a new node has no data, and Kialo's keys are no citation keys.
        builder[id].data = data
        if !markers.isEmpty { citing.append((id, markers)) }
        if claim.stance == .thesis, claim.parent != nil { builder.addTags(["thesis"], to: id) }
        return id
    }

    private mutating func relate(_ claim: KialoClaim, index: Int) {
        guard let parent = claim.parent, let kind = claim.stance.flatMap(Self.relationKind),
              let from = nodeOf[index], let to = nodeOf[Int(parent)] else { return }
        if from == to {
            relationProblems.append(.warning("claim \(claim.number) links to its own parent; the link is left out", at: location(of: claim)))
            return
        }
        builder.relate(from, kind, to, at: location(of: claim))
    }

    /// Gives each claim that is only a `-> See` link the node of the claim its link (or chain of
    /// links) ends at; a chain that comes back on itself ends nowhere. Each claim is followed once.
    private mutating func followLinks(_ links: [Int: KialoLink], scanner: inout KialoScanner) {
        var followed = Set<Int>()
        for start in links.keys where nodeOf[start] == nil && !followed.contains(start) {
            var chain: Set<Int> = []
            var index = start
            var end: NodeID?
            while chain.insert(index).inserted {
                if let node = nodeOf[index] {
                    end = node
                    break
                }
                guard !followed.contains(index), case .claim(let number) = links[index], let next = scanner.claim(numbered: number) else { break }
                index = next
            }
            for claim in chain where nodeOf[claim] == nil { nodeOf[claim] = end }
            followed.formUnion(chain)
        }
    }

    private func location(of claim: KialoClaim) -> SourceLocation {
        SourceLocation(file: file, line: Int(claim.line), column: 1)
    }

    private static func relationKind(_ stance: KialoClaim.Stance) -> RelationKind? {
        switch stance {
        case .pro: .support
        case .con: .attack
        case .thesis: nil
        }
    }
}

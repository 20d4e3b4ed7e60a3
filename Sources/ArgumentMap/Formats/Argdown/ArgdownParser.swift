/// Reads Argdown line by line into a `MapBuilder`. Every construct is recognised from the start of
/// its line; nesting lives in `RelationTree`'s level list, never in recursion, so depth costs no stack.
struct ArgdownParser {
    private let file: SourceLocation.File
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Given each `releaseStep` bytes or so once read, so a mapped file can let go of them.
    private let releaseBehind: ((Range<Int>) -> Void)?
    private let releaseStep: Int
    private var builder: MapBuilder
    private(set) var diagnostics: [Diagnostic] = []

    private var lexer = LineLexer()
    private var tree = RelationTree()
    /// The statement or argument whose text the following lines continue.
    private var member: OpenMember?
    /// The open member's text as written so far: one buffer, reused member after member, unless
    /// `memberInFile` holds it.
    private var memberText: [UInt8] = []
    /// Where `bytes` hold the open member's text while it is the rest of the line it began on, as
    /// written: most members, which then need no copy.
    private var memberInFile: Range<Int>?
    private var structure: PremiseConclusionStructure?
    /// Between the `--` lines of an expanded inference, whose lines name its rules.
    private var inExpandedInference = false
    private var dataTarget = DataTarget.none
    /// The headings enclosing the current line, outermost first.
    private var openSections: [SectionID] = []
    private var afterEmptyLine = true
    /// The argument at the root of the last top-level block, which a following premise-conclusion structure reconstructs.
    private var blockArgument: NodeID?
    private var untitledCount = 0
    private var madeInference = false
    private var mixedIndentation: (location: SourceLocation, lines: Int)?

    private var lineNumber = 0
    /// Where the next line starts.
    private var position = 0
    private var releasedUpTo = 0
    /// The current line as written, without its line end, where `bytes` hold it.
    private var raw = UnsafeBufferPointer<UInt8>(start: nil, count: 0)

    /// A line's bytes: the file's where nothing in the line was blanked, else the lexer's copy.
    private typealias Bytes = UnsafeBufferPointer<UInt8>

    private struct OpenMember {
        enum Role { case definition, reference, untitled }
        var node: NodeID
        var role: Role
        var location: SourceLocation
    }

    private enum DataTarget {
        case none, node(NodeID), section(SectionID), inference
    }

    /// A tab moves the indentation to the next multiple of this many columns.
    static let tabWidth = 4

    /// `bytes` must stay valid while the parser runs. A parser of a later part starts at `start`
    /// and makes room for the nodes of the bytes up to `end`.
    init(
        file: String, bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0, upTo end: Int? = nil,
        releaseStep: Int = 8 << 20, releaseBehind: ((Range<Int>) -> Void)? = nil
    ) {
        self.file = SourceLocation.File(file)
        self.bytes = bytes
        self.releaseStep = releaseStep
        self.releaseBehind = releaseBehind
        self.builder = MapBuilder(file: file)
        position = start
        releasedUpTo = start
        // A generated map holds a node for every 140 bytes or so; real maps with longer texts fewer.
        builder.reserveCapacity(((end ?? bytes.count) - start) / 128)
    }

    /// The map read; the parser keeps none of it.
    mutating func finish() -> ArgumentMap { builder.finish() }

    private var currentSection: SectionID? { openSections.last }

    mutating func parse() {
        position = readFrontMatter()
        readLines(upTo: bytes.count)
        finishFile()
    }

    /// Reads the lines from `position` up to the line starting at or after `limit`.
    private mutating func readLines(upTo limit: Int) {
        while position < limit {
            let end = ByteText.lineEnd(in: bytes, from: position)
            if end + 1 < limit, let next = TitleLookahead.title(inLineAt: end + 1, of: bytes) {
                builder.prefetchSlot(ofTitle: next.title, kind: next.kind)
            }
            var lineEnd = end
            if lineEnd > position && bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
            lineNumber += 1
            raw = UnsafeBufferPointer(rebasing: bytes[position..<lineEnd])
            parseLine()
            position = end + 1
            if let releaseBehind, position - releasedUpTo >= releaseStep {
                copyMemberText()
                releaseBehind(releasedUpTo..<position)
                releasedUpTo = position
            }
        }
    }

    // MARK: - Reading in parts

    /// Reads the front matter; the first part then goes on with `handOver(at:)`.
    mutating func readFrontMatterFirst() {
        position = readFrontMatter()
    }

    /// Makes this parser, which starts at a level-1 heading, go on from `linesBefore` lines.
    mutating func start(afterLines linesBefore: Int) {
        lineNumber = linesBefore
    }

    /// Reads up to `boundary`, the start of a line that opens a level-1 heading, and closes what that
    /// heading closes, so that a fresh parser can read on from it. False when the heading would not be
    /// read as one from a fresh start (it lies inside a comment, data, front matter or an expanded
    /// inference): this parser must read on itself then.
    mutating func handOver(at boundary: Int) -> Bool {
        readLines(upTo: boundary)
        guard position == boundary, !lexer.isInsideData, !lexer.isInsideComment, !inExpandedInference else { return false }
        closeMember()
        finishStructure()
        return true
    }

    /// Reads on to the end of the file, and finishes: what it read is all there is.
    mutating func readRest() {
        readLines(upTo: bytes.count)
        finishFile()
    }

    /// Reads on to the end from `start`, a boundary this parser's parts were handed over at, after
    /// `linesBefore` lines: where a later part read on its own cannot be appended.
    mutating func readRest(from start: Int, afterLines linesBefore: Int) {
        position = start
        releasedUpTo = start
        lineNumber = linesBefore
        readRest()
    }

    /// Reads the last part, to the end of the file, leaving what only the whole file shows to `append`.
    mutating func readLastPart() {
        readLines(upTo: bytes.count)
        finishText()
    }

    /// Takes in what `later` read from the boundary on, exactly as if this parser had read on
    /// itself. False, with nothing taken, where the later part depends on this one beyond titles:
    /// it numbered untitled nodes (the numbers go on from this part's), or gave a premise-conclusion
    /// structure to an argument that has one here (this parser would have reported and ignored it).
    /// `later` is left without its nodes (see `MapBuilder.append`): let go of it next.
    mutating func append(_ later: inout ArgdownParser, isLast: Bool) -> Bool {
        guard later.untitledCount == 0 else { return false }
        if later.madeInference {
            for index in later.builder.nodes.indices where later.builder.nodes[index].inference != nil {
                let node = later.builder.nodes[index]
                if let here = builder.node(titled: node.title, kind: node.kind), builder[here].inference != nil { return false }
            }
        }
        builder.append(&later.builder)
        diagnostics += later.diagnostics
        if let theirs = later.mixedIndentation {
            mixedIndentation = (mixedIndentation?.location ?? theirs.location, (mixedIndentation?.lines ?? 0) + theirs.lines)
        }
        if isLast { reportWhatOnlyTheWholeFileShows() }
        return true
    }

    // MARK: - Lines

    private mutating func parseLine() {
        // The width comes from the line as written, so a comment at its start does not indent it.
        let (width, mixed, blanks) = ByteText.indentation(of: raw, tabWidth: Self.tabWidth)
        if blanks == raw.count && !lexer.isInsideComment {
            if lexer.isInsideData, let data = lexer.abandonData() {
                let (opener, closer, location) = data.unclosedBracket(file: file)
                report(.error, "data \(opener) is not closed before the empty line \(lineNumber); close it with `\(closer)` (data may not contain empty lines)",
                       at: location)
            }
            endParagraph()
            return
        }
        let line = lexer.lex(raw, lineNumber: lineNumber, indentation: blanks)
        if let column = line.unclosedQuote {
            report(.error, "a quoted string in data is not closed on its line, so the data is left out; close the quote on the same line (data strings cannot span lines)",
                   at: SourceLocation(file: file, line: lineNumber, column: column))
        }
        defer { attach(line.data) }
        if let clean = line.clean {
            clean.withUnsafeBufferPointer { read($0, width: width, mixed: mixed, blanks: blanks, beganInside: line.beganInside) }
        } else {
            read(raw, width: width, mixed: mixed, blanks: blanks, beganInside: line.beganInside)
        }
    }

    /// Reads the current line from its clean bytes (comments and data blanked).
    private mutating func read(_ clean: Bytes, width: Int, mixed: Bool, blanks: Int, beganInside: Bool) {
        // Its leading blanks are blank in the clean line too (a comment or data there is blanked).
        let p = ByteText.firstNonBlank(in: clean, from: blanks)
        guard p < clean.count else { return }
        if mixed && !beganInside {
            mixedIndentation = (mixedIndentation?.location ?? location(0), (mixedIndentation?.lines ?? 0) + 1)
        }
        defer { afterEmptyLine = false }
        if beganInside {
            continueText(clean, from: p, width: width)
        } else if inExpandedInference {
            readInferenceRules(clean, from: p)
        } else if width == 0, let level = headingLevel(clean, at: p) {
            readHeading(clean, level: level)
        } else if let (symbol, length) = RelationSymbol.read(clean, at: p) {
            readRelation(clean, symbol: symbol, at: p, length: length, width: width)
        } else if let (number, end) = statementNumber(clean, at: p) {
            readStructureStatement(clean, number: number, at: p, contentStart: end, width: width)
        } else if LineLexer.hasPrefix("--", in: clean, at: p) {
            readInference(clean, at: p, width: width)
        } else if let itemStart = listItemContent(clean, at: p) {
            startRoot(clean, at: itemStart, width: width)
        } else {
            continueText(clean, from: p, width: width)
        }
    }

    private mutating func endParagraph() {
        closeMember()
        finishStructure()
        afterEmptyLine = true
        dataTarget = .none
    }

    private mutating func finishFile() {
        finishText()
        reportWhatOnlyTheWholeFileShows()
    }

    /// Closes what the end of the text leaves open, reporting what was never closed.
    private mutating func finishText() {
        if lexer.isInsideData, let data = lexer.abandonData() {
            let (opener, closer, location) = data.unclosedBracket(file: file)
            report(.error, "data \(opener) is never closed; close it with `\(closer)`", at: location)
        }
        if let start = lexer.commentStart {
            let closer = start.opener == "/*" ? "*/" : "-->"
            report(.error, "comment `\(start.opener)` is never closed; close it with `\(closer)`",
                   at: SourceLocation(file: file, line: start.line, column: start.column))
        }
        closeMember()
        finishStructure()
    }

    /// Titles defined again with another text, nodes never defined anywhere, and indentation that
    /// mixes tabs and spaces on any line.
    private mutating func reportWhatOnlyTheWholeFileShows() {
        for replaced in builder.replacedTexts.sorted(by: { $0.later < $1.later }) {
            let name = displayName(replaced.node)
            report(.warning, "\(name) is defined again with another text than on line \(replaced.earlier.line); as in Argdown, the later text is the one read; give one of them another title if they say different things",
                   at: replaced.later)
        }
        for node in builder.nodes where !node.isDefined && node.inference == nil {
            report(.warning, "\(displayName(node.id)) is referred to but never defined; define it with `\(displayName(node.id)): text`", at: node.location)
        }
        if let mixed = mixedIndentation {
            report(.warning, "indentation mixes tabs and spaces on \(mixed.lines) line(s); a tab counts as \(Self.tabWidth) columns (to the next multiple of \(Self.tabWidth)), so indent with one or the other",
                   at: mixed.location)
        }
    }

    // MARK: - Front matter

    /// Reads `===` front matter opening the file (after blank lines, if any); returns where the Argdown after it begins.
    private mutating func readFrontMatter() -> Int {
        guard let fences = Self.frontMatterFences(in: bytes) else { return 0 }
        let openingLocation = SourceLocation(file: file, line: fences.openingLine, column: 1)
        let yamlStart = min(fences.opening.upperBound + 1, bytes.count)
        guard let closing = fences.closing else {
            report(.error, "front matter `===` is never closed; end it with a line `===`", at: openingLocation)
            lineNumber = fences.openingLine
            return yamlStart
        }
        let yaml = Array(bytes[yamlStart..<closing.lowerBound])
        let (entries, problems) = DataReader.mapping(yaml: yaml, line: fences.openingLine + 1, column: 1, file: file, at: openingLocation)
        let keys = SourceKeyFinder(yaml: yaml, firstLine: fences.openingLine + 1, file: file)
        let (sources, sourceProblems) = SourceDeclaration.declarations(in: entries, at: openingLocation, keyLocation: { keys.locations[$0] })
        builder.frontMatter = entries
        builder.sources = sources
        diagnostics += problems + sourceProblems
        lineNumber = fences.closingLine
        return closing.upperBound + 1
    }

    /// The `===` lines of front matter opening the file (after blank lines, if any): the opening
    /// one, its line number, and the closing one with its line number (nil when never closed).
    static func frontMatterFences(in bytes: UnsafeBufferPointer<UInt8>) -> (opening: Range<Int>, openingLine: Int, closing: Range<Int>?, closingLine: Int)? {
        func isFence(_ range: Range<Int>) -> Bool {
            var line = bytes[range]
            while let last = line.last, ByteText.isSpace(last) { line = line.dropLast() }
            return line.count >= 3 && line.allSatisfy { $0 == UInt8(ascii: "=") }
        }
        var start = 0
        var openingLine = 1
        var end = ByteText.lineEnd(in: bytes, from: start)
        while end < bytes.count && bytes[start..<end].allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
            start = end + 1
            end = ByteText.lineEnd(in: bytes, from: start)
            openingLine += 1
        }
        guard isFence(start..<end) else { return nil }
        var lineStart = min(end + 1, bytes.count)
        var closingLine = openingLine
        while lineStart < bytes.count {
            let lineEnd = ByteText.lineEnd(in: bytes, from: lineStart)
            closingLine += 1
            if isFence(lineStart..<lineEnd) { return (start..<end, openingLine, lineStart..<lineEnd, closingLine) }
            lineStart = lineEnd + 1
        }
        return (start..<end, openingLine, nil, closingLine)
    }

    // MARK: - Headings

    private func headingLevel(_ clean: Bytes, at p: Int) -> Int? {
        var end = p
        while end < clean.count && clean[end] == UInt8(ascii: "#") { end += 1 }
        guard end > p, end < clean.count, ByteText.isSpace(clean[end]) else { return nil }
        return end - p
    }

    private mutating func readHeading(_ clean: Bytes, level: Int) {
        closeMember()
        finishStructure()
        tree.clear()
        blockArgument = nil
        let (title, tags) = InlineText.render(ArraySlice(clean[level...]))
        while let last = openSections.last, builder.sections[last.offset].level >= level { openSections.removeLast() }
        let id = builder.addSection(title: title, level: level, parent: openSections.last, at: location(0))
        for tag in tags where !builder.sections[id.offset].tags.contains(tag) { builder.sections[id.offset].tags.append(tag) }
        if title.isEmpty { report(.warning, "heading has no title; write one after the `#`", at: location(0)) }
        openSections.append(id)
        dataTarget = .section(id)
    }

    // MARK: - Statements and arguments

    /// A line without a symbol: more text for the open statement, or a new one.
    private mutating func continueText(_ clean: Bytes, from p: Int, width: Int) {
        warnIfMisspeltRelation(clean, at: p)
        if member != nil && !afterEmptyLine && !startsWithTitle(clean, at: p) {
            copyMemberText()
            memberText.append(UInt8(ascii: " "))
            memberText.append(contentsOf: clean[p...])
        } else {
            startRoot(clean, at: p, width: width)
        }
    }

    /// A line read as text that opens like a relation with an unknown symbol (`~ [C]: ...`,
    /// `=> [D]: ...`): symbol characters, white space, then a title. Almost always a typo.
    private mutating func warnIfMisspeltRelation(_ clean: Bytes, at p: Int) {
        var end = p
        while end < clean.count, end - p < 4, RelationSymbol.looksLikeSymbol(clean[end]) { end += 1 }
        guard end > p, end < clean.count, ByteText.isSpace(clean[end]) else { return }
        let titleStart = ByteText.firstNonBlank(in: clean, from: end)
        guard titleStart < clean.count, clean[titleStart] == UInt8(ascii: "[") || clean[titleStart] == UInt8(ascii: "<") else { return }
        let symbol = String(decoding: clean[p..<end], as: UTF8.self)
        let reading = member.map { afterEmptyLine ? "a new statement" : "more text of \(displayName($0.node))" } ?? "a new statement"
        report(.warning, "`\(symbol)` is not a relation symbol, so this line is read as \(reading); relations are \(RelationSymbol.all)",
               at: location(p))
    }

    /// A statement or argument that begins a new relation tree.
    private mutating func startRoot(_ clean: Bytes, at p: Int, width: Int) {
        closeMember()
        finishStructure()
        let id = openMember(clean, at: p)
        tree.start(width: width, root: id)
        blockArgument = kind(of: id) == .argument ? id : nil
    }

    /// Opens the statement or argument written at `p`: `[T]: text`, `[T]`, `<T>: text`, `<T>`, or untitled text.
    private mutating func openMember(_ clean: Bytes, at p: Int) -> NodeID {
        let place = location(p)
        var textStart = p
        if let (title, kind, close) = title(clean, at: p) {
            if title.isEmpty {
                let brackets = kind == .statement ? "[]" : "<>"
                report(.error, "empty title `\(brackets)`; write a title between the brackets, or leave them out for an untitled statement", at: place)
                textStart = skipColon(clean, after: close).start
            } else {
                let (start, isDefinition) = skipColon(clean, after: close)
                let id = builder.node(titled: title, kind: kind, at: place, section: currentSection)
                beginMember(id, role: isDefinition ? .definition : .reference, at: place, text: clean[start...])
                return id
            }
        }
        if let opener = unclosedTitleOpener(clean, at: p) {
            let closer = opener == "[" ? "]" : ">"
            report(.warning, "`\(opener)` is not closed on this line, so it is read as text of an untitled statement; write `\(closer)` after the title (`\(opener)Title\(closer): text`)", at: place)
        }
        let id = builder.node(titled: untitledTitle(.statement), kind: .statement, at: place, section: currentSection)
        beginMember(id, role: .untitled, at: place, text: clean[textStart...])
        return id
    }

    private mutating func beginMember(_ id: NodeID, role: OpenMember.Role, at place: SourceLocation, text: Slice<Bytes>) {
        member = OpenMember(node: id, role: role, location: place)
        if text.base.baseAddress == raw.baseAddress {
            memberInFile = (position + text.startIndex)..<(position + text.endIndex)
        } else {
            memberInFile = nil
            memberText.replaceSubrange(memberText.indices, with: Bytes(rebasing: text))
        }
        dataTarget = .node(id)
    }

    /// `[` or `<` when the line at `p` opens a title it never closes, as in `[Title: text`; a
    /// `<` only when a colon follows or a word starts right after it (`<Title text`), since
    /// `< 5%` is ordinary text.
    private func unclosedTitleOpener(_ clean: Bytes, at p: Int) -> String? {
        let rest = clean[p...]
        switch clean[p] {
        case UInt8(ascii: "[") where !rest.contains(UInt8(ascii: "]")): return "["
        case UInt8(ascii: "<") where !rest.contains(UInt8(ascii: ">")) && (rest.contains(UInt8(ascii: ":")) || Self.startsWithLetter(rest.dropFirst())): return "<"
        default: return nil
        }
    }

    private static func startsWithLetter(_ text: Slice<Bytes>) -> Bool {
        guard let first = text.first else { return false }
        return first >= 0x80 || ByteText.isASCIILetter(first)
    }

    /// A title in brackets at `p` (a link `[text](url)` is not one): the title, its kind, and the closing bracket's index.
    private func title(_ clean: Bytes, at p: Int) -> (String, NodeKind, Int)? {
        let kind: NodeKind
        let closer: UInt8
        switch clean[p] {
        case UInt8(ascii: "["): (kind, closer) = (.statement, UInt8(ascii: "]"))
        case UInt8(ascii: "<"): (kind, closer) = (.argument, UInt8(ascii: ">"))
        default: return nil
        }
        // The closing bracket, passing over escaped bytes.
        let stops: StaticString = kind == .statement ? "]\\" : ">\\"
        var i = ByteText.first(of: stops, in: clean, from: p + 1)
        while i < clean.count && clean[i] != closer {
            i = ByteText.first(of: stops, in: clean, from: i + 2)
        }
        guard i < clean.count else { return nil }
        if kind == .statement, i + 1 < clean.count, clean[i + 1] == UInt8(ascii: "(") { return nil }
        return (InlineText.title(UnsafeBufferPointer(rebasing: clean[(p + 1)..<i])), kind, i)
    }

    private func skipColon(_ clean: Bytes, after close: Int) -> (start: Int, isDefinition: Bool) {
        var q = close + 1
        while q < clean.count && (clean[q] == UInt8(ascii: " ") || clean[q] == UInt8(ascii: "\t")) { q += 1 }
        if q < clean.count && clean[q] == UInt8(ascii: ":") { return (q + 1, true) }
        return (q, false)
    }

    /// Whether a line begins with a definition (`[T]:`) or a lone reference, which starts a new statement
    /// even without an empty line before it.
    private func startsWithTitle(_ clean: Bytes, at p: Int) -> Bool {
        guard let (_, _, close) = title(clean, at: p) else { return false }
        let (start, isDefinition) = skipColon(clean, after: close)
        return isDefinition || start == clean.count || clean[start] == UInt8(ascii: "#")
    }

    private mutating func untitledTitle(_ kind: NodeKind) -> String {
        while true {
            untitledCount += 1
            let title = "Untitled \(untitledCount)"
            if builder.node(titled: title, kind: kind) == nil { return title }
        }
    }

    /// Copies the open member's text into `memberText`, before more is added to it or the file's
    /// bytes holding it are let go.
    private mutating func copyMemberText() {
        guard let inFile = memberInFile else { return }
        memberInFile = nil
        memberText.replaceSubrange(memberText.indices, with: Bytes(rebasing: bytes[inFile]))
    }

    /// Finishes the open member: its text (markers removed, tags taken out) and tags go into the map.
    private mutating func closeMember() {
        guard let open = member else { return }
        member = nil
        if let inFile = memberInFile {
            memberInFile = nil
            close(open, text: Bytes(rebasing: bytes[inFile]))
        } else {
            let text = memberText
            text.withUnsafeBufferPointer { close(open, text: $0) }
        }
    }

    private mutating func close(_ open: OpenMember, text written: Bytes) {
        let (text, tags) = InlineText.renderKeepingPlainBytes(written)
        switch open.role {
        case .definition where text.isEmpty:
            let name = displayName(open.node)
            report(.warning, "empty statement: \(name) has a colon but no text; write its text after the colon, or drop the colon to refer to it", at: open.location)
        case .reference where !text.isEmpty:
            let name = displayName(open.node)
            report(.warning, "text after the reference \(name) is read as its definition; write `\(name): text` to define it", at: open.location)
        case .untitled where text.isEmpty:
            report(.warning, "empty statement: only tags, no text", at: open.location)
        default:
            break
        }
        if open.role != .reference || !text.isEmpty {
            switch text {
            case .unchanged(let plain):
                builder.define(open.node, utf8: Bytes(rebasing: written[plain]), at: open.location, section: currentSection)
            case .rendered(let rendered):
                builder.define(open.node, text: rendered, at: open.location, section: currentSection)
            }
        }
        // Most statements have no tags; `addTags` would reach into the node even so.
        if !tags.isEmpty { builder.addTags(tags, to: open.node) }
    }

    private func kind(of id: NodeID) -> NodeKind { builder.nodes[id.offset].kind }

    private func displayName(_ id: NodeID) -> String {
        let node = builder[id]
        return node.kind == .statement ? "[\(node.title)]" : "<\(node.title)>"
    }

    // MARK: - Relations

    private mutating func readRelation(_ clean: Bytes, symbol: RelationSymbol, at p: Int, length: Int, width: Int) {
        closeMember()
        let place = location(p)
        var contentStart = p + length
        while contentStart < clean.count && ByteText.isSpace(clean[contentStart]) { contentStart += 1 }
        guard contentStart < clean.count else {
            report(.error, "relation `\(symbol.text)` has nothing after it; write a statement or argument after the symbol", at: place)
            return
        }
        if afterEmptyLine && !tree.isEmpty {
            report(.warning, "relation after an empty line: Argdown ends a relation tree at an empty line; remove the empty line above to keep `\(symbol.text)` in the tree (read as if it were)", at: place)
        }
        let id = openMember(clean, at: contentStart)
        guard let placement = tree.place(id, width: width) else {
            report(.error, "relation `\(symbol.text)` has no parent; write the statement or argument it relates to on the line above, indented less", at: place)
            tree.start(width: width, root: id)
            return
        }
        switch placement {
        case .child(let parent):
            relate(id, symbol, parent, at: place)
        case .unmatchedWidth(let parent, let width, let readAs):
            report(.warning, "indentation of \(width) \(width == 1 ? "column" : "columns") matches no open level above; read as \(readAs) columns (a sibling at that level, as Argdown does)", at: place)
            relate(id, symbol, parent, at: place)
        case .notIndented(let root):
            report(.error, "relation `\(symbol.text)` is not indented under its parent; indent it more than \(displayName(root)) (read as under it)", at: place)
            relate(id, symbol, root, at: place)
        }
    }

    private mutating func relate(_ child: NodeID, _ symbol: RelationSymbol, _ parent: NodeID, at place: SourceLocation) {
        let (from, to) = symbol.pointsToChild ? (parent, child) : (child, parent)
        var relation = symbol.kind
        if relation == .undercut && kind(of: to) == .statement {
            report(.warning, "undercut `\(symbol.text)` attacks an argument's inference, but \(displayName(to)) is a statement; read as an attack", at: place)
            relation = .attack
        }
        builder.relate(from, relation, to, at: place)
    }

    // MARK: - Premise-conclusion structures

    /// `(12)` at `p`: the number and where the statement after it starts.
    private func statementNumber(_ clean: Bytes, at p: Int) -> (Int, Int)? {
        guard clean[p] == UInt8(ascii: "(") else { return nil }
        var end = p + 1
        var number = 0
        while end < clean.count, ByteText.isDigit(clean[end]), end - p < 10 {
            number = number * 10 + Int(clean[end] - UInt8(ascii: "0"))
            end += 1
        }
        guard end > p + 1, end < clean.count, clean[end] == UInt8(ascii: ")") else { return nil }
        end += 1
        guard end == clean.count || ByteText.isSpace(clean[end]) else { return nil }
        while end < clean.count && ByteText.isSpace(clean[end]) { end += 1 }
        return (number, end)
    }

    private mutating func readStructureStatement(_ clean: Bytes, number: Int, at p: Int, contentStart: Int, width: Int) {
        closeMember()
        let place = location(p)
        if structure == nil {
            let argument = blockArgument ?? untitledArgument(at: place)
            blockArgument = nil
            structure = PremiseConclusionStructure(argument: argument, location: place)
        }
        guard var current = structure else { return }
        if number != current.expectedNumber {
            report(.error, "statement (\(number)) should be numbered (\(current.expectedNumber)); number the statements of an argument 1, 2, 3 … in order", at: place)
        }
        guard contentStart < clean.count else {
            report(.error, "statement (\(number)) is empty; write a statement after the number", at: place)
            return
        }
        let id = openMember(clean, at: contentStart)
        if kind(of: id) == .argument {
            report(.error, "(\(number)) names an argument; premises and conclusions must be statements `[Title]` or text", at: place)
        } else {
            current.addStatement(id, number: number)
            structure = current
        }
        tree.start(width: width, root: id)
    }

    private mutating func untitledArgument(at place: SourceLocation) -> NodeID {
        let id = builder.node(titled: untitledTitle(.argument), kind: .argument, at: place, section: currentSection)
        builder.define(id, text: "", at: place, section: currentSection)
        return id
    }

    /// `----`, `-- rule, rule --`, or `--` opening an expanded inference whose rules follow on the next lines.
    private mutating func readInference(_ clean: Bytes, at p: Int, width: Int) {
        closeMember()
        let place = location(p)
        guard var current = structure else {
            report(.error, "inference line `--` outside a premise-conclusion structure; it belongs between numbered statements such as `(1) premise` and `(2) conclusion`", at: place)
            tree.clear()
            return
        }
        var end = p
        while end < clean.count && clean[end] == UInt8(ascii: "-") { end += 1 }
        let hyphens = end - p
        let (rules, closed) = inferenceRules(clean[end...])
        current.addInference(rules: rules, at: place)
        structure = current
        inExpandedInference = rules.isEmpty ? hyphens < 4 : !closed
        tree.start(width: width, root: current.argument)
        dataTarget = .inference
    }

    private mutating func readInferenceRules(_ clean: Bytes, from p: Int) {
        let (rules, closed) = inferenceRules(clean[p...])
        structure?.addRules(rules)
        if closed { inExpandedInference = false }
    }

    /// Comma-separated rule names, and whether the text ends the inference with `--`.
    private func inferenceRules(_ text: Slice<Bytes>) -> (rules: [String], closed: Bool) {
        var body = text
        while let last = body.last, ByteText.isSpace(last) { body = body.dropLast() }
        var hyphens = 0
        while let last = body.last, last == UInt8(ascii: "-") {
            body = body.dropLast()
            hyphens += 1
        }
        let rules = body.split(separator: UInt8(ascii: ",")).map { InlineText.title(Bytes(rebasing: $0)) }.filter { !$0.isEmpty }
        return (rules, hyphens >= 2)
    }

    private mutating func finishStructure() {
        inExpandedInference = false
        guard let finished = structure else { return }
        structure = nil
        switch finished.finish(argumentName: displayName(finished.argument)) {
        case .failure(let problem):
            diagnostics.append(problem)
        case .success(let inference):
            guard builder.nodes[finished.argument.offset].inference == nil else {
                report(.warning, "\(displayName(finished.argument)) already has a premise-conclusion structure; this second one is ignored", at: finished.location)
                return
            }
            builder.setInference(inference, for: finished.argument)
            madeInference = true
            for premise in inference.premises {
                builder.relate(premise, .premise, finished.argument, at: finished.location)
            }
            if let conclusion = inference.conclusion {
                builder.relate(finished.argument, .support, conclusion, at: finished.location)
            }
        }
    }

    // MARK: - Lists

    /// Where the statement of a list item (`* item`, `1. item`) starts, or nil when the line is not one.
    private func listItemContent(_ clean: Bytes, at p: Int) -> Int? {
        var end = p
        if clean[p] == UInt8(ascii: "*") {
            end += 1
        } else {
            while end < clean.count && ByteText.isDigit(clean[end]) { end += 1 }
            guard end > p, end < clean.count, clean[end] == UInt8(ascii: ".") else { return nil }
            end += 1
        }
        guard end < clean.count, ByteText.isSpace(clean[end]) else { return nil }
        while end < clean.count && ByteText.isSpace(clean[end]) { end += 1 }
        return end < clean.count ? end : nil
    }

    // MARK: - Data

    private mutating func attach(_ elements: [LineLexer.DataText]) {
        for element in elements {
            let place = SourceLocation(file: file, line: element.line, column: element.column)
            if case .node(let id) = dataTarget, attachCitation(element, to: id, at: place) { continue }
            let (entries, problems) = DataReader.entries(of: element, file: file)
            diagnostics += problems
            guard problems.isEmpty else { continue }
            switch dataTarget {
            case .node(let id):
                diagnostics += builder.addData(entries, to: id, at: place)
            case .section(let id):
                builder.sections[id.offset].data.merge(entries)
            case .inference:
                break
            case .none:
                report(.warning, "data belongs to no statement, argument or heading; put it right after one", at: place)
            }
        }
    }

    /// Whether `element` was one citation and nothing else, now the node's (`CitationData`).
    private mutating func attachCitation(_ element: LineLexer.DataText, to id: NodeID, at place: SourceLocation) -> Bool {
        guard !element.isBlock, element.maxDepth <= DataReader.maxDepth else { return false }
        return element.bytes.withUnsafeBufferPointer { bytes in
            guard let citation = CitationData.read(bytes) else { return false }
            func string(_ range: Range<Int>) -> String { ByteText.string(UnsafeBufferPointer(rebasing: bytes[range])) }
            builder.addCitation(
                source: string(citation.source), quote: UnsafeBufferPointer(rebasing: bytes[citation.quote]),
                prefix: citation.prefix.map(string), suffix: citation.suffix.map(string), to: id, at: place)
            return true
        }
    }

    // MARK: - Reporting

    /// The place of byte `offset` of the current line.
    private func location(_ offset: Int) -> SourceLocation {
        let column = ByteText.column(of: min(offset, raw.count), lineStart: 0, in: raw)
        return SourceLocation(file: file, line: lineNumber, column: column)
    }

    private mutating func report(_ severity: Diagnostic.Severity, _ message: String, at place: SourceLocation) {
        diagnostics.append(Diagnostic(severity, at: place, message))
    }
}

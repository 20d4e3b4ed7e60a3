import ArgumentMap
import Screen

extension BrowserState {
    /// Draws the screen at `size`, touching only the rows in view.
    public func render(size: Size) -> Frame {
        var frame = Frame(size: size)
        guard !Layout.isTooSmall(size) else {
            let needs = "needs \(Layout.minimum.width)x\(Layout.minimum.height)"
            let text = ["terminal too small: " + needs, "too small: " + needs, needs].first { $0.count <= size.width } ?? needs
            frame.put(text, column: 0, row: 0)
            return frame
        }
        var state = self
        state.size = size
        state.keepCursorVisible()
        state.draw(into: &frame)
        if !options.unicode { frame.foldToASCII() }
        return frame
    }

    var glyphs: Glyphs { options.unicode ? .unicode : .ascii }

    func style(_ style: Style) -> Style { options.color ? style : style.withoutColor }

    private func draw(into frame: inout Frame) {
        let layout = layout
        switch view {
        case .outline:
            drawOutline(into: &frame, layout: layout)
            if let detail = layout.detail {
                drawSeparator(into: &frame, layout: layout)
                drawDetail(into: &frame, area: detail)
            }
            drawStatus(into: &frame, row: layout.statusRow)
        case .source(let page):
            drawSource(page, into: &frame, area: layout.body)
        case .help(let top):
            drawHelp(top: top, into: &frame, area: layout.body)
        case .marks(let cursor):
            // The outline's glyphs: disputed before the title, the note after its own. A mark
            // whose claim the map no longer has is dimmed and says so.
            let all = marks.all
            let gone = Set(all.indices.filter { node(of: all[$0]) == nil })
            let items = all.indices.map { index in
                let mark = all[index]
                return (mark.disputed ? glyphs.disputed + " " : "  ") + mark.title.terminalSafe
                    + (gone.contains(index) ? " " + Self.goneFromTheMap : "")
                    + (mark.note.isEmpty ? "" : " \(glyphs.noted) " + mark.note.terminalSafe)
            }
            drawList(title: "Marks (\(items.count))", items: items, dimmed: gone, empty: "No marks yet: press d on a claim to dispute it, e to note it.", cursor: cursor, into: &frame, area: layout.body)
        case .citers(let nodes, let cursor):
            let items = nodes.map { map[$0].title.terminalSafe }
            drawList(title: "Claims citing this passage", items: items, empty: "No claim cites this passage.", cursor: cursor, into: &frame, area: layout.body)
        case .explanation(let node, let cursor):
            drawExplanation(of: node, cursor: cursor, into: &frame, area: layout.body)
        }
        if view != .outline {
            // A message stands in for the view's hint until the next key.
            let left = message.map { StatusLine.Part($0, rank: .message) } ?? viewHint
            let line = StatusLine(left: [left], right: StatusLine.Part("Esc back  ? help", "? help", rank: .help))
            drawBar(line, into: &frame, row: layout.statusRow)
        }
    }

    private var viewHint: StatusLine.Part {
        switch view {
        case .outline:
            StatusLine.Part("", rank: .message)
        case .source(let page):
            Self.sourceHint(position: "\(page.spans.isEmpty ? 0 : page.current + 1)/\(page.spans.count)")
        case .help:
            StatusLine.Part("Keys", rank: .message)
        case .marks(let cursor):
            if let mark = marks.all.dropFirst(cursor).first, node(of: mark) == nil {
                StatusLine.Part("its claim is gone from the map: d drops the mark", "d drops the mark", rank: .message)
            } else {
                StatusLine.Part("Enter goes to the claim", rank: .message)
            }
        case .citers, .explanation:
            StatusLine.Part("Enter goes to the claim", rank: .message)
        }
    }

    /// What the marks list says after the title of a claim the map no longer has.
    static let goneFromTheMap = "(gone from the map)"

    private static func sourceHint(position: String) -> StatusLine.Part {
        StatusLine.Part("\(position) cited passages  n/N next/previous  Enter citing claims", "\(position) cited passages", position, rank: .message)
    }

    // MARK: Outline

    private func drawOutline(into frame: inout Frame, layout: Layout) {
        let area = layout.outline
        let rows = outline.rows
        guard !rows.isEmpty else {
            frame.put("This map has no claims.", column: area.column, row: area.row, limit: area.column + area.width)
            return
        }
        var levels = outline.continuingLevels(of: outline.scroll)
        for (offset, line) in outline.lines(from: outline.scroll, height: area.height, tree: tree).enumerated() {
            let y = area.row + offset
            switch line {
            case .heading(let section, let depth):
                drawHeading(map.sections[section.offset], depth: depth, into: &frame, y: y, area: area)
            case .row(let index):
                let titleColumn = drawRow(index, continuing: levels, into: &frame, y: y, area: area)
                if index == outline.cursor { markSelection(row: y, titleColumn: titleColumn, gutter: layout.gutterColumn, into: &frame) }
                levels = outline.continuingLevels(after: index, levels: levels)
            }
        }
    }

    /// The cursor row, in the outline and in lists, is marked in the gutter and holds the
    /// terminal's cursor at its title, rather than drawn in reverse video: moving the cursor
    /// then repaints two gutter cells, not two whole rows.
    private func markSelection(row y: Int, titleColumn: Int, gutter: Int, into frame: inout Frame) {
        let mark = options.unicode ? Style(foreground: .cyan, bold: true) : Style(foreground: .cyan, reverse: true)
        frame.put(glyphs.selection, column: gutter, row: y, style: style(mark))
        frame.cursor = (min(titleColumn, frame.size.width - 1), y)
    }

    /// A section's title, as the map writes it (`#` per level), indented under its parent section.
    private func drawHeading(_ section: Section, depth: Int, into frame: inout Frame, y: Int, area: Layout.Area) {
        let text = String(repeating: " ", count: 2 * depth) + String(repeating: "#", count: max(1, section.level)) + " " + section.title.terminalSafe
        frame.putTruncated(text, column: area.column, row: y, style: style(Style(foreground: .yellow, bold: true)), limit: area.column + area.width, ellipsis: glyphs.ellipsis)
    }

    /// Draws one outline row and returns the column its title starts at.
    private func drawRow(_ index: Int, continuing: [Bool], into frame: inout Frame, y: Int, area: Layout.Area) -> Int {
        let row = outline.rows[index]
        let node = map[row.node]
        let limit = area.column + area.width
        var base = Style()
        if map.isThesis(row.node) { base.bold = true }
        if row.isReference || !filter.admits(row, map: map, marks: marks) { base.dim = true }

        var x = area.column
        let depth = Int(row.depth)
        let shown = Self.indentWidth(depth: depth, width: area.width) / 2
        if shown > 0 {
            for level in (depth - shown + 1)...depth {
                let guide = level == depth
                    ? (row.isLast ? glyphs.lastBranch : glyphs.branch)
                    : (continuing[level - 1] ? glyphs.pipe : "  ")
                x = frame.put(guide, column: x, row: y, style: style(Style(dim: true)), limit: limit)
            }
        }

        let expandable = outline.isExpandable(row, map: map)
        let isOpen = outline.isOpen(row.node)
        let marker = row.isReference ? glyphs.reference : expandable ? (isOpen ? glyphs.unfolded : glyphs.folded) : " "
        x = frame.put(marker, column: x, row: y, style: base, limit: limit)
        if row.relation >= 0 {
            let kind = map.relations[Int(row.relation)].kind
            var glyphStyle = base
            glyphStyle.foreground = kind.color
            glyphStyle.bold = true
            x = frame.put(glyphs.relation(kind, unicode: options.unicode), column: x, row: y, style: style(glyphStyle), limit: limit)
        } else {
            x = frame.put(" ", column: x, row: y, style: base, limit: limit)
        }
        x = frame.put(" ", column: x, row: y, style: base, limit: limit)
        if let label = shownAssessment(of: row.node)?.label {
            var labelStyle = base
            labelStyle.foreground = label.color
            labelStyle.bold = true
            x = frame.put(glyphs.label(label), column: x, row: y, style: style(labelStyle), limit: limit)
            x = frame.put(" ", column: x, row: y, style: base, limit: limit)
        }

        let titleColumn = x
        let suffix = rowSuffix(row, node: node, folded: expandable && !isOpen)
        let title = node.title.terminalSafe
        let titleLimit = max(x, limit - DisplayWidth.of(suffix))
        if let query = search?.query, !query.isEmpty, DisplayWidth.of(title) <= titleLimit - x {
            var highlight = base
            highlight.foreground = .black
            highlight.background = .yellow
            highlight.underline = true
            // Black on yellow as it is; reverse video would swap it to yellow on black. Without
            // color, reverse video is what sets a match apart.
            highlight.reverse = !options.color
            x = frame.putHighlighted(title, ranges: Search.ranges(of: query, in: title), column: x, row: y, style: base, highlight: style(highlight), limit: titleLimit)
        } else {
            x = frame.putTruncated(title, column: x, row: y, style: base, limit: titleLimit, ellipsis: glyphs.ellipsis)
        }
        frame.put(suffix, column: x, row: y, style: style(Style(foreground: .cyan)), limit: limit)
        return titleColumn
    }

    /// Marks after a row's title: cited, disputed, noted, counts beneath a folded node, the evaluation.
    private func rowSuffix(_ row: OutlineRow, node: Node, folded: Bool) -> String {
        var parts: [String] = []
        if !node.citations.isEmpty { parts.append(glyphs.cited) }
        let mark = marks.mark(for: node)
        if mark?.disputed == true { parts.append(glyphs.disputed) }
        if mark?.note.isEmpty == false { parts.append(glyphs.noted) }
        if folded {
            let tally = tree.tallies[row.node.offset]
            parts.append("[+\(tally.supporters) \(options.unicode ? "−" : "-")\(tally.attackers)]")
        }
        if map.isThesis(row.node), let strength = shownAssessment(of: row.node)?.strength {
            parts.append(Self.format(strength))
        }
        return parts.isEmpty ? "" : " " + parts.joined(separator: " ")
    }

    /// The node's assessment while the evaluation is shown.
    func shownAssessment(of node: NodeID) -> NodeAssessment? {
        showsEvaluation ? assessment(of: node) : nil
    }

    /// "1 more line", "3 more lines".
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    static func format(_ strength: Double) -> String {
        let hundredths = Int((min(1, max(0, strength)) * 100).rounded())
        return hundredths == 100 ? "1.00" : "0." + (hundredths < 10 ? "0" : "") + String(hundredths)
    }

    private func drawSeparator(into frame: inout Frame, layout: Layout) {
        guard let detail = layout.detail else { return }
        let line = style(Style(dim: true))
        if detail.row == 0 {
            for y in 0..<detail.height { frame.put(glyphs.separator, column: detail.column - 1, row: y, style: line) }
        } else {
            let rule = options.unicode ? "─" : "-"
            frame.put(String(repeating: rule, count: frame.size.width), column: 0, row: detail.row - 1, style: line)
        }
    }

    // MARK: Detail pane

    private func drawDetail(into frame: inout Frame, area: Layout.Area) {
        guard let row = outline.selected, area.height > 0 else { return }
        let limit = area.column + area.width
        let all = detailLines(for: row.node, width: area.width)
        // Counted only so far past the pane: a text of millions of words is not wrapped to its end on each key.
        let counted = detailTop + area.height + Self.detailLinesCountedAhead
        let count = all.count(upTo: counted)
        let top = max(0, min(detailTop, count - area.height))
        var lines = (top..<min(count, top + area.height)).map { all[$0] }
        let moreLines = options.unicode ? "…" : "..."
        // Each hint stands in for the line it covers, so it counts that line too.
        if top > 0, area.height > 1 {
            lines[0] = ("\(moreLines) \(Self.count(top + 1, "more line")) above: [ scrolls up", Style(dim: true))
        }
        let below = count - top - area.height
        if below > 0 {
            let more = count < counted ? Self.count(below + 1, "more line") : "over \(below) more lines"
            lines[lines.count - 1] = ("\(moreLines) \(more): ] scrolls down, } to the end", Style(dim: true))
        }
        for (offset, line) in lines.enumerated() {
            frame.putTruncated(line.text, column: area.column, row: area.row + offset, style: style(line.style), limit: limit, ellipsis: glyphs.ellipsis)
        }
    }

    /// How many lines past the detail pane's bottom are counted for its hint, at most.
    static let detailLinesCountedAhead = 1_000

    /// The selected node's full text, relations, citations, tags, mark and evaluation, wrapped to
    /// `width`; the text only as far as the lines are read.
    func detailLines(for id: NodeID, width: Int) -> DetailLines {
        let node = map[id]
        var lines: [(String, Style)] = []
        func add(_ text: String, _ style: Style = .plain, indent: Int = 0) {
            let pad = String(repeating: " ", count: indent)
            for line in TextWrapper.lines(text.terminalSafe, width: max(1, width - indent)) {
                lines.append((pad + line, style))
            }
        }
        add(node.kind == .argument ? "<\(node.title)>" : "[\(node.title)]", Style(bold: true))
        var facts = [node.kind.rawValue]
        if map.isThesis(id) { facts.append("thesis") }
        if let assessment = shownAssessment(of: id) {
            if let label = assessment.label { facts.append(glyphs.label(label) + " " + label.word) }
            if let strength = assessment.strength { facts.append("strength " + Self.format(strength)) }
        }
        add(facts.joined(separator: glyphs.factSeparator), Style(dim: true))
        var text: WrappedText?
        if !node.text.isEmpty {
            lines.append(("", .plain))
            text = detailTexts.text(of: id, width: max(1, width), in: map)
        }
        let before = lines
        lines = []
        if showsEvaluation, let explanation = evaluator?.explanation(of: id) {
            lines.append(("", .plain))
            add(explanation.summary(in: map) + " (w: why)", Style(dim: true))
        }
        let outgoing = map.outgoing(id)
        let incoming = map.incoming(id)
        if !outgoing.isEmpty || !incoming.isEmpty { lines.append(("", .plain)) }
        for relation in outgoing {
            add("\(glyphs.relation(relation.kind, unicode: options.unicode)) \(relation.kind.verbs.outgoing) \(map[relation.to].title)", Style(foreground: relation.kind.color))
        }
        for relation in incoming {
            add("\(glyphs.relation(relation.kind, unicode: options.unicode)) \(relation.kind.verbs.incoming) \(map[relation.from].title)", Style(foreground: relation.kind.color))
        }
        let found = foundCitations(of: id)
        for (index, citation) in node.citations.enumerated() {
            lines.append(("", .plain))
            let span = found.first { $0.index == index }?.span
            let place = span.map { " \($0)" } ?? " (\(missingSpanReason(citation)))"
            let title = loaded.documents[citation.source]?.title ?? sourceTitle(citation.source)
            add("\(glyphs.cited) \(title)\(place)", Style(foreground: .cyan))
            add("“\(citation.quote)”", Style(italic: true), indent: 2)
        }
        if !node.tags.isEmpty {
            lines.append(("", .plain))
            add(node.tags.map { "#" + $0 }.joined(separator: " "), Style(foreground: .blue))
        }
        if let mark = marks.mark(for: node) {
            lines.append(("", .plain))
            if mark.disputed { add("\(glyphs.disputed) disputed", Style(foreground: .red, bold: true)) }
            if !mark.note.isEmpty { add("note: " + mark.note) }
        }
        return DetailLines(before: before, text: text, after: lines)
    }

    /// Why a citation has no span to show: still being located, found more than once, or not found.
    func missingSpanReason(_ citation: Citation) -> String {
        if locatingCitations { return "locating the quote\(glyphs.ellipsis)" }
        if loaded.documents[citation.source] == nil { return "source not loaded" }
        if let count = loaded.ambiguousQuotes[citation.location] { return "quote occurs \(count) times in its source" }
        return "quote not found"
    }

    /// The title a source is declared with, for before its document is loaded.
    private func sourceTitle(_ id: String) -> String {
        map.sources.first { $0.id == id }.flatMap(\.title) ?? id
    }

    // MARK: Status line

    private func drawStatus(into frame: inout Frame, row: Int) {
        if let search, search.isEditing {
            let end = drawField(search.field, after: "/", into: &frame, row: row)
            // What the query finds so far, as vim's incsearch says "Pattern not found".
            if let message { frame.putTruncated("  " + message, column: end, row: row, style: Style(dim: true), limit: frame.size.width, ellipsis: glyphs.ellipsis) }
            return
        }
        if let noteDraft {
            drawField(noteDraft, after: noteLabel(width: frame.size.width), into: &frame, row: row)
            return
        }
        var parts = [
            StatusLine.Part(map.title.terminalSafe, rank: .title, isElastic: true),
            StatusLine.Part("\(outline.rows.isEmpty ? 0 : outline.cursor + 1)/\(outline.rows.count)", rank: .position),
        ]
        if mapErrors > 0 {
            let errors = Self.count(mapErrors, "error")
            parts.append(StatusLine.Part("\(errors): run argmap check \((map.file ?? "").terminalSafe)", "\(errors): run argmap check", errors, rank: .errors))
        }
        if let query = search?.query { parts.append(StatusLine.Part("/" + query.terminalSafe, rank: .setting)) }
        if filter != .all { parts.append(StatusLine.Part("filter: \(filter.rawValue)", rank: .setting)) }
        if let message { parts.append(StatusLine.Part(message, rank: .message)) }
        if let unreadRest { parts.append(unreadRest.notice(ellipsis: glyphs.ellipsis)) }
        drawBar(StatusLine(left: parts, right: StatusLine.Part("? help", rank: .help)), into: &frame, row: row)
    }

    /// The note prompt's label: the longest of its forms, the claim's title cut to fit, that
    /// leaves at least half the line to what is typed.
    private func noteLabel(width: Int) -> String {
        let title = outline.selected.map { map[$0.node].title.terminalSafe } ?? ""
        let room = width / 2
        for (opening, closing) in [("note on “", "” (Enter saves, Esc cancels): "), ("note on “", "”: ")] {
            let titleRoom = min(30, room - DisplayWidth.of(opening + closing))
            if titleRoom >= min(DisplayWidth.of(title), 6) {
                return opening + StatusLine.cut(title, toWidth: titleRoom, ellipsis: glyphs.ellipsis) + closing
            }
        }
        return "note: "
    }

    /// A line being typed after its label, the terminal's cursor at the field's. When the text
    /// before the cursor does not fit, its beginning gives way to an ellipsis. Returns where the
    /// text ends.
    @discardableResult
    private func drawField(_ field: TextField, after label: String, into frame: inout Frame, row: Int) -> Int {
        frame.fill(row: row, style: .plain)
        let start = frame.put(label, column: 0, row: row)
        var before = field.beforeCursor.terminalSafe
        let room = frame.size.width - 1 - start
        if DisplayWidth.of(before) > room {
            let ellipsisWidth = DisplayWidth.of(glyphs.ellipsis)
            // The longest end of it that fits, measured a character at a time from the cursor back.
            var start = before.endIndex
            var width = 0
            while start > before.startIndex {
                let previous = before.index(before: start)
                width += DisplayWidth.of(String(before[previous]))
                if width > room - ellipsisWidth { break }
                start = previous
            }
            before = glyphs.ellipsis + before[start...]
        }
        let cursor = frame.put(before, column: start, row: row)
        frame.cursor = (min(cursor, frame.size.width - 1), row)
        return frame.put(field.afterCursor.terminalSafe, column: cursor, row: row)
    }

    private func drawBar(_ line: StatusLine, into frame: inout Frame, row: Int) {
        let bar = style(Style(reverse: true))
        frame.fill(row: row, style: bar)
        let width = frame.size.width
        let (left, right) = line.laidOut(width: width, separator: glyphs.separator, ellipsis: glyphs.ellipsis)
        frame.put(left, column: 1, row: row, style: bar, limit: width - 1)
        frame.put(right, column: width - 1 - DisplayWidth.of(right), row: row, style: bar)
    }

    // MARK: Source view

    private func drawSource(_ page: SourcePage, into frame: inout Frame, area: Layout.Area) {
        guard let document = loaded.documents[page.document] else { return }
        let header = sourceHeader(span: page.highlighted, title: document.title.terminalSafe, path: document.path.terminalSafe, width: area.width)
        frame.fill(row: area.row, style: style(Style(bold: true, underline: true)))
        frame.putTruncated(header, column: 0, row: area.row, style: style(Style(bold: true, underline: true)), limit: area.width, ellipsis: glyphs.ellipsis)
        let gutter = Self.gutterWidth(lineCount: document.lines.count)
        let lines = document.lines
        let layout = SourceLayout(width: max(1, area.width - gutter))
        let height = area.height - 1
        guard height > 0, !lines.isEmpty else { return }
        var row = layout.top(layout.clamped(page.top, in: lines), height: height, in: lines)
        let shownLines = (row.line + 1)...min(lines.count, row.line + height)
        let touching = page.spans.touching(lines: shownLines)
        func styled(_ passage: SourceLineRuns.Passage) -> Style {
            switch passage {
            case .uncited: .plain
            case .cited: Style(underline: true)
            case .highlighted: options.color ? Style(foreground: .black, background: .yellow, bold: true) : Style(bold: true, reverse: true)
            }
        }
        func runs(ofLine line: Int, shownAs wrapped: WrappedLine) -> SourceLineRuns {
            SourceLineRuns(line: line + 1, highlighted: page.highlighted, cited: touching).shown(in: wrapped)
        }
        var wrapped = layout.wrapped(row.line, in: lines)
        var lineRuns = runs(ofLine: row.line, shownAs: wrapped)
        for y in (area.row + 1)..<(area.row + 1 + height) {
            if row.piece == 0 {
                let number = String(row.line + 1)
                frame.put(String(repeating: " ", count: max(0, gutter - 1 - number.count)) + number, column: 0, row: y, style: style(Style(dim: true)))
            }
            var x = gutter
            for run in lineRuns.runs(within: wrapped.pieces[row.piece].clamped(to: 0..<wrapped.characterCount)) {
                x = frame.put(wrapped[run.characters], column: x, row: y, style: style(styled(run.passage)))
            }
            if row.piece + 1 < wrapped.pieces.count {
                row.piece += 1
            } else if row.line + 1 < lines.count {
                row = SourceLayout.Row(line: row.line + 1, piece: 0)
                wrapped = layout.wrapped(row.line, in: lines)
                lineRuns = runs(ofLine: row.line, shownAs: wrapped)
            } else {
                break
            }
        }
    }

    /// The source view's header: the span, the source's title and its file. Where it does not fit,
    /// the middle of the path gives way first (`/home/…/src.txt`), then the title's end; the
    /// span and the file's name stay.
    private func sourceHeader(span: TextSpan?, title: String, path: String, width: Int) -> String {
        let opening = span.map { "\($0)  " } ?? ""
        let full = opening + title + " — " + path
        guard DisplayWidth.of(full) > width else { return full }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let shortPath = path == name ? name : glyphs.ellipsis + "/" + name
        let pathRoom = width - DisplayWidth.of(opening + title + " — ")
        if pathRoom >= DisplayWidth.of(shortPath) {
            // As much of the path's beginning as fits before the ellipsis.
            let beginning = StatusLine.cut(path, toWidth: pathRoom - DisplayWidth.of(shortPath) + DisplayWidth.of(glyphs.ellipsis), ellipsis: glyphs.ellipsis)
            return opening + title + " — " + String(beginning.dropLast(glyphs.ellipsis.count)) + shortPath
        }
        let titleRoom = width - DisplayWidth.of(opening + " — " + shortPath)
        guard titleRoom >= 4 else { return opening + shortPath }
        return opening + StatusLine.cut(title, toWidth: titleRoom, ellipsis: glyphs.ellipsis) + " — " + shortPath
    }

    // MARK: Lists

    private func drawHelp(top: Int, into frame: inout Frame, area: Layout.Area) {
        frame.put("argmap keys", column: 0, row: area.row, style: style(Style(bold: true, underline: true)))
        let lines = KeyTable.helpLines(unicode: options.unicode, width: area.width)
        for (offset, line) in lines.dropFirst(top).prefix(area.height - 1).enumerated() {
            frame.putTruncated(line.text, column: 0, row: area.row + 1 + offset, style: Style(bold: line.isHeading), limit: area.width, ellipsis: glyphs.ellipsis)
        }
    }

    private func drawExplanation(of node: NodeID, cursor: Int, into frame: inout Frame, area: Layout.Area) {
        let word = assessment(of: node)?.label.map { " (\($0.word))" } ?? ""
        let summary = evaluator?.explanation(of: node)?.summary(in: map) ?? ""
        // A third of the screen at most: the list below names every node the sentence does.
        var sentence = TextWrapper.lines(summary, width: max(1, area.width - 2)).map { " " + $0 }
        let room = max(2, area.height / 3)
        if sentence.count > room {
            sentence = sentence.prefix(room - 1) + [sentence[room - 1] + glyphs.ellipsis]
        }
        let intro = sentence + [""]
        let items = reasons(for: node).map { reason in
            let label = assessment(of: reason.node)?.label.map { glyphs.label($0) + " " } ?? ""
            return label + reason.role + ": " + map[reason.node].title.terminalSafe
        }
        drawList(
            title: "Why: " + map[node].title.terminalSafe + word, intro: intro, items: items,
            empty: "Nothing attacks or supports it.", cursor: cursor, into: &frame, area: area)
    }

    /// A titled list with the cursor row marked; the rows in `dimmed` are drawn dim.
    private func drawList(title: String, intro: [String] = [], items: [String], dimmed: Set<Int> = [], empty: String, cursor: Int, into frame: inout Frame, area: Layout.Area) {
        frame.putTruncated(title, column: 0, row: area.row, style: style(Style(bold: true, underline: true)), limit: area.width, ellipsis: glyphs.ellipsis)
        let introShown = intro.prefix(max(0, area.height - 2))
        for (offset, line) in introShown.enumerated() {
            frame.putTruncated(line, column: 0, row: area.row + 1 + offset, style: .plain, limit: area.width, ellipsis: glyphs.ellipsis)
        }
        let listRow = area.row + 1 + introShown.count
        guard !items.isEmpty else {
            frame.putTruncated(empty, column: 0, row: listRow, style: .plain, limit: area.width, ellipsis: glyphs.ellipsis)
            return
        }
        let height = max(1, area.height - 1 - introShown.count)
        let top = max(0, cursor - height + 1)
        for (offset, item) in items.dropFirst(top).prefix(height).enumerated() {
            let y = listRow + offset
            frame.putTruncated(item, column: 1, row: y, style: Style(dim: dimmed.contains(top + offset)), limit: area.width, ellipsis: glyphs.ellipsis)
            if top + offset == cursor { markSelection(row: y, titleColumn: 1, gutter: 0, into: &frame) }
        }
    }
}

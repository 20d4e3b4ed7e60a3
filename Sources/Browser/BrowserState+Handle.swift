import ArgumentMap
import Screen

extension BrowserState {
    /// Applies one key, mouse event or resize, and returns what the run loop must do.
    public mutating func handle(_ event: InputEvent) -> [Effect] {
        let selected = outline.selected
        let effects = respond(to: event)
        if outline.selected != selected { detailScroll = nil }
        return effects
    }

    private mutating func respond(to event: InputEvent) -> [Effect] {
        message = nil
        switch event {
        case .resize(let newSize):
            size = newSize
            relayoutSource()
            keepCursorVisible()
            return []
        case .mouse(let mouse):
            stopSearching()
            handleMouse(mouse)
            return []
        case .paste(let text):
            if search?.isEditing == true { return editSearchField { $0.paste(text) } }
            if noteDraft != nil {
                _ = noteDraft?.paste(text)
            } else {
                message = "pasted text is not run as keys; paste into a search (/) or a note (e)"
            }
            return []
        case .key(let key):
            if Self.alwaysActive.contains(key), let action = KeyTable.action(for: key, in: .everywhere) {
                return perform(action, key: key)
            }
            if search?.isEditing == true { return editSearch(key) }
            if noteDraft != nil { return editNote(key) }
            guard let action = KeyTable.action(for: key, in: view.context) else {
                if case .source = view, KeyTable.action(for: key, in: .outline) == .search {
                    message = "/ searches the outline, not the source (Esc goes back to it); n/N step through the cited passages"
                } else if let name = Self.typedName(of: key) {
                    message = "\(name) does nothing here; ? lists the keys"
                }
                return []
            }
            if action != .nextMatch && action != .previousMatch { stopSearching() }
            let effects = perform(action, key: key)
            keepCursorVisible()
            return effects
        }
    }

    /// How a typed key is named in a message, for one that means nothing where it was pressed.
    private static func typedName(of key: Key) -> String? {
        switch key {
        case .character(let character): "“\(String(character).terminalSafe)”"
        case .control(let letter): "Ctrl-\(String(letter).terminalSafe)"
        case .enter: "Enter"
        default: nil
        }
    }

    /// Keys that act even while a search or note is being typed; Ctrl-C there cancels it, as in vim.
    static let alwaysActive: Set<Key> = [.control("z"), .control("l")]

    /// Whether a search or a note is being typed, where Ctrl-C cancels it rather than quits.
    public var isTyping: Bool { search?.isEditing == true || noteDraft != nil }

    mutating func perform(_ action: Action, key: Key) -> [Effect] {
        switch action {
        case .back: goBack()
        case .forward: goForward()
        case .help:
            if case .help = view { goBack() } else { go(to: .help(top: 0)) }
        case .quit:
            if view == .outline || key == .control("c") { return [.quit] }
            goBack()
        case .redraw: return [.redrawAll]
        case .suspend: return [.suspend]
        default:
            switch view {
            case .outline: return performInOutline(action, key: key)
            case .source(var page):
                performInSource(action, page: &page)
                if case .source = view { view = .source(page) }
            case .help(let top):
                if action == .follow { message = "Enter does nothing here; Esc goes back" }
                let count = KeyTable.helpLines(unicode: options.unicode, width: layout.body.width).count
                let page = max(1, layout.body.height - 1)
                view = .help(top: min(max(0, count - page), moved(top, by: action, count: count, page: page) ?? top))
            case .marks(let cursor):
                switch action {
                case .follow: followMark(at: cursor)
                case .dropMark: return dropMark(at: cursor)
                default: view = .marks(cursor: moved(cursor, by: action, count: marks.count, page: listHeight) ?? cursor)
                }
            case .citers(let nodes, let cursor):
                if action == .follow, nodes.indices.contains(cursor) {
                    go(to: .outline)
                    outline.jump(toFirstPlaceOf: nodes[cursor], tree: tree, map: map)
                } else {
                    view = .citers(nodes: nodes, cursor: moved(cursor, by: action, count: nodes.count, page: listHeight) ?? cursor)
                }
            case .explanation(let node, let cursor):
                let deciding = reasons(for: node)
                if action == .follow, deciding.indices.contains(cursor) {
                    go(to: .outline)
                    outline.jump(toFirstPlaceOf: deciding[cursor].node, tree: tree, map: map)
                } else {
                    view = .explanation(node: node, cursor: moved(cursor, by: action, count: deciding.count, page: listHeight) ?? cursor)
                }
            }
        }
        return []
    }

    var listHeight: Int { max(1, layout.body.height - 2) }

    /// The index a movement action leads to in a list of `count` rows, or nil for other actions.
    func moved(_ index: Int, by action: Action, count: Int, page: Int) -> Int? {
        let target: Int
        switch action {
        case .first: target = 0
        case .last: target = count - 1
        default:
            guard let step = Self.step(of: action, page: page) else { return nil }
            target = index + step
        }
        return max(0, min(count - 1, target))
    }

    /// How many rows a movement key moves, with `page` rows on screen; nil for other keys.
    static func step(of action: Action, page: Int) -> Int? {
        switch action {
        case .moveDown: 1
        case .moveUp: -1
        case .pageDown: page
        case .pageUp: -page
        case .halfPageDown: max(1, page / 2)
        case .halfPageUp: -max(1, page / 2)
        default: nil
        }
    }

    // MARK: Outline

    private mutating func performInOutline(_ action: Action, key: Key) -> [Effect] {
        if unreadRest != nil, needsWholeMap(action) {
            message = UnreadRest.refusal
            return []
        }
        if unreadRest != nil, [.moveDown, .pageDown, .halfPageDown].contains(action), outline.cursor == outline.rows.count - 1 {
            message = UnreadRest.endOfBeginning
        }
        let page = max(1, layout.outline.height)
        switch action {
        case .moveDown: outline.cursor = admittedRow(from: outline.cursor, forward: true) ?? outline.cursor
        case .moveUp: outline.cursor = admittedRow(from: outline.cursor, forward: false) ?? outline.cursor
        case .nextSibling: outline.cursor = outline.siblingIndex(of: outline.cursor, forward: true) ?? outline.cursor
        case .previousSibling: outline.cursor = outline.siblingIndex(of: outline.cursor, forward: false) ?? outline.cursor
        case .parent: outline.cursor = outline.parentIndex(of: outline.cursor) ?? outline.cursor
        case .first, .last, .pageDown, .pageUp, .halfPageDown, .halfPageUp:
            outline.cursor = moved(outline.cursor, by: action, count: outline.rows.count, page: page) ?? outline.cursor
        case .foldOrParent:
            if let row = outline.selected, outline.isExpandable(row, map: map), outline.isOpen(row.node) {
                outline.setOpen(false, at: outline.cursor, tree: tree, map: map)
            } else {
                outline.cursor = outline.parentIndex(of: outline.cursor) ?? outline.cursor
            }
        case .unfoldOrChild:
            guard let row = outline.selected, outline.isExpandable(row, map: map) else { break }
            if outline.isOpen(row.node) {
                outline.cursor += 1
            } else {
                outline.setOpen(true, at: outline.cursor, tree: tree, map: map)
            }
        case .toggleFold: toggleFold(at: outline.cursor)
        case .foldAll: outline.foldAll(tree: tree, map: map)
        case .unfoldAll: outline.unfold(toDepth: Int.max, tree: tree, map: map)
        case .unfoldToDepth:
            if case .character(let digit) = key, let levels = digit.wholeNumberValue, levels > 0 {
                outline.unfold(toDepth: levels - 1, tree: tree, map: map)
            }
        case .foldAllButPath: outline.foldAllButPath(tree: tree, map: map)
        case .scrollDetailDown, .scrollDetailUp, .detailStart, .detailEnd: scrollDetail(action)
        case .toggleDetail: showsDetail.toggle()
        case .follow: follow()
        case .search:
            search = Search(field: TextField(), isEditing: true, origin: outline)
        case .nextMatch: findNext(forward: true)
        case .previousMatch: findNext(forward: false)
        case .toggleDisputed:
            guard let node = outline.selected?.node else { break }
            var mark = marks.mark(for: map[node]) ?? Mark(kind: map[node].kind, title: map[node].title, disputed: false)
            mark.disputed.toggle()
            marks[mark.key] = mark
            reassess()
            return [.saveMarks(marks)]
        case .editNote:
            guard let node = outline.selected?.node else { break }
            noteDraft = TextField(marks.mark(for: map[node])?.note ?? "")
        case .showMarks: go(to: .marks(cursor: 0))
        case .cycleFilter:
            filter = filter.next
            if let row = outline.selected, !filter.admits(row, map: map, marks: marks) {
                outline.cursor = admittedRow(from: outline.cursor, forward: true)
                    ?? admittedRow(from: outline.cursor, forward: false) ?? outline.cursor
            }
        case .toggleEvaluation:
            guard evaluator != nil else {
                message = noEvaluationMessage
                break
            }
            showsEvaluation.toggle()
            message = showsEvaluation ? "evaluation shown" : "evaluation hidden; v shows it"
        case .explain:
            guard let node = outline.selected?.node else { break }
            if evaluator?.explanation(of: node) == nil {
                message = noEvaluationMessage
            } else {
                showsEvaluation = true
                go(to: .explanation(node: node, cursor: 0))
            }
        default: break
        }
        return []
    }

    /// Whether the action's answer needs the whole map, not only the beginning shown while the
    /// rest is read: searching, marks and notes, the evaluation, and opening a cited source.
    private func needsWholeMap(_ action: Action) -> Bool {
        switch action {
        case .search, .nextMatch, .previousMatch, .toggleDisputed, .editNote, .showMarks, .toggleEvaluation, .explain: true
        case .follow: outline.selected.map { !$0.isReference && !map[$0.node].citations.isEmpty } ?? false
        default: false
        }
    }

    /// Scrolls the selected node's detail by half the pane, or to its start or end; moving the
    /// cursor starts it at the top again.
    private mutating func scrollDetail(_ action: Action) {
        guard let row = outline.selected, let area = layout.detail, area.height > 0 else {
            message = showsDetail ? "no detail pane at this size" : "the detail pane is hidden: i shows it"
            return
        }
        let step = max(1, area.height / 2)
        let top = switch action {
        case .detailStart: 0
        case .detailEnd: Int.max
        case .scrollDetailUp: detailTop - step
        default: detailTop + step
        }
        let lineCount = detailLines(for: row.node, width: area.width).count(upTo: top == .max ? .max : top + area.height)
        detailScroll = DetailScroll(row: row, top: max(0, min(top, lineCount - area.height)))
    }

    /// The first detail line shown: where `]` and `[` left it, while the cursor stays on that row.
    var detailTop: Int {
        guard let detailScroll, detailScroll.row == outline.selected else { return 0 }
        return detailScroll.top
    }

    /// The next row the filter lets through, searching one way from `index`.
    func admittedRow(from index: Int, forward: Bool) -> Int? {
        var candidate = index + (forward ? 1 : -1)
        while outline.rows.indices.contains(candidate) {
            if filter.admits(outline.rows[candidate], map: map, marks: marks) { return candidate }
            candidate += forward ? 1 : -1
        }
        return nil
    }

    mutating func toggleFold(at index: Int) {
        guard outline.rows.indices.contains(index) else { return }
        let isOpen = outline.isOpen(outline.rows[index].node)
        outline.setOpen(!isOpen, at: index, tree: tree, map: map)
    }

    /// Enter on a row: a cross-reference jumps to the first place, a cited claim opens its source.
    mutating func follow() {
        guard let row = outline.selected else { return }
        if row.isReference {
            go(to: .outline)
            outline.jump(toFirstPlaceOf: row.node, tree: tree, map: map)
            return
        }
        if let first = foundCitations(of: row.node).first {
            openSource(at: first)
        } else if !map[row.node].citations.isEmpty, locatingCitations {
            followOnceLocated = row.node
            message = "locating the quote in its source; it opens when found"
        } else if let citation = map[row.node].citations.first {
            message = "\(missingSpanReason(citation)): see `argmap check`"
        } else {
            toggleFold(at: outline.cursor)
        }
    }

    private mutating func openSource(at resolved: ResolvedCitation) {
        let source = loaded.citation(resolved).source
        guard let document = loaded.documents[source] else {
            message = "source `\(source.terminalSafe)` is not loaded"
            return
        }
        let spans = citations.spansByDocument[document.id] ?? CitedSpans(citations: [(resolved.span, resolved.node)])
        var page = SourcePage(
            document: document.id, spans: spans, current: spans.position(of: resolved.span) ?? 0,
            layout: SourceLayout(width: sourceTextWidth(document)))
        centre(&page)
        go(to: .source(page))
    }

    // MARK: Source view

    private mutating func performInSource(_ action: Action, page: inout SourcePage) {
        let height = sourceTextHeight
        switch action {
        case .nextSpan, .previousSpan:
            guard !page.spans.isEmpty else { break }
            let step = action == .nextSpan ? 1 : -1
            page.current = (page.current + step + page.spans.count) % page.spans.count
            centre(&page)
        case .follow:
            guard page.highlighted != nil else { break }
            view = .source(page)
            go(to: .citers(nodes: Array(page.spans.citers(at: page.current)), cursor: 0))
        default:
            guard let lines = loaded.documents[page.document]?.lines else { break }
            let target = switch action {
            case .first: SourceLayout.Row.first
            case .last: page.layout.lastRow(in: lines)
            default: Self.step(of: action, page: height).map { page.layout.row(page.top, movedBy: $0, in: lines) } ?? page.top
            }
            page.top = page.layout.top(target, height: height, in: lines)
            // Scrolled away from the passage, n/N, Enter and the header take up the first one shown.
            let shown = (page.top.line + 1)...(page.layout.row(page.top, movedBy: height - 1, in: lines).line + 1)
            if let span = page.highlighted, span.line > shown.upperBound || span.endLine < shown.lowerBound,
               let visible = page.spans.firstIndex(touching: shown) {
                page.current = visible
            }
        }
    }

    var sourceTextHeight: Int { max(1, layout.body.height - 1) }

    func sourceTextWidth(_ document: SourceDocument) -> Int {
        max(1, size.width - Self.gutterWidth(lineCount: document.lines.count))
    }

    static func gutterWidth(lineCount: Int) -> Int { String(max(1, lineCount)).count + 1 }

    /// Scrolls so the display row where the highlighted span starts is in the middle of the text area.
    func centre(_ page: inout SourcePage) {
        guard let span = page.highlighted, let lines = loaded.documents[page.document]?.lines,
              lines.indices.contains(span.line - 1) else { return }
        let piece = page.layout.wrapped(span.line - 1, in: lines).piece(showingLineCharacter: span.column - 1)
        let start = SourceLayout.Row(line: span.line - 1, piece: piece)
        page.top = page.layout.row(start, movedBy: -(sourceTextHeight / 2), in: lines)
    }

    private mutating func relayoutSource() {
        guard case .source(var page) = view, let document = loaded.documents[page.document] else { return }
        page.layout = SourceLayout(width: sourceTextWidth(document))
        centre(&page)
        view = .source(page)
    }

    // MARK: Marks

    private mutating func followMark(at cursor: Int) {
        let all = marks.all
        guard all.indices.contains(cursor) else { return }
        guard let node = node(of: all[cursor]) else {
            message = "“\(all[cursor].title.terminalSafe)” is no longer in this map; d drops the mark"
            return
        }
        go(to: .outline)
        outline.jump(toFirstPlaceOf: node, tree: tree, map: map)
    }

    /// Drops the chosen mark if its claim is gone from the map; a live claim's mark is left as
    /// it is, to be changed on the claim itself.
    private mutating func dropMark(at cursor: Int) -> [Effect] {
        let all = marks.all
        guard all.indices.contains(cursor) else { return [] }
        let mark = all[cursor]
        guard node(of: mark) == nil else {
            message = "d drops only a mark whose claim is gone; Enter goes to “\(mark.title.terminalSafe)”"
            return []
        }
        marks[mark.key] = nil
        view = .marks(cursor: max(0, min(cursor, marks.count - 1)))
        message = "dropped the mark on “\(mark.title.terminalSafe)”, gone from the map"
        return [.saveMarks(marks)]
    }

    private mutating func editNote(_ key: Key) -> [Effect] {
        guard var draft = noteDraft else { return [] }
        switch key {
        case .escape, .control("c"):
            noteDraft = nil
            return []
        case .enter:
            noteDraft = nil
            guard let node = outline.selected?.node else { return [] }
            var mark = marks.mark(for: map[node]) ?? Mark(kind: map[node].kind, title: map[node].title, disputed: false)
            mark.note = draft.text
            marks[mark.key] = mark
            return [.saveMarks(marks)]
        default: _ = draft.edit(key)
        }
        noteDraft = draft
        return []
    }

    // MARK: History

    /// Leaves the current place for another, remembering it for Esc.
    mutating func go(to destination: View) {
        remember(Place(view: view, outline: outline))
        view = destination
    }

    mutating func remember(_ place: Place) {
        back.append(place)
        if back.count > Self.historyLimit { back.removeFirst() }
        forward.removeAll()
    }

    mutating func goBack() {
        guard let place = back.popLast() else {
            if view != .outline { view = .outline } else if search != nil { search = nil }
            return
        }
        forward.append(Place(view: view, outline: outline))
        restore(place)
    }

    mutating func goForward() {
        guard let place = forward.popLast() else { return }
        back.append(Place(view: view, outline: outline))
        restore(place)
    }

    private mutating func restore(_ place: Place) {
        view = place.view
        outline = place.outline
        relayoutSource()
    }

    // MARK: Mouse and scrolling

    private mutating func handleMouse(_ mouse: MouseEvent) {
        let area = layout.outline
        switch (view, mouse.kind) {
        case (.outline, .press):
            guard layout.outlineRows.contains(column: mouse.column, row: mouse.row) else { return }
            let lines = outline.lines(from: outline.scroll, height: area.height, tree: tree)
            guard lines.indices.contains(mouse.row - area.row), case .row(let index) = lines[mouse.row - area.row] else { return }
            outline.cursor = index
            let markerColumn = area.column + Self.indentWidth(depth: Int(outline.rows[index].depth), width: area.width)
            if mouse.column == markerColumn { toggleFold(at: index) }
            keepCursorVisible()
        case (.outline, .wheelUp), (.outline, .wheelDown):
            let step = mouse.kind == .wheelUp ? -3 : 3
            let height = max(1, area.height)
            let lastScroll = outline.rows.isEmpty ? 0 : outline.scroll(endingAt: outline.rows.count - 1, height: height, tree: tree)
            outline.scroll = max(0, min(outline.scroll + step, lastScroll))
            var lastShown = outline.scroll
            for case .row(let index) in outline.lines(from: outline.scroll, height: height, tree: tree) { lastShown = index }
            outline.cursor = max(outline.scroll, min(outline.cursor, lastShown))
        case (_, .wheelUp), (_, .wheelDown):
            _ = perform(mouse.kind == .wheelUp ? .moveUp : .moveDown, key: .up)
        default: break
        }
    }

    mutating func keepCursorVisible() {
        outline.keepCursorVisible(height: max(1, layout.outline.height), tree: tree)
    }

    /// Columns of tree guides before a row's fold marker: two per level, capped to keep room for text.
    static func indentWidth(depth: Int, width: Int) -> Int {
        2 * min(depth, max(0, (width - 12) / 4))
    }
}

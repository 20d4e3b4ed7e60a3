import ArgumentMap
import Foundation
import Screen

/// A text wrapped a line at a time, only as far as it has been read: the detail pane of a claim
/// of millions of words wraps the screenful it shows, not the whole text, on each key. A class,
/// so that what was wrapped is kept between keys while the state is copied.
final class WrappedText: @unchecked Sendable {
    private let text: String
    private let width: Int
    private let lock = NSLock()
    /// The lines wrapped so far.
    private var lines: [Range<String.Index>] = []
    /// Where the next line starts; nil once the text is wrapped to its end.
    private var next: String.Index?

    init(_ text: String, width: Int) {
        self.text = text
        self.width = width
        next = text.startIndex
    }

    /// How many lines the text wraps to, or `limit` when it wraps to that many or more.
    func count(upTo limit: Int = .max) -> Int {
        lock.withLock {
            wrap(through: limit - 1)
            return min(lines.count, limit)
        }
    }

    /// How many lines have been wrapped so far.
    var linesWrapped: Int { lock.withLock { lines.count } }

    subscript(index: Int) -> String {
        lock.withLock {
            wrap(through: index)
            return String(text[lines[index]])
        }
    }

    private func wrap(through index: Int) {
        while lines.count <= index, let start = next {
            let (line, after) = TextWrapper.line(of: text, from: start, width: width)
            lines.append(line)
            next = after
        }
    }
}

/// The wrapped texts of the last few nodes the detail pane showed, so going back to a claim
/// does not wrap its text again.
final class DetailTexts: @unchecked Sendable {
    private let lock = NSLock()
    private var recent: [(node: NodeID, width: Int, text: WrappedText)] = []
    private static let kept = 8

    func text(of node: NodeID, width: Int, in map: ArgumentMap) -> WrappedText {
        lock.withLock {
            if let kept = recent.first(where: { $0.node == node && $0.width == width }) { return kept.text }
            let wrapped = WrappedText(map[node].text.terminalSafe, width: width)
            recent.append((node, width, wrapped))
            if recent.count > Self.kept { recent.removeFirst() }
            return wrapped
        }
    }

    /// How many lines the kept texts have been wrapped to so far.
    var linesWrapped: Int { lock.withLock { recent.reduce(0) { $0 + $1.text.linesWrapped } } }
}

/// The detail pane's lines: those before and after the node's text, and the text, wrapped only
/// as far as the lines asked for.
struct DetailLines: RandomAccessCollection {
    typealias Line = (text: String, style: Style)

    var before: [Line]
    var text: WrappedText?
    var after: [Line]

    var startIndex: Int { 0 }
    var endIndex: Int { count(upTo: .max) }

    /// How many lines there are, or `limit` when there are that many or more.
    func count(upTo limit: Int) -> Int {
        let textLimit = Swift.max(0, limit - before.count)
        let textCount = text?.count(upTo: textLimit) ?? 0
        return Swift.min(limit, before.count + textCount + (textCount < textLimit ? after.count : 0))
    }

    subscript(index: Int) -> Line {
        if index < before.count { return before[index] }
        let textCount = text?.count(upTo: index - before.count + 1) ?? 0
        if let text, index - before.count < textCount { return (text[index - before.count], .plain) }
        return after[index - before.count - (text?.count() ?? 0)]
    }
}

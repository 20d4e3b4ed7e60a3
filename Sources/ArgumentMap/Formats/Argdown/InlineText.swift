import CPlainText

/// Turns the bytes of a statement's or argument's text into what a reader sees: escapes resolved,
/// `**bold**`, `*italic*`, `__bold__` and `_italic_` markers removed, tags (`#tag`, `#(two words)`)
/// collected into a list (and taken out of the text when they end it), white space (line breaks
/// included) folded to single spaces. Mentions (`@[Title]`, `@<Title>`) and links (`[text](url)`)
/// are kept exactly as written.
enum InlineText {
    /// How many open emphasis markers a closing one may skip to find its partner.
    private static let markerSearchDepth = 16

    private struct Marker {
        var position: Int
        var byte: UInt8
        var length: Int
        var canOpen: Bool
        var canClose: Bool
    }

    /// What a text reads as: most often a stretch of its bytes as they stand, else new bytes.
    enum Rendered {
        case unchanged(Range<Int>)
        case rendered(String)

        var isEmpty: Bool {
            switch self {
            case .unchanged(let range): range.isEmpty
            case .rendered(let text): text.isEmpty
            }
        }
    }

    static func render(_ text: ArraySlice<UInt8>) -> (text: String, tags: [String]) {
        text.withUnsafeBufferPointer { text in
            switch renderKeepingPlainBytes(text) {
            case (.unchanged(let plain), let tags): (ByteText.string(UnsafeBufferPointer(rebasing: text[plain])), tags)
            case (.rendered(let rendered), let tags): (rendered, tags)
            }
        }
    }

    /// As `render`, but plain text (the usual case) is given as where it stands in `text`, so it
    /// can be kept without making a `String` of it.
    static func renderKeepingPlainBytes(_ text: UnsafeBufferPointer<UInt8>) -> (text: Rendered, tags: [String]) {
        if let plain = plainRange(text) { return (.unchanged(plain), []) }
        if let tagged = plainRangeWithTrailingTags(text) { return (.unchanged(tagged.plain), tagged.tags) }
        let (rendered, tags) = renderMarkup(ArraySlice(text))
        return (.rendered(rendered), tags)
    }

    private static func renderMarkup(_ text: ArraySlice<UInt8>) -> (text: String, tags: [String]) {
        var output: [UInt8] = []
        output.reserveCapacity(text.count)
        var tags: [String] = []
        var markers: [Marker] = []
        // Where the tags that end the text begin: those are taken out; tags amid the text stay as words.
        var trailingTags: Int?
        var finder = ByteFinder(text)
        let end = text.endIndex
        var i = text.startIndex

        func appendSpace() {
            if let last = output.last, last != UInt8(ascii: " ") { output.append(UInt8(ascii: " ")) }
        }
        func precededBySpace(_ i: Int) -> Bool { i == text.startIndex || ByteText.isSpace(text[i - 1]) }

        while i < end {
            let byte = text[i]
            if ByteText.isSpace(byte) {
                appendSpace()
                i += 1
                continue
            }
            let tagsBefore = trailingTags
            trailingTags = nil
            switch byte {
            case UInt8(ascii: "\\") where i + 1 < end && ByteText.isASCIIPunctuation(text[i + 1]):
                output.append(text[i + 1])
                i += 2
            case UInt8(ascii: "#") where precededBySpace(i):
                if let (tag, next) = readTag(text, at: i, finder: &finder) {
                    tags.append(tag)
                    trailingTags = tagsBefore ?? output.count
                    output.append(contentsOf: text[i..<next])
                    i = next
                    continue
                } else {
                    output.append(byte)
                    i += 1
                }
            case UInt8(ascii: "@") where i + 1 < end && (text[i + 1] == UInt8(ascii: "[") || text[i + 1] == UInt8(ascii: "<")):
                let close = text[i + 1] == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: ">")
                let stop = finder.next(close, from: i + 2) ?? i + 1
                output.append(contentsOf: text[i...stop])
                i = stop + 1
            case UInt8(ascii: "["):
                let stop = linkEnd(text, at: i, finder: &finder) ?? i
                output.append(contentsOf: text[i...stop])
                i = stop + 1
            case UInt8(ascii: "*"), UInt8(ascii: "_"):
                var runEnd = i
                while runEnd < end && text[runEnd] == byte { runEnd += 1 }
                let before: UInt8? = i > text.startIndex ? text[i - 1] : nil
                let after: UInt8? = runEnd < end ? text[runEnd] : nil
                let spaceAfter = after.map(ByteText.isSpace) ?? true
                let spaceBefore = before.map(ByteText.isSpace) ?? true
                let isUnderscore = byte == UInt8(ascii: "_")
                let length = runEnd - i
                if length <= 3 {
                    markers.append(Marker(
                        position: output.count, byte: byte, length: length,
                        canOpen: !spaceAfter && !(isUnderscore && before.map(ByteText.isAlphanumeric) == true),
                        canClose: !spaceBefore && !(isUnderscore && after.map(ByteText.isAlphanumeric) == true)))
                }
                output.append(contentsOf: text[i..<runEnd])
                i = runEnd
            default:
                output.append(byte)
                i += 1
            }
        }
        if let start = trailingTags { output.removeSubrange(start...) }
        let removed = pairedMarkers(markers)
        var result: [UInt8]
        if removed.isEmpty {
            result = output
        } else {
            result = []
            result.reserveCapacity(output.count)
            var next = 0
            for marker in removed.sorted(by: { $0.position < $1.position }) {
                result.append(contentsOf: output[next..<marker.position])
                next = marker.position + marker.length
            }
            result.append(contentsOf: output[next...])
        }
        while result.last == UInt8(ascii: " ") { result.removeLast() }
        return (ByteText.string(result), tags)
    }

    /// Where the text stands without its surrounding spaces, when it is plain: most statements and
    /// titles have no markup and single spaces, and those read as written, trimmed.
    private static func plainRange(_ text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var start = 0
        var end = text.count
        guard let bytes = text.baseAddress, argmap_trimmed_bytes_are_plain(bytes, &start, &end) else {
            return text.isEmpty ? 0..<0 : nil
        }
        return start..<end
    }

    /// Plain text followed by tags (`text. #tag #other`), the usual way a statement is tagged: the
    /// text as written, and the tags, which end it and so are taken out.
    private static func plainRangeWithTrailingTags(_ text: UnsafeBufferPointer<UInt8>) -> (plain: Range<Int>, tags: [String])? {
        var tags: [String] = []
        var end = text.endIndex
        while true {
            while end > text.startIndex, text[end - 1] == UInt8(ascii: " ") { end -= 1 }
            var tagStart = end
            while tagStart > text.startIndex, isTagByte(text[tagStart - 1]) { tagStart -= 1 }
            let hash = tagStart - 1
            guard tagStart < end, hash >= text.startIndex, text[hash] == UInt8(ascii: "#"),
                  hash == text.startIndex || text[hash - 1] == UInt8(ascii: " ") else { break }
            tags.append(ByteText.string(UnsafeBufferPointer(rebasing: text[tagStart..<end])))
            end = hash
        }
        guard !tags.isEmpty, let plain = plainRange(UnsafeBufferPointer(rebasing: text[..<end])) else { return nil }
        tags.reverse()
        return (plain, tags)
    }

    /// A byte of a `#tag` written without parentheses.
    private static func isTagByte(_ byte: UInt8) -> Bool {
        ByteText.isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    /// A title between brackets: escapes resolved, white space folded and trimmed.
    static func title(_ bytes: ArraySlice<UInt8>) -> String {
        bytes.withUnsafeBufferPointer(title)
    }

    static func title(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var start = 0
        var end = bytes.count
        if let base = bytes.baseAddress, argmap_trimmed_bytes_are_plain(base, &start, &end) {
            return ByteText.string(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
        var output: [UInt8] = []
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\\"), i + 1 < bytes.endIndex, ByteText.isASCIIPunctuation(bytes[i + 1]) {
                output.append(bytes[i + 1])
                i += 2
                continue
            }
            if ByteText.isSpace(byte) {
                if let last = output.last, last != UInt8(ascii: " ") { output.append(UInt8(ascii: " ")) }
            } else {
                output.append(byte)
            }
            i += 1
        }
        while output.last == UInt8(ascii: " ") { output.removeLast() }
        return ByteText.string(output)
    }

    /// `#word-chars` or `#(anything but a parenthesis)`, returning the tag and where reading goes on.
    private static func readTag(_ text: ArraySlice<UInt8>, at i: Int, finder: inout ByteFinder) -> (String, Int)? {
        let start = i + 1
        guard start < text.endIndex else { return nil }
        if text[start] == UInt8(ascii: "(") {
            guard let close = finder.next(UInt8(ascii: ")"), from: start + 1) else { return nil }
            let tag = title(text[(start + 1)..<close])
            return tag.isEmpty ? nil : (tag, close + 1)
        }
        var end = start
        while end < text.endIndex, isTagByte(text[end]) { end += 1 }
        return end > start ? (ByteText.string(text[start..<end]), end) : nil
    }

    /// The index of the `)` ending a link `[text](url)` that starts at `i`.
    private static func linkEnd(_ text: ArraySlice<UInt8>, at i: Int, finder: inout ByteFinder) -> Int? {
        guard let close = finder.next(UInt8(ascii: "]"), from: i + 1),
              close + 1 < text.endIndex, text[close + 1] == UInt8(ascii: "(") else { return nil }
        return finder.next(UInt8(ascii: ")"), from: close + 2)
    }

    /// The markers that pair up as emphasis: a closing run matches the nearest open run of the same kind.
    private static func pairedMarkers(_ markers: [Marker]) -> [Marker] {
        var stack: [Marker] = []
        var paired: [Marker] = []
        for marker in markers {
            if marker.canClose,
               let match = stack.indices.reversed().prefix(markerSearchDepth).first(where: { stack[$0].byte == marker.byte && stack[$0].length == marker.length }) {
                paired.append(stack[match])
                paired.append(marker)
                stack.removeSubrange(match...)
            } else if marker.canOpen {
                stack.append(marker)
            }
        }
        return paired
    }
}

/// Finds the next occurrence of a byte, remembering earlier answers so that searching again and
/// again in one text (`@[` or `[` without their closing bracket, say) stays linear.
private struct ByteFinder {
    private let text: ArraySlice<UInt8>
    /// For each byte searched: a search start and the first occurrence at or after it (or the end).
    private var known: [UInt8: (from: Int, at: Int)] = [:]

    init(_ text: ArraySlice<UInt8>) { self.text = text }

    mutating func next(_ byte: UInt8, from start: Int) -> Int? {
        var scanEnd = text.endIndex
        var beyond = text.endIndex
        if let (from, at) = known[byte] {
            if start >= from && start <= at { return at < text.endIndex ? at : nil }
            if start < from { (scanEnd, beyond) = (from, at) }
        }
        var i = start
        while i < scanEnd && text[i] != byte { i += 1 }
        let at = i < scanEnd ? i : beyond
        known[byte] = (start, at)
        return at < text.endIndex ? at : nil
    }
}

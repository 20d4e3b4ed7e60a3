/// Gives short, unique titles to claims that come without one (Kialo, AIF).
///
/// The rule: the text's first six words (Markdown links reduced to their link text, at most
/// 48 characters, an unclosed parenthesis and trailing punctuation dropped); an empty result falls back to the caller's
/// fallback (e.g. "Claim 1.2.3"). A title already given gets " (2)", " (3)", ... appended.
/// Each call costs time proportional to the text's first words, so titling a whole file is linear.
public struct TitleMaker: Sendable {
    public static let maximumWords = 6
    public static let maximumLength = 48

    private var taken: Set<String> = []
    private var nextSuffix: [String: Int] = [:]

    public init() {}

    /// Reserves a title that came with the input, so made-up titles never collide with it.
    public mutating func reserve(_ title: String) {
        taken.insert(title)
    }

    public mutating func title(for text: String, fallback: String) -> String {
        let base = Self.shortTitle(of: text) ?? fallback
        return unique(base)
    }

    public mutating func unique(_ base: String) -> String {
        guard taken.contains(base) else {
            taken.insert(base)
            return base
        }
        var suffix = nextSuffix[base, default: 2]
        while taken.contains("\(base) (\(suffix))") { suffix += 1 }
        let title = "\(base) (\(suffix))"
        nextSuffix[base] = suffix + 1
        taken.insert(title)
        return title
    }

    /// The first words of `text`, or nil when it has none.
    public static func shortTitle(of text: String) -> String? {
        var words: [Substring] = []
        var length = 0
        let source = linkTextOnly(text.prefix(400))
        var rest = source[...]
        while words.count < maximumWords {
            rest = rest.drop(while: \.isWhitespace)
            guard !rest.isEmpty else { break }
            let word = rest.prefix { !$0.isWhitespace }
            rest = rest[word.endIndex...]
            if length + word.count > maximumLength, !words.isEmpty { break }
            words.append(word.prefix(maximumLength))
            length += word.count + 1
        }
        if let open = words.lastIndex(where: { $0.contains("(" as Character) }), open > 0,
           !words[open...].contains(where: { $0.contains(")" as Character) }) {
            words.removeSubrange(open...)
        }
        var title = words.joined(separator: " ")
        while let last = title.last, ".,;:!?-–—".contains(last) { title.removeLast() }
        let cleaned = String(title.unicodeScalars.filter { !$0.needsEscapeOnTerminal })
        return cleaned.isEmpty ? nil : cleaned
    }

    /// `[text](url)` becomes `text`; other characters stay.
    static func linkTextOnly(_ text: Substring) -> String {
        var result = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "[") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "]"),
               rest.index(after: close) < rest.endIndex, rest[rest.index(after: close)] == "(",
               let end = rest[close...].firstIndex(of: ")") {
                result += rest[afterOpen..<close]
                rest = rest[rest.index(after: end)...]
            } else {
                result.append("[")
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }
}

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

    /// The first words of `text`, or nil when it has none. Works on Unicode scalars, not
    /// Characters, because titling thousands of claims must not cost a grapheme walk each.
    public static func shortTitle(of text: String) -> String? {
        let source = linkTextOnly(text.unicodeScalars.prefix(600))
        var words: [ArraySlice<Unicode.Scalar>] = []
        var length = 0
        var index = 0
        while words.count < maximumWords {
            while index < source.count, isSpace(source[index]) { index += 1 }
            guard index < source.count else { break }
            let start = index
            while index < source.count, !isSpace(source[index]) { index += 1 }
            let word = source[start..<index]
            if length + word.count > maximumLength, !words.isEmpty { break }
            words.append(word.prefix(maximumLength))
            length += word.count + 1
        }
        if let open = words.lastIndex(where: { $0.contains("(") }), open > 0,
           !words[open...].contains(where: { $0.contains(")") }) {
            words.removeSubrange(open...)
        }
        var title: [Unicode.Scalar] = []
        for (position, word) in words.enumerated() {
            if position > 0 { title.append(" ") }
            for scalar in word where !scalar.needsEscapeOnTerminal { title.append(scalar) }
        }
        while let last = title.last, ".,;:!?-–—".unicodeScalars.contains(last) { title.removeLast() }
        guard !title.isEmpty else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(title.count + 8)
        for scalar in title { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }

    /// `[text](url)` becomes `text`; other characters stay.
    static func linkTextOnly(_ text: some Collection<Unicode.Scalar>) -> [Unicode.Scalar] {
        let scalars = Array(text)
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "[", let close = scalars[(index + 1)...].firstIndex(of: "]"),
               close + 1 < scalars.count, scalars[close + 1] == "(",
               let end = scalars[(close + 1)...].firstIndex(of: ")") {
                result += scalars[(index + 1)..<close]
                index = end + 1
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return result
    }
}

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
    private var suffixes = TitleSuffixes()

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
        let title = suffixes.unique(base) { taken.contains($0) }
        taken.insert(title)
        return title
    }

    /// The first words of `text`, or nil when it has none. Works on bytes when the text starts
    /// in ASCII and on Unicode scalars otherwise, never on Characters: titling thousands of
    /// claims must not cost a grapheme walk each.
    public static func shortTitle(of text: String) -> String? {
        var text = text
        let asciiTitle: String?? = text.withUTF8 { bytes in
            let head = UnsafeBufferPointer(rebasing: bytes.prefix(sourceLength))
            guard head.allSatisfy({ $0 < 0x80 }) else { return nil }
            return .some(shortTitle(of: head).map { String(decoding: $0, as: UTF8.self) })
        }
        if let asciiTitle { return asciiTitle }
        guard let title = shortTitle(of: text.unicodeScalars.prefix(sourceLength)) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(title.count + 8)
        for scalar in title { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// How much of a text its title is looked for in.
    private static let sourceLength = 600

    private static func shortTitle<Unit: TitleUnit>(of text: some Collection<Unit>) -> [Unit]? {
        let source = linkTextOnly(text)
        var words: [ArraySlice<Unit>] = []
        var length = 0
        var index = 0
        while words.count < maximumWords {
            while index < source.count, source[index].isSpace { index += 1 }
            guard index < source.count else { break }
            let start = index
            while index < source.count, !source[index].isSpace { index += 1 }
            let word = source[start..<index]
            if length + word.count > maximumLength, !words.isEmpty { break }
            words.append(word.prefix(maximumLength))
            length += word.count + 1
        }
        if let open = words.lastIndex(where: { $0.contains(.openParenthesis) }), open > 0,
           !words[open...].contains(where: { $0.contains(.closeParenthesis) }) {
            words.removeSubrange(open...)
        }
        var title: [Unit] = []
        for (position, word) in words.enumerated() {
            if position > 0 { title.append(.space) }
            for unit in word where !unit.needsEscapeOnTerminal { title.append(unit) }
        }
        while let last = title.last, last.isTrailingPunctuation { title.removeLast() }
        return title.isEmpty ? nil : title
    }

    /// `[text](url)` becomes `text`; other characters stay.
    private static func linkTextOnly<Unit: TitleUnit>(_ text: some Collection<Unit>) -> [Unit] {
        let units = Array(text)
        var result: [Unit] = []
        result.reserveCapacity(units.count)
        var index = 0
        while index < units.count {
            if units[index] == .openBracket, let close = units[(index + 1)...].firstIndex(of: .closeBracket),
               close + 1 < units.count, units[close + 1] == .openParenthesis,
               let end = units[(close + 1)...].firstIndex(of: .closeParenthesis) {
                result += units[(index + 1)..<close]
                index = end + 1
            } else {
                result.append(units[index])
                index += 1
            }
        }
        return result
    }
}

/// What a title is made of: Unicode scalars, or the bytes of an ASCII text, which are the same.
private protocol TitleUnit: Equatable {
    static var space: Self { get }
    static var openBracket: Self { get }
    static var closeBracket: Self { get }
    static var openParenthesis: Self { get }
    static var closeParenthesis: Self { get }
    var isSpace: Bool { get }
    var needsEscapeOnTerminal: Bool { get }
    /// Punctuation a title does not end with: `.,;:!?-–—`.
    var isTrailingPunctuation: Bool { get }
}

extension Unicode.Scalar: TitleUnit {
    fileprivate static var space: Self { " " }
    fileprivate static var openBracket: Self { "[" }
    fileprivate static var closeBracket: Self { "]" }
    fileprivate static var openParenthesis: Self { "(" }
    fileprivate static var closeParenthesis: Self { ")" }
    fileprivate var isSpace: Bool { isASCII ? UInt8(value).isSpace : properties.isWhitespace }
    fileprivate var isTrailingPunctuation: Bool { isASCII ? UInt8(value).isTrailingPunctuation : self == "–" || self == "—" }
}

extension UInt8: TitleUnit {
    fileprivate static var space: Self { UInt8(ascii: " ") }
    fileprivate static var openBracket: Self { UInt8(ascii: "[") }
    fileprivate static var closeBracket: Self { UInt8(ascii: "]") }
    fileprivate static var openParenthesis: Self { UInt8(ascii: "(") }
    fileprivate static var closeParenthesis: Self { UInt8(ascii: ")") }
    fileprivate var isSpace: Bool { self == UInt8(ascii: " ") || (0x09...0x0D).contains(self) }
    fileprivate var needsEscapeOnTerminal: Bool { self < 0x20 || self == 0x7F }
    fileprivate var isTrailingPunctuation: Bool { ".,;:!?-".utf8.contains(self) }
}

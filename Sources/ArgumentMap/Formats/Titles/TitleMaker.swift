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
            return head.allSatisfy { $0 < 0x80 } ? .some(shortTitle(of: head)) : nil
        }
        return asciiTitle ?? shortTitle(of: Array(text.unicodeScalars.prefix(sourceLength)))
    }

    /// How much of a text its title is looked for in.
    private static let sourceLength = 600

    /// The title in one pass over the words, links reduced to their text as they are met.
    private static func shortTitle<Units: RandomAccessCollection<Units.Element>>(of units: Units) -> String?
    where Units.Element: TitleUnit, Units.Index == Int {
        // The words kept come to at most `maximumLength` units, and the word read after them to one more than that.
        withUnsafeTemporaryAllocation(of: Units.Element.self, capacity: 2 * maximumLength + 1) { title in
            var source = LinkTextReader(units)
            var count = 0
            var wordCount = 0
            var length = 0
            // The last word with an opening parenthesis, and whether it or a word after it closes one.
            var lastOpening: (word: Int, start: Int)?
            var closed = false
            var next = source.next()
            while wordCount < maximumWords {
                while let unit = next, unit.isSpace { next = source.next() }
                guard next != nil else { break }
                let start = count
                if wordCount > 0 {
                    title[count] = .space
                    count += 1
                }
                var wordLength = 0
                var opens = false
                var closes = false
                while let unit = next, !unit.isSpace {
                    if wordLength < maximumLength {
                        if !unit.needsEscapeOnTerminal {
                            title[count] = unit
                            count += 1
                        }
                        opens = opens || unit == .openParenthesis
                        closes = closes || unit == .closeParenthesis
                    }
                    wordLength += 1
                    next = source.next()
                }
                if length + wordLength > maximumLength, wordCount > 0 {
                    count = start
                    break
                }
                if opens { (lastOpening, closed) = ((wordCount, start), closes) } else if closes { closed = true }
                wordCount += 1
                length += wordLength + 1
            }
            if let lastOpening, lastOpening.word > 0, !closed { count = lastOpening.start }
            while count > 0, title[count - 1].isTrailingPunctuation { count -= 1 }
            return count == 0 ? nil : Units.Element.string(UnsafeBufferPointer(rebasing: title[..<count]))
        }
    }
}

/// The units of a text with each Markdown link `[text](url)` reduced to its `text`.
private struct LinkTextReader<Units: RandomAccessCollection<Units.Element>>: IteratorProtocol
where Units.Element: TitleUnit, Units.Index == Int {
    private let units: Units
    private var index: Int
    /// Inside a link's text: where the text ends, and where its link ends.
    private var link: (textEnd: Int, end: Int)?

    init(_ units: Units) {
        self.units = units
        index = units.startIndex
    }

    mutating func next() -> Units.Element? {
        while true {
            if let link, index == link.textEnd {
                index = link.end + 1
                self.link = nil
            }
            guard index < units.endIndex else { return nil }
            guard link == nil, units[index] == .openBracket, let close = units[(index + 1)...].firstIndex(of: .closeBracket),
                  close + 1 < units.endIndex, units[close + 1] == .openParenthesis,
                  let end = units[(close + 1)...].firstIndex(of: .closeParenthesis)
            else { break }
            link = (close, end)
            index += 1
        }
        defer { index += 1 }
        return units[index]
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
    static func string(_ units: UnsafeBufferPointer<Self>) -> String
}

extension Unicode.Scalar: TitleUnit {
    fileprivate static var space: Self { " " }
    fileprivate static var openBracket: Self { "[" }
    fileprivate static var closeBracket: Self { "]" }
    fileprivate static var openParenthesis: Self { "(" }
    fileprivate static var closeParenthesis: Self { ")" }
    fileprivate var isSpace: Bool { isASCII ? UInt8(value).isSpace : properties.isWhitespace }
    fileprivate var isTrailingPunctuation: Bool { isASCII ? UInt8(value).isTrailingPunctuation : self == "–" || self == "—" }
    fileprivate static func string(_ units: UnsafeBufferPointer<Self>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: units)
        return String(scalars)
    }
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
    fileprivate static func string(_ units: UnsafeBufferPointer<Self>) -> String { String(decoding: units, as: UTF8.self) }
}

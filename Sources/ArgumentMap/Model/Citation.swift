/// A quote from a source document that a node rests on: the W3C Web Annotation
/// TextQuoteSelector (`exact` is `quote` here), plus where the map says it.
public struct Citation: Hashable, Sendable {
    public var source: String
    /// The quote, kept with the other texts of its map (as a node's text is) rather than in a `String` of its own.
    var storedQuote: StoredText
    public var prefix: String?
    public var suffix: String?
    /// Where the citing data stands in the map.
    public var location: SourceLocation

    public init(source: String, quote: String, prefix: String? = nil, suffix: String? = nil, location: SourceLocation) {
        self.init(source: source, storedQuote: StoredText(quote), prefix: prefix, suffix: suffix, location: location)
    }

    init(source: String, storedQuote: StoredText, prefix: String?, suffix: String?, location: SourceLocation) {
        self.source = source
        self.storedQuote = storedQuote
        self.prefix = prefix
        self.suffix = suffix
        self.location = location
    }

    /// Made from the map's texts on each call; `withQuoteUTF8` reads the quote in place.
    public var quote: String {
        get { storedQuote.string }
        set { storedQuote = StoredText(newValue) }
    }

    /// Calls `body` with the quote's UTF-8 bytes, where the map keeps them.
    public func withQuoteUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try storedQuote.withUTF8(body)
    }
}

extension Citation {
    /// The keys of node data that describe citations rather than free data.
    public static let dataKeys: Set<String> = ["source", "quote", "prefix", "suffix", "cites"]

    /// Whether `key` is one of `dataKeys`, told without hashing it.
    static func isDataKey(_ key: String) -> Bool {
        switch key {
        case "source", "quote", "prefix", "suffix", "cites": true
        default: false
        }
    }

    /// Reads `{source: ID, quote: "..."}` and `{cites: [{source: ..., quote: ...}, ...]}` from node data.
    /// A citation with a missing field is reported, not dropped silently.
    public static func citations(in data: [DataEntry], at location: SourceLocation) -> (citations: [Citation], problems: [Diagnostic]) {
        var quotes = TextStore(firstChunkCapacity: 0)
        return citations(in: data, at: location, keepingQuotesIn: &quotes)
    }

    /// As `citations(in:at:)`, the quotes kept in `quotes` (a map builder's texts).
    static func citations(
        in data: [DataEntry], at location: SourceLocation, keepingQuotesIn quotes: inout TextStore
    ) -> (citations: [Citation], problems: [Diagnostic]) {
        var citations: [Citation] = []
        var problems: [Diagnostic] = []

        func read(_ fields: [DataEntry], what: String) {
            let source = fields["source"]?.string
            let quote = fields["quote"]?.string
            switch (source, quote) {
            case let (source?, quote?):
                if isBlank(quote) {
                    problems.append(.error("\(what) has an empty quote; give the exact words it cites", at: location))
                    return
                }
                citations.append(Citation(
                    source: source, storedQuote: quotes.store(quote), prefix: fields["prefix"]?.string,
                    suffix: fields["suffix"]?.string, location: location))
            case (nil, _?):
                problems.append(.error("\(what) has a quote but no source; add `source: ID` naming a source from the front matter", at: location))
            case (_?, nil):
                problems.append(.error("\(what) names a source but no quote; add `quote: \"exact words\"`", at: location))
            case (nil, nil):
                break
            }
        }

        read(data, what: "citation")
        if let cites = data["cites"] {
            guard let items = cites.list else {
                problems.append(.error("`cites` must be a list of {source: ID, quote: \"...\"}", at: location))
                return (citations, problems)
            }
            for (index, item) in items.enumerated() {
                guard let fields = item.entries else {
                    problems.append(.error("item \(index + 1) of `cites` must be {source: ID, quote: \"...\"}", at: location))
                    continue
                }
                let before = citations.count + problems.count
                read(fields, what: "item \(index + 1) of `cites`")
                if citations.count + problems.count == before {
                    problems.append(.error("item \(index + 1) of `cites` has neither source nor quote", at: location))
                }
            }
        }
        return (citations, problems)
    }

    /// Whether the quote is white space only. A quote that opens with an ASCII byte other than
    /// white space opens with a character that is not, which is the usual answer, told at once.
    private static func isBlank(_ quote: String) -> Bool {
        if let first = quote.utf8.first, first < 0x80, !(0x09...0x0D).contains(first), first != 0x20 { return false }
        return quote.allSatisfy(\.isWhitespace)
    }
}

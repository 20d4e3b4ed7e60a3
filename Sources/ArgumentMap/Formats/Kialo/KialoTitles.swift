/// Titles claims as `TitleMaker` does, but takes the builder's titles for the titles taken
/// instead of keeping a set of them beside it.
///
/// `TitleMaker` tells titles apart as Swift compares strings, by canonical equivalence, where
/// the builder finds a title by its bytes. Two titles with different bytes can be equivalent
/// only if one has a non-ASCII scalar: those titles are also kept in a set, which compares so,
/// and a non-ASCII title is equivalent to an ASCII one only when its other scalars are the three
/// that decompose to ASCII (U+037E `;`, U+1FEF `` ` ``, U+212A `K`).
struct KialoTitles {
    private var suffixes = TitleSuffixes()
    private var nonASCIITitles: Set<String> = []

    /// A new statement titled `base`, or "base (2)", ... when a claim before has that title.
    mutating func newNode(titled base: String, at location: SourceLocation, in builder: inout MapBuilder) -> NodeID {
        if nonASCIITitles.isEmpty, Self.isASCII(base) {
            let nodeCount = builder.nodes.count
            let id = builder.node(titled: base, kind: .statement, at: location)
            if id.offset == nodeCount { return id }
        }
        let title = suffixes.unique(base) { [nonASCIITitles] in Self.isTaken($0, in: builder, nonASCIITitles: nonASCIITitles) }
        if !Self.isASCII(title) { nonASCIITitles.insert(title) }
        return builder.node(titled: title, kind: .statement, at: location)
    }

    private static func isTaken(_ title: String, in builder: MapBuilder, nonASCIITitles: Set<String>) -> Bool {
        if builder.node(titled: title, kind: .statement) != nil || nonASCIITitles.contains(title) { return true }
        guard let ascii = asciiEquivalent(of: title) else { return false }
        return builder.node(titled: ascii, kind: .statement) != nil
    }

    /// The ASCII title canonically equivalent to a non-ASCII `title`, if there is one.
    private static func asciiEquivalent(of title: String) -> String? {
        var scalars = String.UnicodeScalarView()
        for scalar in title.unicodeScalars {
            switch scalar {
            case _ where scalar.isASCII: scalars.append(scalar)
            case "\u{037E}": scalars.append(";")
            case "\u{1FEF}": scalars.append("`")
            case "\u{212A}": scalars.append("K")
            default: return nil
            }
        }
        let ascii = String(scalars)
        guard ascii == title, !ascii.utf8.elementsEqual(title.utf8) else { return nil }
        return ascii
    }

    private static func isASCII(_ title: String) -> Bool {
        var title = title
        return title.withUTF8 { $0.allSatisfy { $0 < 0x80 } }
    }
}

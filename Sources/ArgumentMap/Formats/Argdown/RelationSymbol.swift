/// A relation symbol at the start of a line: how the member on that line bears on its parent.
struct RelationSymbol: Equatable {
    var kind: RelationKind
    /// `+>`, `->`, `_>`: the parent bears on the member, instead of the member on its parent.
    var pointsToChild: Bool
    var text: String

    /// Reads a symbol at `i`; it must be followed by white space, a title's opening bracket, or the
    /// end of the line, so `-5 degrees` or `_italic_` at a line start stay text.
    static func read(_ line: [UInt8], at i: Int) -> (symbol: RelationSymbol, length: Int)? {
        func byte(_ k: Int) -> UInt8? { i + k < line.count ? line[i + k] : nil }
        guard let first = byte(0), "<>+-_".utf8.contains(first) else { return nil }
        for (text, kind, pointsToChild) in symbols {
            let length = text.utf8.count
            guard text.utf8.enumerated().allSatisfy({ byte($0.offset) == $0.element }) else { continue }
            if let after = byte(length), !ByteText.isSpace(after), after != UInt8(ascii: "["), after != UInt8(ascii: "<") { continue }
            return (RelationSymbol(kind: kind, pointsToChild: pointsToChild, text: text), length)
        }
        return nil
    }

    /// Longest first, so `<+` is not read as `<` and `+`.
    private static let symbols: [(String, RelationKind, Bool)] = [
        ("<+", .support, false), ("<-", .attack, false), ("<_", .undercut, false),
        ("+>", .support, true), ("->", .attack, true), ("_>", .undercut, true),
        ("><", .contradiction, false),
        ("+", .support, false), ("-", .attack, false), ("_", .undercut, false),
    ]
}

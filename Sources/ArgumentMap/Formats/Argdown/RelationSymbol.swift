/// A relation symbol at the start of a line: how the member on that line bears on its parent.
struct RelationSymbol: Equatable {
    var kind: RelationKind
    /// `+>`, `->`, `_>`: the parent bears on the member, instead of the member on its parent.
    var pointsToChild: Bool
    var text: String

    /// Reads a symbol at `i`; it must be followed by white space, a title's opening bracket, or the
    /// end of the line, so `-5 degrees` or `_italic_` at a line start stay text.
    static func read(_ line: UnsafeBufferPointer<UInt8>, at i: Int) -> (symbol: RelationSymbol, length: Int)? {
        func byte(_ k: Int) -> UInt8? { i + k < line.count ? line[i + k] : nil }
        func endsWell(_ length: Int) -> Bool {
            guard let after = byte(length) else { return true }
            return ByteText.isSpace(after) || after == UInt8(ascii: "[") || after == UInt8(ascii: "<")
        }
        guard let first = byte(0) else { return nil }
        // Two-byte symbols first, so `<+` is not read as `<` and `+`; a byte compare per line, not a string walk.
        if let second = byte(1), let symbol = twoByteSymbol(first, second), endsWell(2) { return (symbol, 2) }
        let symbol: RelationSymbol
        switch first {
        case UInt8(ascii: "+"): symbol = RelationSymbol(kind: .support, pointsToChild: false, text: "+")
        case UInt8(ascii: "-"): symbol = RelationSymbol(kind: .attack, pointsToChild: false, text: "-")
        case UInt8(ascii: "_"): symbol = RelationSymbol(kind: .undercut, pointsToChild: false, text: "_")
        default: return nil
        }
        return endsWell(1) ? (symbol, 1) : nil
    }

    private static func twoByteSymbol(_ first: UInt8, _ second: UInt8) -> RelationSymbol? {
        switch (first, second) {
        case (UInt8(ascii: "<"), UInt8(ascii: "+")): RelationSymbol(kind: .support, pointsToChild: false, text: "<+")
        case (UInt8(ascii: "<"), UInt8(ascii: "-")): RelationSymbol(kind: .attack, pointsToChild: false, text: "<-")
        case (UInt8(ascii: "<"), UInt8(ascii: "_")): RelationSymbol(kind: .undercut, pointsToChild: false, text: "<_")
        case (UInt8(ascii: "+"), UInt8(ascii: ">")): RelationSymbol(kind: .support, pointsToChild: true, text: "+>")
        case (UInt8(ascii: "-"), UInt8(ascii: ">")): RelationSymbol(kind: .attack, pointsToChild: true, text: "->")
        case (UInt8(ascii: "_"), UInt8(ascii: ">")): RelationSymbol(kind: .undercut, pointsToChild: true, text: "_>")
        case (UInt8(ascii: ">"), UInt8(ascii: "<")): RelationSymbol(kind: .contradiction, pointsToChild: false, text: "><")
        default: nil
        }
    }

    /// Every symbol, as a message lists them.
    static let all = "+ - _ >< <+ +> <- -> <_ _>"

    /// A character relation symbols are made of, or one a misspelt symbol likely holds.
    static func looksLikeSymbol(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "<"), UInt8(ascii: ">"),
             UInt8(ascii: "~"), UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "^"), UInt8(ascii: "|"):
            true
        default:
            false
        }
    }
}

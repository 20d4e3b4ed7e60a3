/// The title a line opens with, found by a glance rather than by parsing it, so that its look-up
/// can be asked for a line before the parser needs it. A guess: a line it misreads only wastes
/// the glance, since what the parser reads is looked up as usual.
enum TitleLookahead {
    /// How far into a line the glance goes.
    private static let reach = 160

    /// The bytes between the brackets of the `[Title]` or `<Title>` that opens the line at `start`,
    /// after its blanks and perhaps a relation symbol; nil when there is none within reach, or the
    /// title holds a backslash.
    static func title(inLineAt start: Int, of bytes: UnsafeBufferPointer<UInt8>) -> (title: UnsafeBufferPointer<UInt8>, kind: NodeKind)? {
        let limit = min(bytes.count, start + reach)
        var i = min(ByteText.firstNonBlank(in: bytes, from: start), limit)
        if i < limit, !opensTitle(at: i, upTo: limit, in: bytes) {
            var symbolLength = 0
            while i < limit, symbolLength < 2, isSymbolByte(bytes[i]) {
                i += 1
                symbolLength += 1
            }
            guard symbolLength > 0 else { return nil }
            i = min(ByteText.firstNonBlank(in: bytes, from: i), limit)
        }
        guard i < limit, opensTitle(at: i, upTo: limit, in: bytes) else { return nil }
        let (kind, closer) = bytes[i] == UInt8(ascii: "[") ? (NodeKind.statement, UInt8(ascii: "]")) : (.argument, UInt8(ascii: ">"))
        let end = ByteText.first(of: closer == UInt8(ascii: "]") ? "]\\\n" : ">\\\n", in: bytes, from: i + 1)
        guard end < limit, bytes[end] == closer else { return nil }
        return (UnsafeBufferPointer(rebasing: bytes[(i + 1)..<end]), kind)
    }

    /// `[`, or `<` not followed by a relation symbol's byte or a blank (`<+`, `<-`, `<_` are symbols).
    private static func opensTitle(at i: Int, upTo limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes[i] {
        case UInt8(ascii: "["): true
        case UInt8(ascii: "<"): i + 1 < limit && !isSymbolByte(bytes[i + 1]) && !ByteText.isSpace(bytes[i + 1])
        default: false
        }
    }

    private static func isSymbolByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "<")
            || byte == UInt8(ascii: ">")
    }
}

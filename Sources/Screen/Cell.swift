/// One terminal cell. A character two columns wide fills its cell and leaves the next one
/// as a `continuation`, which painters skip.
public struct Cell: Hashable, Sendable {
    /// One grapheme cluster of display width 1 or 2, a space, or "" for a continuation.
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell(" ")
    public static let continuation = Cell("")

    public var isContinuation: Bool { text.isEmpty }
}

/// How the browser may draw: the run loop sets these from the environment.
public struct BrowserOptions: Hashable, Sendable {
    /// False when `NO_COLOR` is set or the terminal has no colors: styles keep bold, dim,
    /// underline and reverse, and drop their colors.
    public var color: Bool
    /// False without a UTF-8 locale: ASCII replaces the box-drawing, arrow and mark glyphs.
    public var unicode: Bool

    public init(color: Bool = true, unicode: Bool = true) {
        self.color = color
        self.unicode = unicode
    }
}

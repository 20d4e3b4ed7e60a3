/// The eight ANSI colors and the terminal's own default.
public enum Color: UInt8, Hashable, Sendable, CaseIterable {
    case `default`, black, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell is drawn. Attributes that a monochrome terminal shows too (bold, reverse,
/// underline) carry meaning on their own; color only adds to them.
public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var dim: Bool
    public var underline: Bool
    public var reverse: Bool
    public var italic: Bool

    public init(foreground: Color = .default, background: Color = .default, bold: Bool = false, dim: Bool = false, underline: Bool = false, reverse: Bool = false, italic: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
        self.italic = italic
    }

    public static let plain = Style()

    /// The same style without colors, for NO_COLOR and monochrome terminals.
    public var withoutColor: Style {
        var copy = self
        copy.foreground = .default
        copy.background = .default
        return copy
    }
}

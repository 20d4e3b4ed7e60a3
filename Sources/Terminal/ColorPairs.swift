import Screen

/// Hands out curses color-pair numbers, one per foreground and background combination,
/// the first time each is asked for. Pair 0 is the terminal's own colors and is never
/// allocated.
public struct ColorPairs: Sendable {
    public struct Pair: Hashable, Sendable {
        public var foreground: Color
        public var background: Color
    }

    /// How many pairs the terminal has, pair 0 included.
    public let capacity: Int
    public private(set) var numbers: [Pair: Int16] = [:]

    public init(capacity: Int) {
        self.capacity = max(1, min(capacity, Int(Int16.max)))
    }

    /// The pair number for these colors, and whether it was just allocated (so the
    /// caller must `init_pair` it). When the terminal has run out, pair 0.
    public mutating func number(foreground: Color, background: Color) -> (number: Int16, isNew: Bool) {
        if foreground == .default && background == .default { return (0, false) }
        let pair = Pair(foreground: foreground, background: background)
        if let number = numbers[pair] { return (number, false) }
        guard numbers.count + 1 < capacity else { return (0, false) }
        let number = Int16(numbers.count + 1)
        numbers[pair] = number
        return (number, true)
    }

    /// The curses color number: -1 for the terminal's default (after `use_default_colors`).
    public static func cursesColor(_ color: Color) -> Int16 {
        color == .default ? -1 : Int16(color.rawValue) - 1
    }
}

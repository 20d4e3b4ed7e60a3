import Screen

/// One row of the key table: the keys, what they do, where, and the help text shown for them.
public struct KeyBinding: Hashable, Sendable {
    public var keys: [Key]
    /// How the help screen and README name the keys, e.g. `j ↓`.
    public var label: String
    public var action: Action
    public var context: KeyContext
    public var help: String

    /// The label for a terminal without UTF-8, which would show an arrow as `?`: `j Down`.
    var asciiLabel: String {
        label.split(separator: " ").map { Self.asciiKeyNames[String($0)] ?? String($0) }.joined(separator: " ")
    }

    private static let asciiKeyNames = ["↓": "Down", "↑": "Up", "←": "Left", "→": "Right"]

    public init(_ label: String, _ keys: [Key], _ action: Action, _ context: KeyContext, _ help: String) {
        self.label = label
        self.keys = keys
        self.action = action
        self.context = context
        self.help = help
    }
}

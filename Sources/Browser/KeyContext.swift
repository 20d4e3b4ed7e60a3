/// Where a key binding applies.
public enum KeyContext: String, Hashable, Sendable, CaseIterable {
    case everywhere = "Everywhere"
    case outline = "Outline"
    case source = "Source view"
    case list = "Lists (help, marks, citing claims, why)"
}

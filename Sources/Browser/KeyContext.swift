/// Where a key binding applies.
public enum KeyContext: String, Hashable, Sendable, CaseIterable {
    case everywhere = "Everywhere"
    case outline = "Outline"
    case source = "Source view"
    case list = "Lists (help, marks, citing claims, why)"
    case marks = "Marks list"

    /// The context whose bindings apply here too, unless this one binds the key itself.
    var enclosing: KeyContext? {
        switch self {
        case .everywhere: nil
        case .outline, .source, .list: .everywhere
        case .marks: .list
        }
    }
}

import ArgumentMap

/// What fills the screen. The outline is always underneath; the others are places the reader
/// went to and comes back from.
enum View: Hashable, Sendable {
    case outline
    case source(SourcePage)
    case help(top: Int)
    case marks(cursor: Int)
    /// The claims that cite one passage, to choose where to go.
    case citers(nodes: [NodeID], cursor: Int)
    /// Why a node has its label, over the attackers and supporters that decide it.
    case explanation(node: NodeID, cursor: Int)

    var context: KeyContext {
        switch self {
        case .outline: .outline
        case .source: .source
        case .marks: .marks
        case .help, .citers, .explanation: .list
        }
    }
}

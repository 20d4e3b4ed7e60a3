/// The open levels of one relation tree, by indentation, as Argdown's lexer keeps them: a deeper line
/// is a child of the line above; a line at an open level's width is its sibling; a dedent to a width
/// no open level has closes the deeper levels and joins the nearest shallower one as a sibling.
struct RelationTree {
    private struct Level {
        var width: Int
        var node: NodeID
    }

    enum Placement: Equatable {
        /// Under `parent`, as Argdown reads it.
        case child(of: NodeID)
        /// Dedented to `width`, which no open level has; read as a sibling at `readAs` columns.
        case unmatchedWidth(parent: NodeID, width: Int, readAs: Int)
        /// Not indented more than the tree's root: no parent. Read under the root to go on.
        case notIndented(root: NodeID)
    }

    private var levels: [Level] = []

    var isEmpty: Bool { levels.isEmpty }
    var depth: Int { levels.count }

    mutating func start(width: Int, root: NodeID) {
        levels = [Level(width: width, node: root)]
    }

    mutating func clear() { levels = [] }

    /// Places a relation member written at `width`; nil when there is no tree to place it in.
    mutating func place(_ node: NodeID, width: Int) -> Placement? {
        guard let top = levels.last else { return nil }
        if width > top.width {
            levels.append(Level(width: width, node: node))
            return .child(of: top.node)
        }
        var closed: Level?
        while levels.count > 1, let last = levels.last, width < last.width {
            closed = levels.removeLast()
        }
        let root = levels[0]
        if levels.count == 1 {
            if let closed, width > root.width {
                levels.append(Level(width: closed.width, node: node))
                return .unmatchedWidth(parent: root.node, width: width, readAs: closed.width)
            }
            levels.append(Level(width: width, node: node))
            return .notIndented(root: root.node)
        }
        let level = levels[levels.count - 1]
        let parent = levels[levels.count - 2].node
        levels[levels.count - 1].node = node
        return level.width == width ? .child(of: parent) : .unmatchedWidth(parent: parent, width: width, readAs: level.width)
    }
}

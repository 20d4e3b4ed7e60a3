import ArgumentMap
import ArgumentParser

/// Finds the node a user named on the command line, or explains what they could have meant.
enum NodeLookup {
    /// The node titled `title` (`Title`, `[Title]` or `<Title>`); otherwise prints the
    /// closest titles and exits with 64 (EX_USAGE).
    static func find(_ title: String, in map: ArgumentMap) throws -> NodeID {
        if let id = map.node(titled: title) { return id }
        let wanted = title.trimmingBrackets.lowercased()
        let near = map.nodes.filter { $0.title.lowercased().contains(wanted) }.prefix(5).map(NodeLabel.title)
        let hint = near.isEmpty ? "`argmap tree` lists every title" : "did you mean " + near.joined(separator: ", ") + "?"
        StandardError.write("argmap: no statement or argument titled \"\(title)\" in \(map.file.map(DisplayPath.fileName) ?? map.title); \(hint)")
        throw ExitCode(64)
    }
}

extension String {
    fileprivate var trimmingBrackets: String {
        guard count >= 2, let first, let last, (first == "[" && last == "]") || (first == "<" && last == ">") else { return self }
        return String(dropFirst().dropLast())
    }
}

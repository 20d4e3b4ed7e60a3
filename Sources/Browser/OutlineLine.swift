import ArgumentMap

/// One line of the outline on screen: a row, or a section heading drawn above a root.
/// Headings are not rows: the cursor, `n/N`, search, folds and filters never see them.
enum OutlineLine: Hashable, Sendable {
    case heading(SectionID, depth: Int)
    case row(Int)
}

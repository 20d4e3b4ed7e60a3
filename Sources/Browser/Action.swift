/// Everything a key can ask the browser to do.
public enum Action: Hashable, Sendable {
    case moveDown, moveUp
    case nextSibling, previousSibling, parent
    case first, last
    case pageDown, pageUp, halfPageDown, halfPageUp
    case foldOrParent, unfoldOrChild, toggleFold
    case foldAll, unfoldAll
    /// Unfolds everything to the depth of the digit pressed.
    case unfoldToDepth
    case foldAllButPath
    /// `]` and `[`: the detail pane, when the selected node says more than fits.
    case scrollDetailDown, scrollDetailUp
    /// `{` and `}`: the detail pane's start and end.
    case detailStart, detailEnd
    /// `i`: hides the detail pane, giving its room to the outline, or shows it again.
    case toggleDetail
    /// Enter: open the cited source, jump from a cross-reference, or choose from a list.
    case follow
    case back, forward
    case search, nextMatch, previousMatch
    case nextSpan, previousSpan
    case toggleDisputed, editNote, showMarks
    /// `d` in the marks list: drops a mark whose claim is gone from the map.
    case dropMark
    case cycleFilter
    case toggleEvaluation, explain
    case help, quit, redraw, suspend
}

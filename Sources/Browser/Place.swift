/// One entry of the back/forward history: the view and the outline exactly as they were.
struct Place: Hashable, Sendable {
    var view: View
    var outline: Outline
}

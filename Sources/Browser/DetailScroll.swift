/// How far the detail pane is scrolled, and for which row: on any other row it starts at the top.
struct DetailScroll: Hashable, Sendable {
    var row: OutlineRow
    var top: Int
}

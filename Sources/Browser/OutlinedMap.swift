import ArgumentMap

/// A whole map made ready for a browser that shows its beginning (`BrowserState.adopt(_:)`):
/// its outline tree is the costly part (about 80 ms at a million nodes), so it is built here,
/// on the thread that read the map, not in the run loop.
public struct OutlinedMap: Sendable {
    let loaded: LoadedMap
    let tree: OutlineTree
    /// The outline a browser opening on the whole map would show first.
    let firstOutline: Outline

    public init(_ loaded: LoadedMap) {
        self.loaded = loaded
        tree = OutlineTree(map: loaded.map)
        firstOutline = BrowserState.firstOutline(tree: tree, map: loaded.map)
    }
}

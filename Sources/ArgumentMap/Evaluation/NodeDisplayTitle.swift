extension Node {
    /// `[Title]` for a statement, `<Title>` for an argument, as Argdown writes them; terminal-safe.
    public var displayTitle: String {
        let safe = title.terminalSafe
        return kind == .statement ? "[\(safe)]" : "<\(safe)>"
    }
}

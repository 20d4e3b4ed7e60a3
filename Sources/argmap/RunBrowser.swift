import ArgumentMap

/// Runs the interactive browser on the terminal until the reader quits.
/// Until the Browser and Terminal modules are wired in here, it prints the outline.
func runBrowser(loaded: LoadedMap) throws {
    TextOutput.printLines(TextOutline(loaded: loaded).write)
}

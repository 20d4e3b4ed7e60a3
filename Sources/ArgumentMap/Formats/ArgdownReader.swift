/// Reads Argdown text into an `ArgumentMap`, collecting every problem instead of stopping at the first.
public enum ArgdownReader {
    public static func read(_ text: String, file: String) -> (map: ArgumentMap, diagnostics: [Diagnostic]) {
        // Placeholder until the parser lands.
        (MapBuilder(file: file).build(), [])
    }
}

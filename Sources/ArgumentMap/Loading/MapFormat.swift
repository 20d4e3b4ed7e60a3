/// The file formats a map can be read from. Each new format adds a case, its detection in
/// `detect(path:bytes:)`, and its reader in `read(_:file:)`.
public enum MapFormat: String, Sendable, CaseIterable {
    case argdown

    /// The format of a map file, from its name and, where that is not enough, its first bytes.
    public static func detect(path: String, bytes: [UInt8]) -> MapFormat {
        .argdown
    }

    /// The map in `bytes`, with every problem found reading it; `file` names it in diagnostics.
    public func read(_ bytes: [UInt8], file: String) -> (map: ArgumentMap, diagnostics: [Diagnostic]) {
        switch self {
        case .argdown: ArgdownReader.read(bytes: bytes, file: file)
        }
    }
}

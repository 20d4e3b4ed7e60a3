/// The file formats a map can be read from. Each new format adds a case, its detection in
/// `detect(path:bytes:)`, and its reader in `read(_:file:)`.
public enum MapFormat: String, Sendable, CaseIterable {
    case argdown
    case kialo
    case aif

    /// The format of a map file, from its first bytes and, where they are not enough, its name:
    /// a JSON object is AIF; a file opening with Kialo's "Discussion Title:"/"Discussion Name:"
    /// or its numbered claims (`1. ...` then `1.1. Pro: ...`) is Kialo; then `.json` means AIF
    /// and `.txt` Kialo; anything else is Argdown.
    public static func detect(path: String, bytes: some Collection<UInt8>) -> MapFormat {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        let content = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if content.hasPrefix("{") { return .aif }
        if content.hasPrefix("Discussion Title:") || content.hasPrefix("Discussion Name:") { return .kialo }
        if content.hasPrefix("1. "), content.contains("\n1.1. Pro:") || content.contains("\n1.1. Con:") { return .kialo }
        let name = path.lowercased()
        if name.hasSuffix(".json") { return .aif }
        if name.hasSuffix(".txt") { return .kialo }
        return .argdown
    }

    /// Whether `head`, a file's beginning, reads like Argdown: it opens with front matter (`===`)
    /// or has a line that defines a statement or an argument (`[Title]: ...`, `<Title>: ...`,
    /// after any indentation and relation sign).
    static func readsLikeArgdown(_ head: some Collection<UInt8>) -> Bool {
        let lines = String(decoding: head, as: UTF8.self).split(whereSeparator: \.isNewline)
        if lines.first?.trimmingPrefix("\u{FEFF}").starts(with: "===") == true { return true }
        return lines.contains { $0.prefixMatch(of: argdownDefinition) != nil }
    }

    private nonisolated(unsafe) static let argdownDefinition = try! Regex(#"\s*(?:[-+_*<>]+\s+)?(?:\[[^\]]+\]|<[^>]+>):"#)

    /// The map in `bytes`, with every problem found reading it; `file` names it in diagnostics.
    public func read(_ bytes: [UInt8], file: String) -> (map: ArgumentMap, diagnostics: [Diagnostic]) {
        switch self {
        case .argdown: return ArgdownReader.read(bytes: bytes, file: file)
        case .kialo: return KialoReader.read(bytes: bytes, file: file)
        case .aif: return AIFReader.read(bytes: bytes, file: file)
        }
    }
}

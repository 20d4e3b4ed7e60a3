/// The formats argmap reads a map from.
public enum MapFormat: String, CaseIterable, Sendable {
    case argdown
    case kialo
    case aif

    /// Guesses the format from the first bytes, then the file name: a JSON object is AIF; a file
    /// opening with Kialo's "Discussion Title:"/"Discussion Name:" or its numbered claims
    /// (`1. ...` then `1.1. Pro: ...`) is Kialo; `.json` and `.txt` names decide when the
    /// content does not; anything else is Argdown.
    public static func detect(bytes: [UInt8], fileName: String) -> MapFormat {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        let content = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if content.hasPrefix("{") { return .aif }
        if content.hasPrefix("Discussion Title:") || content.hasPrefix("Discussion Name:") { return .kialo }
        if content.hasPrefix("1. "), content.contains("\n1.1. Pro:") || content.contains("\n1.1. Con:") { return .kialo }
        let name = fileName.lowercased()
        if name.hasSuffix(".json") { return .aif }
        if name.hasSuffix(".txt") { return .kialo }
        return .argdown
    }

    public func read(bytes: [UInt8], file: String) -> (map: ArgumentMap, diagnostics: [Diagnostic]) {
        switch self {
        case .argdown: ArgdownReader.read(String(decoding: bytes, as: UTF8.self), file: file)
        case .kialo: KialoReader.read(bytes: bytes, file: file)
        case .aif: AIFReader.read(bytes: bytes, file: file)
        }
    }
}

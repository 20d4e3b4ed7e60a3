/// The formats `argmap export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    case argdown
    case json
    case dot
    case markdown
    case aif

    /// The whole file's text. Marks in `options` are written into the map first (a `#disputed`
    /// tag and the note as `mark-note`), so every format shows them.
    public func write(_ map: ArgumentMap, options: ExportOptions = ExportOptions()) -> String {
        let marked = map.applying(options.marks)
        switch self {
        case .argdown: return ArgdownWriter(map: marked).write()
        case .json: return JSONMapWriter(map: marked, options: options).write()
        case .dot: return DotWriter(map: marked, options: options).write()
        case .markdown: return MarkdownWriter(map: marked, options: options).write()
        case .aif: return AIFWriter(map: marked).write()
        }
    }
}

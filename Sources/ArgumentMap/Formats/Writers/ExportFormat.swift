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
        let sink = ExportSink()
        write(map, options: options, to: sink)
        return sink.text
    }

    /// The whole file written to `sink` as it is made, then flushed.
    public func write(_ map: ArgumentMap, options: ExportOptions = ExportOptions(), to sink: ExportSink) {
        let marked = map.applying(options.marks)
        switch self {
        case .argdown: ArgdownWriter(map: marked).write(to: sink)
        case .json: JSONMapWriter(map: marked, options: options).write(to: sink)
        case .dot: DotWriter(map: marked, options: options).write(to: sink)
        case .markdown: MarkdownWriter(map: marked, options: options).write(to: sink)
        case .aif: AIFWriter(map: marked).write(to: sink)
        }
        sink.flush()
    }

    /// How text in this format is made safe for a terminal: JSON's own escapes for JSON, so it
    /// stays valid JSON.
    public var terminalEscaping: ExportSink.Escaping {
        self == .json || self == .aif ? .jsonTerminalSafe : .terminalSafeLines
    }
}

import ArgumentMap

/// While a browser shows only the beginning of a large map: what the status line says of the rest.
struct UnreadRest: Hashable, Sendable {
    /// The map file's name, without its folder.
    var fileName: String
    /// How much of the file the beginning holds, in whole percent.
    var percentShown: Int

    init(file: String?, byteCount: Int, fileSize: Int) {
        fileName = String((file ?? "the map").split(separator: "/").last ?? "the map")
        percentShown = fileSize > 0 ? byteCount * 100 / fileSize : 0
    }

    /// What is being read, for the status line, with shorter forms for a narrow one.
    func notice(ellipsis: String) -> StatusLine.Part {
        let reading = "reading \(fileName.terminalSafe)\(ellipsis)"
        let shown = "\(percentShown < 1 ? "<1" : String(percentShown))%"
        return StatusLine.Part(
            "\(reading) (first \(shown) shown)", "\(reading) \(shown)", "reading\(ellipsis) \(shown)", "reading\(ellipsis)",
            rank: .notice)
    }

    /// What a key whose answer needs the whole map says meanwhile.
    static let refusal = "not yet: the map is still being read"
    /// What moving down from the last row read so far says meanwhile.
    static let endOfBeginning = "no more rows yet: the rest is still being read"
    /// The messages that speak only of the unread rest, and go once the whole map is shown.
    static let messages: Set = [refusal, endOfBeginning]
}

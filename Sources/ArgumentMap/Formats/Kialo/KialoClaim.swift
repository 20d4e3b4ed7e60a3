/// One claim of a Kialo export as written: its number, its stance toward its parent, its text.
struct KialoClaim {
    enum Stance {
        case pro, con, thesis

        /// How a header writes it: `Pro:`.
        var label: StaticString {
            switch self {
            case .pro: "Pro:"
            case .con: "Con:"
            case .thesis: "Thesis:"
            }
        }
    }

    /// "1.2.3": the number Kialo shows, without the trailing dot.
    var number: String
    /// The text as written, its lines joined by spaces; Markdown escapes still in it.
    var text: String = ""
    /// The index of the parent claim among the claims read so far; nil for a top-level thesis.
    var parent: Int32?
    var line: Int32
    var stance: Stance?
}

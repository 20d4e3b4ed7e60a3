/// One claim of a Kialo export as written: its number, its stance toward its parent, its text.
struct KialoClaim {
    enum Stance: String {
        case pro = "Pro"
        case con = "Con"
        case thesis = "Thesis"
    }

    /// "1.2.3": the number Kialo shows, without the trailing dot.
    var number: String
    /// The index of the parent claim among the claims read so far; nil for a top-level thesis.
    var parent: Int?
    var stance: Stance?
    var text: String
    var line: Int
}

/// The first line of a claim: `1.2.3. Pro: text`, `1. text`, or a header alone (`1.1. Con:`).
struct KialoClaimHeader {
    var components: [Int]
    var number: Substring
    var stance: KialoClaim.Stance?
    var rest: Substring

    /// Nil unless the line starts at column 0 with a dotted number ending in a dot.
    init?(_ line: Substring) {
        var index = line.startIndex
        var components: [Int] = []
        var value = 0
        var digits = 0
        while index < line.endIndex, let ascii = line[index].asciiValue {
            if ascii >= 0x30, ascii <= 0x39 {
                guard digits < 9 else { return nil }
                value = value * 10 + Int(ascii - 0x30)
                digits += 1
            } else if ascii == 0x2E, digits > 0 {
                components.append(value)
                value = 0
                digits = 0
            } else {
                break
            }
            index = line.index(after: index)
        }
        guard digits == 0, !components.isEmpty else { return nil }
        let number = line[line.startIndex..<line.index(before: index)]
        var rest = line[index...]
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        rest = rest.drop { $0 == " " || $0 == "\t" }
        var stance: KialoClaim.Stance?
        for candidate in [KialoClaim.Stance.pro, .con, .thesis] {
            let label = candidate.rawValue + ":"
            if rest.utf8.starts(with: label.utf8) {
                let after = rest.dropFirst(label.count)
                if after.isEmpty || after.first == " " || after.first == "\t" {
                    stance = candidate
                    rest = after.drop { $0 == " " || $0 == "\t" }
                }
                break
            }
        }
        self.components = components
        self.number = number
        self.stance = stance
        self.rest = rest
    }
}

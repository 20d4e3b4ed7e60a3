/// A line that has the shape of a child claim's header — a number of two or more parts, then a
/// `Word:` label — yet is not one Kialo writes (`1.2 Pro:`, `1.2.Pro:`, `1.2. Maybe:`,
/// `1.2. Pro:text`), so it is read as text: what is wrong with it, and where.
///
/// A line of text that merely starts with a number ("2. The second point", "1.5 million: a
/// lot") has no label after its number, or no dot and no kind of claim, and is not taken for one.
struct KialoMisshapenHeader {
    /// Where the line goes wrong, counted from 1.
    let column: Int
    let problem: String

    init?(_ line: KialoLine) {
        var index = line.start
        var components = 0
        var endsWithDot = false
        while let ascii = line.asciiCharacter(at: index), ByteText.isDigit(ascii) {
            while let digit = line.asciiCharacter(at: index), ByteText.isDigit(digit) { index += 1 }
            components += 1
            endsWithDot = line.asciiCharacter(at: index) == UInt8(ascii: ".")
            guard endsWithDot else { break }
            index += 1
        }
        guard components >= 2 else { return nil }
        let number = KialoLine.string(line.bytes, line.start..<(endsWithDot ? index - 1 : index))
        let afterNumber = index
        while Self.isBlank(line.asciiCharacter(at: index)) { index += 1 }
        let labelStart = index
        while let ascii = line.asciiCharacter(at: index), ByteText.isASCIILetter(ascii) { index += 1 }
        guard index > labelStart, line.asciiCharacter(at: index) == UInt8(ascii: ":") else { return nil }
        let label = KialoLine.string(line.bytes, labelStart..<index + 1)
        let afterLabel = index + 1
        let kind = ["Pro:", "Con:", "Thesis:"].first { $0.lowercased() == label.lowercased() }
        guard endsWithDot || kind != nil else { return nil }
        let suggested = "`\(number). \(kind ?? label) text`"
        if !endsWithDot {
            column = afterNumber - line.start + 1
            problem = "this claim number has no dot after it; write \(suggested)"
        } else if afterNumber == labelStart {
            column = afterNumber - line.start + 1
            problem = "this claim number has no space after its dot; write \(suggested)"
        } else if kind != label {
            column = labelStart - line.start + 1
            problem = "`\(label)` is no kind of claim; a claim line reads `\(number). Pro: text`, `\(number). Con: text` or `\(number). Thesis: text`"
        } else if afterLabel < line.end, !Self.isBlank(line.asciiCharacter(at: afterLabel)) {
            column = afterLabel - line.start + 1
            problem = "`\(label)` has no space after it; write \(suggested)"
        } else {
            return nil
        }
    }

    private static func isBlank(_ ascii: UInt8?) -> Bool {
        ascii == UInt8(ascii: " ") || ascii == UInt8(ascii: "\t")
    }
}

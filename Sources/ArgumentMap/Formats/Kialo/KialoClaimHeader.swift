/// The first line of a claim: `1.2.3. Pro: text`, `1. text`, or a header alone (`1.1. Con:`).
struct KialoClaimHeader {
    /// "1.2.3", without the trailing dot, as byte offsets.
    var number: Range<Int>
    /// Where the parent's number ends: "1.2" of "1.2.3"; empty for a top-level claim.
    var parentNumber: Range<Int>
    var componentCount: Int
    var firstComponent: Int
    var lastComponent: Int
    var stance: KialoClaim.Stance?
    /// Where the claim's text starts on this line, after the number, the label and their blanks.
    var textStart: Int

    /// Nil unless the line starts at column 0 with a dotted number ending in a dot.
    init?(_ line: KialoLine) {
        var index = line.start
        var componentCount = 0
        var firstComponent = 0
        var lastComponent = 0
        var parentNumber = line.start..<line.start
        var value = 0
        var digits = 0
        var lastDot = line.start
        while let ascii = line.asciiCharacter(at: index) {
            if ascii >= 0x30, ascii <= 0x39 {
                guard digits < 9 else { return nil }
                value = value * 10 + Int(ascii - 0x30)
                digits += 1
            } else if ascii == 0x2E, digits > 0 {
                if componentCount == 0 { firstComponent = value }
                componentCount += 1
                lastComponent = value
                parentNumber = line.start..<lastDot
                lastDot = index
                value = 0
                digits = 0
            } else {
                break
            }
            index += 1
        }
        guard digits == 0, componentCount > 0 else { return nil }
        number = line.start..<index - 1
        guard index == line.end || Self.isBlank(line.asciiCharacter(at: index)) else { return nil }
        index = Self.skippingBlanks(line, from: index)
        for candidate in [KialoClaim.Stance.pro, .con, .thesis] where line.hasBytes(candidate.label, at: index) {
            let afterLabel = line.characterEnd(from: index + candidate.label.utf8CodeUnitCount - 1)
            if afterLabel == line.end || Self.isBlank(line.asciiCharacter(at: afterLabel)) {
                stance = candidate
                index = Self.skippingBlanks(line, from: afterLabel)
            }
            break
        }
        self.parentNumber = parentNumber
        self.componentCount = componentCount
        self.firstComponent = firstComponent
        self.lastComponent = lastComponent
        textStart = index
    }

    private static func skippingBlanks(_ line: KialoLine, from start: Int) -> Int {
        var index = start
        while isBlank(line.asciiCharacter(at: index)) { index += 1 }
        return index
    }

    private static func isBlank(_ ascii: UInt8?) -> Bool {
        ascii == UInt8(ascii: " ") || ascii == UInt8(ascii: "\t")
    }
}

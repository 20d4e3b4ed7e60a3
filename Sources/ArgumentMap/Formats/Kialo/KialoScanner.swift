/// The first pass over a Kialo export: splits it into the discussion title, the claims (with
/// their continuation lines joined) and the numbered entries of a trailing "Sources:" block.
///
/// A numbered line starts a claim only when its number is the next one Kialo would give:
/// a top-level thesis numbered one more than the last, or a labelled (Pro/Con/Thesis) child of a
/// claim already read, numbered above that claim's last child. Anything else, such as a line of
/// a claim's text that happens to start with "1. ", continues the text of the claim before it.
struct KialoScanner {
    var title: String?
    var claims: [KialoClaim] = []
    /// "[3] Some paper. "An excerpt."" by marker number.
    var references: [Int: String] = [:]
    var problems: [Diagnostic] = []

    private var claimByNumber: [Substring: Int] = [:]
    private var lastChild: [Int] = []
    private var lastThesis = 0
    private var pieces: [Substring] = []
    private var awaitingTitle = false
    private var inSources = false
    private var currentReference: Int?
    private var referencePieces: [Substring] = []
    private let file: String

    init(text: String, file: String) {
        self.file = file
        // Lines are cut at LF bytes (a CR before it dropped), not at Characters, which is much faster.
        let bytes = text.utf8
        var lineNumber = 0
        var start = bytes.startIndex
        while start <= bytes.endIndex {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex
            var lineEnd = end
            if lineEnd > start, bytes[bytes.index(before: lineEnd)] == 0x0D { lineEnd = bytes.index(before: lineEnd) }
            lineNumber += 1
            scan(text[start..<lineEnd], at: lineNumber)
            guard end < bytes.endIndex else { break }
            start = bytes.index(after: end)
        }
        finishClaim()
        finishReference()
    }

    private mutating func scan(_ line: Substring, at lineNumber: Int) {
        let trimmed = line.withoutSurroundingWhitespace
        if inSources {
            scanSourceLine(trimmed)
            return
        }
        if let header = KialoClaimHeader(line), let parent = acceptedParent(of: header, at: lineNumber) {
            finishClaim()
            let index = claims.count
            claims.append(KialoClaim(number: String(header.number), parent: parent, stance: header.stance, text: "", line: lineNumber))
            claimByNumber[header.number] = index
            lastChild.append(0)
            if let parent { lastChild[parent] = header.components.last ?? 0 } else { lastThesis = header.components[0] }
            if !header.rest.isEmpty { pieces.append(header.rest) }
            return
        }
        if claims.isEmpty {
            scanPreamble(trimmed)
        } else if trimmed == "Sources:", line.first == "S" {
            finishClaim()
            inSources = true
        } else if !trimmed.isEmpty {
            pieces.append(trimmed)
        }
    }

    /// `.some(nil)` for a new top-level thesis, `.some(parent)` for a child, nil when the line is text.
    private mutating func acceptedParent(of header: KialoClaimHeader, at lineNumber: Int) -> Int?? {
        if header.components.count == 1 {
            return header.components[0] == lastThesis + 1 ? .some(nil) : nil
        }
        guard header.stance != nil else { return nil }
        let parentNumber = header.number[..<(header.number.lastIndex(of: ".") ?? header.number.startIndex)]
        guard let parent = claimByNumber[parentNumber] else {
            if header.stance != nil, claimByNumber[header.number] == nil {
                problems.append(.warning("claim \(header.number) has no parent claim \(parentNumber) before it; its line is read as text of the claim above", at: SourceLocation(file: file, line: lineNumber, column: 1)))
            }
            return nil
        }
        guard let last = header.components.last, last > lastChild[parent] else { return nil }
        return .some(parent)
    }

    private mutating func scanPreamble(_ trimmed: Substring) {
        if awaitingTitle, !trimmed.isEmpty {
            title = String(trimmed)
            awaitingTitle = false
            return
        }
        for label in ["Discussion Title:", "Discussion Name:"] where trimmed.hasPrefix(label) {
            let rest = trimmed.dropFirst(label.count).withoutSurroundingWhitespace
            if rest.isEmpty { awaitingTitle = true } else { title = String(rest) }
        }
    }

    private mutating func scanSourceLine(_ trimmed: Substring) {
        if let (marker, rest) = Self.referenceMarker(at: trimmed) {
            finishReference()
            currentReference = marker
            referencePieces = rest.isEmpty ? [] : [rest]
        } else if !trimmed.isEmpty, currentReference != nil {
            referencePieces.append(trimmed)
        }
    }

    private mutating func finishClaim() {
        guard !claims.isEmpty, !pieces.isEmpty else { return }
        claims[claims.count - 1].text = pieces.joined(separator: " ")
        pieces.removeAll(keepingCapacity: true)
    }

    private mutating func finishReference() {
        if let currentReference {
            references[currentReference] = referencePieces.joined(separator: " ")
        }
        currentReference = nil
        referencePieces = []
    }

    /// `[12] rest` → (12, rest).
    static func referenceMarker(at text: Substring) -> (Int, Substring)? {
        guard text.first == "[", let close = text.firstIndex(of: "]") else { return nil }
        let digits = text[text.index(after: text.startIndex)..<close]
        guard !digits.isEmpty, digits.count < 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let marker = Int(digits) else { return nil }
        return (marker, text[text.index(after: close)...].withoutSurroundingWhitespace)
    }
}

/// Reads a Kialo export a line at a time, handing over each claim (its continuation lines
/// joined) as soon as its last line is read, and collecting the discussion title and the
/// numbered entries of a trailing "Sources:" block.
///
/// A numbered line starts a claim only when its number is the next one Kialo would give:
/// a top-level thesis numbered one more than the last, or a labelled (Pro/Con/Thesis) child of a
/// claim already read, numbered above that claim's last child. Anything else, such as a line of
/// a claim's text that happens to start with "1. ", continues the text of the claim before it.
///
/// Lines are byte ranges of the file, never strings; only a claim's number and text, the title
/// and the sources become strings.
struct KialoScanner {
    var title: String?
    /// "[3] Some paper. "An excerpt."" by marker number.
    var references: [Int: String] = [:]
    var problems: [Diagnostic] = []

    /// Valid while claims are scanned.
    private let bytes: UnsafeBufferPointer<UInt8>
    private let file: SourceLocation.File
    private let releaseStep: Int
    private let releaseBehind: ((Range<Int>) -> Void)?
    private var lineStart = 0
    private var lineNumber = 0
    private var released = 0
    private var atEnd = false

    /// The number of each claim read, by index.
    private var numbers: [String] = []
    /// The claims by number, brought up to date only when the latest claims do not tell a number.
    private var numberIndex = KialoNumberIndex()
    private var indexedNumbers = 0
    /// The latest claim with one number, two numbers, ...: in Kialo's order, a claim's parent.
    private var latestAtDepth: [Int32] = []
    private var lastChild: [Int32] = []
    private var lastThesis = 0
    /// The claim being read, and its text so far as byte ranges of its lines.
    private var current: KialoClaim?
    private var pieces: [Range<Int>] = []
    /// The claim read to its end, not yet handed over.
    private var finished: KialoClaim?
    private var awaitingTitle = false
    private var inSources = false
    private var currentReference: Int?
    private var referencePieces: [Substring] = []

    /// `releaseBehind` is told, every `releaseStep` bytes or so, of bytes that will not be read again.
    init(bytes: UnsafeBufferPointer<UInt8>, file: String, releaseStep: Int, releaseBehind: ((Range<Int>) -> Void)?) {
        self.bytes = bytes
        self.file = SourceLocation.File(file)
        self.releaseStep = releaseStep
        self.releaseBehind = releaseBehind
    }

    /// How many lines start with a digit: as many as the claims of an export, or a few more, so
    /// the map can be given room for them at once instead of being copied as it grows.
    static func numberedLineCount(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var start = 0
        while start < bytes.count {
            if ByteText.isDigit(bytes[start]) { count += 1 }
            start = ByteText.lineEnd(in: bytes, from: start) + 1
        }
        return count
    }

    /// The next claim, once its last line is read; nil after the last. The title, references and
    /// problems are complete once this has returned nil.
    mutating func nextClaim() -> KialoClaim? {
        while finished == nil, !atEnd { scanLine() }
        if atEnd, finished == nil {
            finishClaim()
            finishReference()
        }
        defer { finished = nil }
        return finished
    }

    /// The index of the claim numbered `number` ("1.2.3") among the claims read so far.
    mutating func claim(numbered number: String) -> Int? {
        var number = number
        return number.withUTF8 { claim(numbered: $0, depth: nil) }
    }

    private mutating func scanLine() {
        // Lines are cut at LF bytes, a CR before it dropped.
        let end = ByteText.lineEnd(in: bytes, from: lineStart)
        var lineEnd = end
        if lineEnd > lineStart, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        lineNumber += 1
        scan(KialoLine(bytes: bytes, start: lineStart, end: lineEnd, number: lineNumber))
        guard end < bytes.count else {
            atEnd = true
            return
        }
        lineStart = end + 1
        let unread = pieces.first?.lowerBound ?? lineStart
        if let releaseBehind, unread - released >= releaseStep {
            releaseBehind(released..<unread)
            released = unread
        }
    }

    private mutating func scan(_ line: KialoLine) {
        if inSources {
            scanSourceLine(line.text.withoutSurroundingWhitespace)
            return
        }
        if let header = KialoClaimHeader(line), let parent = acceptedParent(of: header, on: line) {
            finishClaim()
            let index = numbers.count
            let depth = header.componentCount
            let number = KialoLine.string(bytes, header.number)
            numbers.append(number)
            current = KialoClaim(number: number, parent: parent.map(Int32.init), line: Int32(line.number), stance: header.stance)
            if latestAtDepth.count < depth { latestAtDepth.append(Int32(index)) } else { latestAtDepth[depth - 1] = Int32(index) }
            lastChild.append(0)
            if let parent { lastChild[parent] = Int32(header.lastComponent) } else { lastThesis = header.firstComponent }
            if header.textStart < line.end { pieces.append(header.textStart..<line.end) }
            return
        }
        if numbers.isEmpty {
            scanPreamble(line.text.withoutSurroundingWhitespace)
            return
        }
        let trimmed = line.trimmed
        if trimmed.lowerBound == line.start, trimmed.count == 8, line.hasBytes("Sources:", at: line.start) {
            finishClaim()
            inSources = true
        } else if !trimmed.isEmpty {
            if trimmed.lowerBound == line.start, let misshapen = KialoMisshapenHeader(line), let current {
                problems.append(warning(on: line, column: misshapen.column, "\(misshapen.problem); the line is read as text of claim \(current.number)"))
            }
            pieces.append(trimmed)
        }
    }

    /// `.some(nil)` for a new top-level thesis, `.some(parent)` for a child, nil when the line is text.
    private mutating func acceptedParent(of header: KialoClaimHeader, on line: KialoLine) -> Int?? {
        if header.componentCount == 1 {
            return header.firstComponent == lastThesis + 1 ? .some(nil) : nil
        }
        guard header.stance != nil else { return nil }
        guard let parent = claim(numbered: UnsafeBufferPointer(rebasing: bytes[header.parentNumber]), depth: header.componentCount - 1) else {
            if claim(numbered: UnsafeBufferPointer(rebasing: bytes[header.number]), depth: nil) == nil {
                let number = KialoLine.string(bytes, header.number)
                let parentNumber = KialoLine.string(bytes, header.parentNumber)
                problems.append(warning(on: line, "claim \(number) has no parent claim \(parentNumber) before it; its line is read as text of the claim above"))
            }
            return nil
        }
        let parentNumber = numbers[parent]
        let expected = Int(lastChild[parent]) + 1
        guard header.lastComponent >= expected else {
            let text = current.map { " of claim \($0.number)" } ?? ""
            problems.append(warning(on: line, "claim \(parentNumber).\(header.lastComponent) comes after claim \(parentNumber).\(expected - 1), but Kialo numbers the claims under claim \(parentNumber) in order; its line is read as text\(text)"))
            return nil
        }
        if header.lastComponent > expected {
            problems.append(warning(on: line, "claim \(parentNumber).\(header.lastComponent) comes with no claim \(parentNumber).\(expected) before it; it is read as a claim under claim \(parentNumber), with a gap in the numbering"))
        }
        return .some(parent)
    }

    private func warning(on line: KialoLine, column: Int = 1, _ message: String) -> Diagnostic {
        .warning(message, at: SourceLocation(file: file, line: line.number, column: column))
    }

    /// The claim numbered `number`: the latest claim of its depth when that is the one, else
    /// looked up among all claims read so far.
    private mutating func claim(numbered number: UnsafeBufferPointer<UInt8>, depth: Int?) -> Int? {
        if let depth, depth <= latestAtDepth.count {
            let latest = Int(latestAtDepth[depth - 1])
            if numbers[latest].utf8.elementsEqual(number) { return latest }
        }
        while indexedNumbers < numbers.count {
            numberIndex.insert(indexedNumbers, in: numbers)
            indexedNumbers += 1
        }
        return numberIndex.find(number, in: numbers)
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

    /// Hands the claim over, its text the pieces joined by spaces straight from the file's bytes.
    private mutating func finishClaim() {
        guard var claim = current else { return }
        current = nil
        if !pieces.isEmpty {
            let length = pieces.reduce(pieces.count - 1) { $0 + $1.count }
            claim.text = String(unsafeUninitializedCapacity: length) { text in
                var at = 0
                for piece in pieces {
                    if at > 0 {
                        text[at] = UInt8(ascii: " ")
                        at += 1
                    }
                    _ = UnsafeMutableBufferPointer(rebasing: text[at..<at + piece.count]).initialize(from: bytes[piece])
                    at += piece.count
                }
                return at
            }
            pieces.removeAll(keepingCapacity: true)
        }
        finished = claim
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

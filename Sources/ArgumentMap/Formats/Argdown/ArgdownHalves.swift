/// Reads a large map on two cores: the file is cut at a level-1 heading near its middle, and while
/// one parser reads the first half, another thread reads the later half in parts, each cut at a
/// heading too, each with a parser of its own. The parts are then appended to the first half in
/// order, each let go of once appended, so the model is never held twice. The result is the one a
/// single pass gives: where a part would read differently after what comes before it (its heading
/// lies in a comment, say, or it numbers untitled statements), the parser before it reads on instead.
enum ArgdownHalves {
    /// Smaller files are read in one pass: a second thread would cost more than it saves.
    static let minimumSize = 4 << 20
    /// How many parts the later half is read in. Appending a part holds its nodes twice for a
    /// moment, so the more parts, the less memory the reading takes at its peak.
    static let laterParts = 16

    /// How much of the file the first parser reads: less than half, since it then appends the
    /// later parts, most of them while the other thread still reads the last ones. Not less: the
    /// first parser's arrays then grow while more of the file is still held, and at a third the
    /// peak memory passed 3x the file.
    static let firstShare = (numerator: 3, denominator: 8)

    /// Where a large file is cut, or nil to read it in one pass.
    static func cut(for bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count >= minimumSize else { return nil }
        return cutPoint(atOrAfter: bytes.count * firstShare.numerator / firstShare.denominator, in: bytes)
    }

    /// Each line that opens a level-1 heading (`# ` or `#` and a tab) after a blank line: no data
    /// or expanded inference goes on past a blank line, so only a comment can hide such a heading.
    static func cutPoints(in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        (1..<max(bytes.count, 1)).filter { isCutPoint($0, in: bytes) }
    }

    static func cutPoint(atOrAfter start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = max(start, 1)
        while i < bytes.count {
            if isCutPoint(i, in: bytes) { return i }
            i += 1
        }
        return nil
    }

    private static func isCutPoint(_ i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i > 0, i + 1 < bytes.count, bytes[i - 1] == UInt8(ascii: "\n"), bytes[i] == UInt8(ascii: "#"),
              bytes[i + 1] == UInt8(ascii: " ") || bytes[i + 1] == UInt8(ascii: "\t") else { return false }
        // Blank as the parser reads it: spaces and tabs, then perhaps the carriage return of a CRLF line end.
        var j = i - 2
        if j >= 0 && bytes[j] == UInt8(ascii: "\r") { j -= 1 }
        while j >= 0 && (bytes[j] == UInt8(ascii: " ") || bytes[j] == UInt8(ascii: "\t")) { j -= 1 }
        return j < 0 || bytes[j] == UInt8(ascii: "\n")
    }

    /// The cuts of the later half: `first`, then the next cut point after every part's worth of bytes.
    static func laterCuts(from first: Int, in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        let step = laterStep(from: first, in: bytes)
        var cuts = [first]
        while let last = cuts.last, let next = cutPoint(atOrAfter: last + step, in: bytes) { cuts.append(next) }
        return cuts
    }

    /// At most how many cuts `laterCuts` makes: each is a step or more after the one before.
    private static func maximumLaterCuts(from first: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        (bytes.count - first) / laterStep(from: first, in: bytes) + 1
    }

    private static func laterStep(from first: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        max((bytes.count - first) / laterParts, 1)
    }

    /// Reads `bytes`, which are plain UTF-8 (`ArgdownInput.isPlainUTF8`), cut at `cut` (one of
    /// `cutPoints`). The first half's parser lets go of its bytes as it goes, the later half lets go
    /// of each part once read, where nothing can make them needed again.
    static func read(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String, cut: Int, releaseStep: Int, releaseBehind: ((Range<Int>) -> Void)?
    ) -> (map: ArgumentMap, diagnostics: [Diagnostic]) {
        read(bytes, file: file, cut: cut, checkingUTF8: false, releaseStep: releaseStep, releaseBehind: releaseBehind)!
    }

    /// Reads `bytes` as `read` does, each thread first checking that its share is plain UTF-8, so
    /// neither waits for the whole file to be checked; nil, with none of the bytes let go of, when
    /// a share is not plain (read them with `ArgdownReader.read(bytes:file:)` then).
    static func readIfPlainUTF8(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String, cut: Int, releaseStep: Int, releaseBehind: ((Range<Int>) -> Void)?
    ) -> (map: ArgumentMap, diagnostics: [Diagnostic])? {
        read(bytes, file: file, cut: cut, checkingUTF8: true, releaseStep: releaseStep, releaseBehind: releaseBehind)
    }

    private static func read(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String, cut: Int, checkingUTF8: Bool, releaseStep: Int, releaseBehind: ((Range<Int>) -> Void)?
    ) -> (map: ArgumentMap, diagnostics: [Diagnostic])? {
        // Each thread lets go of bytes, and reads past its own share, only once the other's share is known
        // to be plain. The later half's thread does not wait for it: the two may run one after the other.
        let firstShareIsPlain = Verdict()
        let laterShareIsPlain = Verdict()
        var firstIsPlain = true
        var laterIsPlain = true
        if !checkingUTF8 {
            firstShareIsPlain.give(true)
            laterShareIsPlain.give(true)
        }
        // The other thread looks at the first half (its lines, its comments) before reading the later
        // one, and the first half's parser lets go of none of its bytes until then.
        let firstHalfLookedAt = Latch()
        let releaseFirstHalf = releaseBehind.map { release in
            { (range: Range<Int>) in
                guard laterShareIsPlain.isYes else { return }
                firstHalfLookedAt.wait()
                release(range)
            }
        }
        var first = ArgdownParser(file: file, bytes: bytes, releaseStep: releaseStep, releaseBehind: releaseFirstHalf)
        var isHandedOver = false
        let parts = FinishedParts(capacity: maximumLaterCuts(from: cut, in: bytes))
        var later = LaterHalf(
            file: file, bytes: bytes, cut: cut, release: releaseBehind, firstHalfLookedAt: firstHalfLookedAt, firstShareIsPlain: firstShareIsPlain)
        // The reader goes first: should the two run one after the other, the parts are all there.
        BothCores.run(
            {
                if checkingUTF8 {
                    laterIsPlain = ArgdownInput.isPlainUTF8InOnePass(UnsafeBufferPointer(rebasing: bytes[cut...]))
                    laterShareIsPlain.give(laterIsPlain)
                }
                if laterIsPlain { later.read(handingEachTo: parts) }
            },
            {
                if checkingUTF8 {
                    firstIsPlain = ArgdownInput.isPlainUTF8InOnePass(UnsafeBufferPointer(rebasing: bytes[..<cut]))
                    firstShareIsPlain.give(firstIsPlain)
                }
                guard firstIsPlain else { return }
                first.readFrontMatterFirst()
                isHandedOver = first.handOver(at: cut)
                guard laterShareIsPlain.isYes else { return }
                guard isHandedOver else { return first.readRest() }
                while true {
                    var part = parts.takeNext()
                    guard first.append(&part.parser, isLast: part.isLast) else {
                        return first.readRest(from: part.start, afterLines: part.linesBefore)
                    }
                    let isLast = part.isLast
                    parts.letGo(consume part)
                    if isLast { return }
                }
            })
        assert(isHandedOver || !later.releasedAny, "a part was let go of though the first half did not hand over")
        parts.waitUntilAllLetGo()
        guard firstIsPlain && laterIsPlain else { return nil }
        return (first.finish(), first.diagnostics)
    }

    /// Whether the first half's parser is sure to reach its end in a state a fresh parser can go on
    /// from: at a cut point, only front matter or a comment can keep it from that.
    private static func surelyHandsOver(_ firstHalf: UnsafeBufferPointer<UInt8>) -> Bool {
        var argdownStart = 0
        if let fences = ArgdownParser.frontMatterFences(in: firstHalf) {
            guard let closing = fences.closing else { return false }
            argdownStart = closing.upperBound
        }
        return !ByteText.mayOpenComment(UnsafeBufferPointer(rebasing: firstHalf[argdownStart...]))
    }

    /// The later half, read in parts one after another.
    private struct LaterHalf {
        let file: String
        let bytes: UnsafeBufferPointer<UInt8>
        let cut: Int
        let release: ((Range<Int>) -> Void)?
        /// Opened once the first half has been looked at, which its parser waits for before letting go of any of it.
        let firstHalfLookedAt: Latch
        /// Parts are let go of only once the first share is known to be plain UTF-8, and no more are
        /// read once it is known not to be.
        let firstShareIsPlain: Verdict
        var releasedAny = false

        init(
            file: String, bytes: UnsafeBufferPointer<UInt8>, cut: Int, release: ((Range<Int>) -> Void)?, firstHalfLookedAt: Latch,
            firstShareIsPlain: Verdict
        ) {
            self.file = file
            self.bytes = bytes
            self.cut = cut
            self.release = release
            self.firstHalfLookedAt = firstHalfLookedAt
            self.firstShareIsPlain = firstShareIsPlain
        }

        /// Reads the parts in order, handing each on once read; a part that cannot hand over at the
        /// next cut reads on through it.
        mutating func read(handingEachTo parts: FinishedParts) {
            let firstHalf = UnsafeBufferPointer(rebasing: bytes[..<cut])
            var linesBefore = ByteText.lineFeeds(in: firstHalf)
            // A later part can be let go of only while it cannot be needed again: the first half surely
            // hands over (front matter is closed before the cut and no comment opens after it), and no
            // part so far depends on earlier ones.
            var mayRelease = release != nil && ArgdownHalves.surelyHandsOver(firstHalf)
            firstHalfLookedAt.open()
            let cuts = ArgdownHalves.laterCuts(from: cut, in: bytes)
            var index = 0
            // Where the parts read but not let go of begin: those read before the first share's check was done.
            var heldFrom = cut
            while index < cuts.count && !firstShareIsPlain.isKnownNo {
                let start = cuts[index]
                var next = index + 1
                var parser = ArgdownParser(file: file, bytes: bytes, from: start, upTo: next < cuts.count ? cuts[next] : bytes.count)
                parser.start(afterLines: linesBefore)
                while next < cuts.count && !parser.handOver(at: cuts[next]) { next += 1 }
                if next == cuts.count { parser.readLastPart() }
                mayRelease = mayRelease && !parser.dependsOnEarlierParts
                if mayRelease, let release, firstShareIsPlain.isKnownYes {
                    let end = next < cuts.count ? cuts[next] : bytes.count
                    release(heldFrom..<end)
                    heldFrom = end
                    releasedAny = true
                }
                let linesRead = parser.linesRead
                parts.put(FinishedParts.Part(parser: parser, start: start, linesBefore: linesBefore, isLast: next == cuts.count))
                linesBefore = linesRead
                index = next
            }
        }
    }
}

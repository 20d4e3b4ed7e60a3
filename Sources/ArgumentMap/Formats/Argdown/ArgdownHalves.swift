/// Reads a large map on two cores: one parser reads the file up to a level-1 heading, the first
/// share, and the rest is cut into parts at headings too, each read by a parser of its own on
/// whichever thread is free: the other thread from the start, the first parser's thread whenever
/// the next part to append is not read yet. The first parser appends the parts in order, each let
/// go of once appended, so the model is never held twice. The result is the one a single pass
/// gives: where a part would read differently after what comes before it (its heading lies in a
/// comment, say, or it numbers untitled statements), the parser before it reads on instead.
enum ArgdownHalves {
    /// Smaller files are read in one pass: a second thread would cost more than it saves.
    static let minimumSize = 4 << 20
    /// How many parts the rest is read in. Appending a part holds its nodes twice for a moment, so
    /// the more parts, the less memory the reading takes at its peak; the fewer, the less appending.
    static let laterParts = 16

    /// How much of the file the first parser reads before it appends parts. Less than half, since
    /// it reads slower than a part's parser (its title tables are the whole map's, too large for the
    /// cache), and it reads parts itself whenever the next one is not read yet.
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

    private static func laterStep(from first: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        max((bytes.count - first) / laterParts, 1)
    }

    /// Reads `bytes`, which are plain UTF-8 (`ArgdownInput.isPlainUTF8`), cut at `cut` (one of
    /// `cutPoints`). The first half's parser lets go of its bytes as it goes, the later half lets go
    /// of each part once read, where nothing can make them needed again.
    static func read(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String, cut: Int, releaseStep: Int, releaseBehind: ((Range<Int>) -> Void)?
    ) -> (map: ArgumentMap, diagnostics: [Diagnostic]) {
        read(bytes, file: file, cut: cut, checkingUTF8: false, releaseStep: releaseStep, releaseBehind: releaseBehind, releaseIsLossless: false)!
    }

    /// Reads `bytes` as `read` does, each thread first checking that its share is plain UTF-8, so
    /// neither waits for the whole file to be checked; nil, with none of the bytes let go of, when
    /// a share is not plain (read them with `ArgdownReader.read(bytes:file:)` then).
    /// `releaseIsLossless`: bytes let go of read the same if read again (`FileBuffer.releaseIsLossless`),
    /// so each part's are let go of as soon as it is read rather than once it is appended.
    static func readIfPlainUTF8(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String, cut: Int, releaseStep: Int, releaseBehind: ((Range<Int>) -> Void)?,
        releaseIsLossless: Bool = false
    ) -> (map: ArgumentMap, diagnostics: [Diagnostic])? {
        read(
            bytes, file: file, cut: cut, checkingUTF8: true, releaseStep: releaseStep, releaseBehind: releaseBehind,
            releaseIsLossless: releaseIsLossless)
    }

    private static func read(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String, cut: Int, checkingUTF8: Bool, releaseStep: Int, releaseBehind: ((Range<Int>) -> Void)?,
        releaseIsLossless: Bool
    ) -> (map: ArgumentMap, diagnostics: [Diagnostic])? {
        // The first parser lets go of its bytes as it goes only once the later share is known to be
        // plain (else the whole file is read again); the other thread says so once it has also
        // counted the first share's lines, the last it reads of them.
        let laterShareIsPlain = Verdict()
        var firstIsPlain = true
        var laterIsPlain = true
        let releaseFirstHalf = releaseBehind.map { release in
            { (range: Range<Int>) in
                guard laterShareIsPlain.isYes else { return }
                release(range)
            }
        }
        var first = ArgdownParser(file: file, bytes: bytes, releaseStep: releaseStep, releaseBehind: releaseFirstHalf)
        let parts = LaterParts(
            file: file, bytes: bytes, cuts: laterCuts(from: cut, in: bytes), releaseOnceRead: releaseIsLossless ? releaseBehind : nil)
        // The later share's thread goes first: should the two run one after the other, the parts are all there.
        BothCores.run(
            {
                if checkingUTF8 { laterIsPlain = ArgdownInput.isPlainUTF8InOnePass(UnsafeBufferPointer(rebasing: bytes[cut...])) }
                if laterIsPlain { parts.begin(afterLines: ByteText.lineFeeds(in: UnsafeBufferPointer(rebasing: bytes[..<cut]))) }
                laterShareIsPlain.give(laterIsPlain)
                guard laterIsPlain else { return }
                while parts.readNext() {}
            },
            {
                if checkingUTF8 { firstIsPlain = ArgdownInput.isPlainUTF8InOnePass(UnsafeBufferPointer(rebasing: bytes[..<cut])) }
                guard firstIsPlain else { return parts.stop() }
                first.readFrontMatterFirst()
                let isHandedOver = first.handOver(at: cut)
                if !isHandedOver { parts.stop() }
                guard laterShareIsPlain.isYes else { return }
                guard isHandedOver else { return first.readRest() }
                appendParts(to: &first, from: parts, releasing: releaseIsLossless ? nil : releaseBehind)
            })
        parts.waitUntilAllLetGo()
        guard firstIsPlain && laterIsPlain else { return nil }
        return (first.finish(), first.diagnostics)
    }

    /// Appends the parts in order, reading one itself whenever the next is not read yet and one is
    /// left to claim, so neither thread waits while the other reads. A part that read on through
    /// later cuts stands for the parts it covered, which are passed over; one that cannot be appended
    /// is read again by `first`, with all after it.
    private static func appendParts(to first: inout ArgdownParser, from parts: LaterParts, releasing release: ((Range<Int>) -> Void)?) {
        var next = 0
        while true {
            guard var part = parts.take(next) else {
                _ = parts.readNext()
                continue
            }
            guard first.append(&part.parser, isLast: part.isLast) else {
                parts.stop()
                return first.readRest(from: part.start, afterLines: part.linesBefore)
            }
            // An appended part's bytes are not read again, unless a part it read on over is still being read.
            if let release, part.end == next + 1 { release(parts.range(of: next)) }
            next = part.end
            let isLast = part.isLast
            parts.letGo(consume part)
            if isLast { return }
        }
    }
}

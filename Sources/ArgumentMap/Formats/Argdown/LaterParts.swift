import Dispatch
import Foundation

/// The later share of a large file, in parts cut at level-1 headings, each read by a parser of its
/// own on whichever thread claims it next, and taken in order by the thread that appends them.
/// Parts are claimed in order, so they are read about in the order they are appended.
final class LaterParts: @unchecked Sendable {
    struct Part {
        var parser: ArgdownParser
        /// Where the part begins in the file, and how many lines come before it.
        let start: Int
        let linesBefore: Int
        /// The index of the part after it: one more than its own, or more where it read on through
        /// cuts at which it could not hand over to a fresh parser.
        let end: Int
        var isLast: Bool { end == LaterParts.noMoreParts }
    }

    /// The `end` of the part that reads to the end of the file.
    fileprivate static let noMoreParts = Int.max

    private let file: String
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Part `i` starts at `cuts[i]` and, unless it reads on, ends at the next cut or the file's end.
    private let cuts: [Int]
    /// Lets go of each part's bytes once it is read, where that loses nothing (a mapped file).
    private let releaseOnceRead: ((Range<Int>) -> Void)?

    // Guarded by `changed`.
    private let changed = NSCondition()
    private var read: [Part?]
    private var claimed = 0
    /// How many lines come before the next part to claim, once the lines before the first are counted.
    private var linesBeforeNextClaim: Int?
    private var isStopped = false

    private let disposal = DispatchQueue(label: "argmap.appended-parts")

    init(file: String, bytes: UnsafeBufferPointer<UInt8>, cuts: [Int], releaseOnceRead: ((Range<Int>) -> Void)?) {
        self.file = file
        self.bytes = bytes
        self.cuts = cuts
        self.releaseOnceRead = releaseOnceRead
        read = Array(repeating: nil, count: cuts.count)
    }

    /// Lets parts be claimed, the first after `linesBefore` lines.
    func begin(afterLines linesBefore: Int) {
        changed.withLock {
            linesBeforeNextClaim = linesBefore
            changed.broadcast()
        }
    }

    /// No more parts are claimed: they would not be appended.
    func stop() {
        changed.withLock {
            isStopped = true
            changed.broadcast()
        }
    }

    /// The bytes part `index` starts with, up to the next cut.
    func range(of index: Int) -> Range<Int> {
        cuts[index]..<(index + 1 < cuts.count ? cuts[index + 1] : bytes.count)
    }

    /// Claims the next part and reads it; false when none is left to claim.
    func readNext() -> Bool {
        guard let (index, linesBefore) = claim() else { return false }
        var parser = ArgdownParser(file: file, bytes: bytes, from: cuts[index], upTo: range(of: index).upperBound)
        parser.start(afterLines: linesBefore)
        var next = index + 1
        while next < cuts.count && !parser.handOver(at: cuts[next]) { next += 1 }
        if next == cuts.count { parser.readLastPart() }
        releaseOnceRead?(cuts[index]..<(next < cuts.count ? cuts[next] : bytes.count))
        let part = Part(
            parser: parser, start: cuts[index], linesBefore: linesBefore, end: next == cuts.count ? Self.noMoreParts : next)
        changed.withLock {
            read[index] = part
            changed.broadcast()
        }
        return true
    }

    /// The next part to read and the lines before it, counted from those before the part claimed last.
    private func claim() -> (index: Int, linesBefore: Int)? {
        changed.withLock {
            while linesBeforeNextClaim == nil && !isStopped { changed.wait() }
            guard !isStopped, claimed < cuts.count, let linesBefore = linesBeforeNextClaim else { return nil }
            let index = claimed
            claimed += 1
            if claimed < cuts.count {
                linesBeforeNextClaim = linesBefore + ByteText.lineFeeds(in: UnsafeBufferPointer(rebasing: bytes[range(of: index)]))
            }
            return (index, linesBefore)
        }
    }

    /// Part `index` once read. Nil, without waiting, while it is not read and another part is left
    /// to claim: the caller reads that one meanwhile.
    func take(_ index: Int) -> Part? {
        changed.withLock {
            while read[index] == nil {
                if claimed < cuts.count && !isStopped { return nil }
                changed.wait()
            }
            return read[index].take()
        }
    }

    /// Lets go of a part once appended, on another thread: freeing its texts and arrays is work
    /// the appending thread, the one the reading waits for, need not do.
    func letGo(_ part: consuming Part) {
        let spent = Spent(part)
        disposal.async { spent.part = nil }
    }

    /// Returns once every part let go of is freed, and frees those never taken (passed over, or
    /// read after the reading stopped); call it once both threads are done. The map's index, made
    /// on both cores next, would otherwise keep that thread from running, and the parts held
    /// meanwhile raise the peak memory.
    func waitUntilAllLetGo() {
        disposal.sync {}
        changed.withLock { read.removeAll() }
    }

    private final class Spent: @unchecked Sendable {
        var part: Part?
        init(_ part: consuming Part) { self.part = part }
    }
}

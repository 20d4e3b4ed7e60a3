import Dispatch

/// The later half's parts, handed from the thread that reads them to the one that appends them,
/// each as soon as it is read, so appending overlaps the reading of the parts after it.
/// One thread puts, one thread takes.
final class FinishedParts: @unchecked Sendable {
    struct Part {
        var parser: ArgdownParser
        /// Where the part begins in the file, and how many lines come before it.
        let start: Int
        let linesBefore: Int
        let isLast: Bool
    }

    private let slots: UnsafeMutableBufferPointer<Part?>
    private let finished = DispatchSemaphore(value: 0)
    private let disposal = DispatchQueue(label: "argmap.appended-parts")
    private var putCount = 0
    private var takenCount = 0

    /// `capacity`: at most how many parts are put.
    init(capacity: Int) {
        slots = .allocate(capacity: max(capacity, 1))
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func put(_ part: Part) {
        slots[putCount] = part
        putCount += 1
        finished.signal()
    }

    /// The next part in order, once it is read.
    func takeNext() -> Part {
        finished.wait()
        defer { takenCount += 1 }
        return slots[takenCount].take()!
    }

    /// Lets go of a part once appended, on another thread: freeing its nodes' texts and arrays
    /// takes about 3 ms a part, which the appending thread, the one the reading waits for, need not spend.
    func letGo(_ part: consuming Part) {
        let spent = Spent(part)
        disposal.async { spent.part = nil }
    }

    /// Returns once every part let go of is freed: the map's index, made on both cores next, would
    /// otherwise keep that thread from running, and the parts held meanwhile raise the peak memory.
    func waitUntilAllLetGo() {
        disposal.sync {}
    }

    private final class Spent: @unchecked Sendable {
        var part: Part?
        init(_ part: consuming Part) { self.part = part }
    }
}

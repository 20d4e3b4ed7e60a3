import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Work done on other threads while the browser runs, each result kept here until the run
/// loop takes it. A finished piece of work writes a byte to a pipe whose reading end
/// (`wakeUp`) the run loop waits on beside the terminal, so it wakes up for the result.
final class BackgroundWork<Result: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var finished: [Result] = []
    private let pipeEnds: (read: Int32, write: Int32)

    /// What the run loop waits on; -1 when no pipe could be made, and then `start` works at once.
    var wakeUp: Int32 { pipeEnds.read }

    init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends { _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK) }
            pipeEnds = (ends[0], ends[1])
        } else {
            pipeEnds = (-1, -1)
        }
    }

    deinit {
        if pipeEnds.read >= 0 {
            close(pipeEnds.read)
            close(pipeEnds.write)
        }
    }

    /// Runs `work` on a thread of its own; it hands over each result as soon as it has it.
    func start(_ work: @escaping @Sendable (_ deliver: (Result) -> Void) -> Void) {
        guard pipeEnds.write >= 0 else {
            work(deliver)
            return
        }
        let thread = Thread { [self] in work(deliver) }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The results finished since the last call, in the order they finished.
    func take() -> [Result] {
        var drained = [UInt8](repeating: 0, count: 64)
        while pipeEnds.read >= 0, read(pipeEnds.read, &drained, drained.count) > 0 {}
        return lock.withLock {
            defer { finished = [] }
            return finished
        }
    }

    private func deliver(_ result: Result) {
        lock.withLock { finished.append(result) }
        var byte: UInt8 = 1
        if pipeEnds.write >= 0 { _ = write(pipeEnds.write, &byte, 1) }
    }
}

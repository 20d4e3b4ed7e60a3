import Dispatch

/// Runs two pieces of work at once, one of them on another thread.
enum BothCores {
    /// Returns once both `first` and `second` are done. Each must touch only what the other does not
    /// write, until both are done, or hand it over with its own synchronization. `first` starts no
    /// later than `second`: when no second thread is free, they run one after the other in that order.
    static func run(_ first: () -> Void, _ second: () -> Void) {
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                let work = Work(first: first, second: second)
                DispatchQueue.concurrentPerform(iterations: 2) { index in
                    if index == 0 { work.first() } else { work.second() }
                }
            }
        }
    }

    /// The two closures, handed to the threads; each is called once, by one thread.
    private final class Work: @unchecked Sendable {
        let first: () -> Void
        let second: () -> Void

        init(first: @escaping () -> Void, second: @escaping () -> Void) {
            self.first = first
            self.second = second
        }
    }
}

import Dispatch

/// Lets one thread wait until another has opened it, once: after that, waiting returns at once.
final class Latch: @unchecked Sendable {
    private let opened = DispatchSemaphore(value: 0)
    /// Touched only by the waiting thread.
    private var isKnownOpen = false

    func open() { opened.signal() }

    /// Returns once `open` has been called. Only one thread may wait.
    func wait() {
        guard !isKnownOpen else { return }
        opened.wait()
        isKnownOpen = true
    }
}

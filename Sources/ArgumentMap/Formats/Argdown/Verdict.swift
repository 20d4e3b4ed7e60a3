/// A yes or no that one thread gives and one other thread waits for.
final class Verdict: @unchecked Sendable {
    private let given = Latch()
    /// Written once, before `given` opens; read only after it has.
    private var answer = false

    func give(_ answer: Bool) {
        self.answer = answer
        given.open()
    }

    /// Waits until the verdict is given. Only one thread may ask, by any of these three.
    var isYes: Bool {
        given.wait()
        return answer
    }

    /// Whether the verdict was given, and yes; does not wait.
    var isKnownYes: Bool { given.isOpen && answer }

    /// Whether the verdict was given, and no; does not wait.
    var isKnownNo: Bool { given.isOpen && !answer }
}

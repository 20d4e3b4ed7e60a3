/// A yes or no that one thread gives and one other thread waits for.
final class Verdict: @unchecked Sendable {
    private let given = Latch()
    /// Written once, before `given` opens; read only after it has.
    private var answer = false

    func give(_ answer: Bool) {
        self.answer = answer
        given.open()
    }

    /// Waits until the verdict is given. Only one thread may ask.
    var isYes: Bool {
        given.wait()
        return answer
    }
}

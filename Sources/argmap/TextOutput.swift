#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentMap

/// Buffered lines to a file descriptor. Every line goes through `terminalSafe`, so nothing
/// read from a map or a source can reach the terminal as a control sequence.
struct TextOutput {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private static let flushSize = 1 << 16

    init(descriptor: Int32 = STDOUT_FILENO) {
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.flushSize + 1024)
    }

    /// Writes to standard output every line `produce` emits.
    static func printLines(_ produce: ((String) -> Void) -> Void) {
        var output = TextOutput()
        produce { output.line($0) }
        output.flush()
    }

    mutating func line(_ text: String = "") {
        buffer.append(contentsOf: text.terminalSafe.utf8)
        buffer.append(0x0A)
        if buffer.count >= Self.flushSize { flush() }
    }

    /// Writes what is buffered. A failed write to standard output ends the command
    /// (`StandardOutput`); one to standard error has nowhere to be told.
    mutating func flush() {
        let failure = buffer.withUnsafeBytes { writeEveryByte($0, to: descriptor) }
        if let failure, descriptor == STDOUT_FILENO { StandardOutput.fail(errno: failure) }
        buffer.removeAll(keepingCapacity: true)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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

    mutating func flush() {
        var written = 0
        while written < buffer.count {
            let result = buffer.withUnsafeBytes { bytes in
                bytes.baseAddress.map { write(descriptor, $0 + written, bytes.count - written) } ?? -1
            }
            if result <= 0 { break }
            written += result
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

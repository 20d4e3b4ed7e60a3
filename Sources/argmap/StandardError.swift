#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Messages to standard error, made safe for the terminal.
enum StandardError {
    static func write(_ line: String) {
        var output = TextOutput(descriptor: STDERR_FILENO)
        output.line(line)
        output.flush()
    }
}

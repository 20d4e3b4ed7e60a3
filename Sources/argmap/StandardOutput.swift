#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentMap

/// Standard output, written to as `cat` writes it: a write that fails (a full disk, a closed
/// descriptor) ends the command with a message and 74 (EX_IOERR); a reader that went away
/// (EPIPE, when SIGPIPE is ignored) ends it quietly, with the status SIGPIPE would have given.
enum StandardOutput {
    static let failedWriteStatus: Int32 = 74

    /// Writes every byte, or ends the process.
    static func write(_ bytes: UnsafeRawBufferPointer) {
        if let failure = writeEveryByte(bytes, to: STDOUT_FILENO) { fail(errno: failure) }
    }

    static func write(_ text: String) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    /// Keeps descriptors 1 and 2 taken when the shell closed them (`>&-`), so no file opened
    /// later lands on them and receives the output; writing to them then fails, and says so.
    static func reserveClosedDescriptors() {
        for descriptor in [STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let opened = open("/dev/null", O_RDONLY)
            if opened >= 0 && opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
        }
    }

    static func fail(errno failure: Int32) -> Never {
        if failure == EPIPE { exit(128 + SIGPIPE) }
        StandardError.write("argmap: cannot write to standard output: \(String(cString: strerror(failure)))")
        exit(failedWriteStatus)
    }
}

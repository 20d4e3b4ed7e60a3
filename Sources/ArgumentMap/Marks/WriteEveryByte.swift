#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes every byte to `descriptor`, going on after an interrupted write; the error number of
/// the write that failed, if one did (EIO for one that wrote nothing).
public func writeEveryByte(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
    guard let base = bytes.baseAddress else { return nil }
    var written = 0
    while written < bytes.count {
        let count = write(descriptor, base + written, bytes.count - written)
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else { return count == 0 ? EIO : errno }
        written += count
    }
    return nil
}

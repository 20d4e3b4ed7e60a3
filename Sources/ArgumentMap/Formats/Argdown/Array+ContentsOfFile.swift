import Foundation

extension Array where Element == UInt8 {
    /// The bytes of a regular file, read straight into one array (no `Data` in between, so no second copy).
    static func contents(ofFile path: String) -> [UInt8]? {
        guard let file = OpenRegularFile(path: path) else { return nil }
        let size = file.size
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size, let base = buffer.baseAddress {
                let got = read(file.descriptor, base + count, size - count)
                if got < 0 && errno == EINTR { continue }
                guard got > 0 else {
                    failed = got < 0
                    break
                }
                count += got
            }
        }
        return failed ? nil : bytes
    }
}

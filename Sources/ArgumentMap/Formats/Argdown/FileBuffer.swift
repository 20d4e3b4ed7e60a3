import Foundation

/// A regular file's bytes, read with `read(2)` into anonymous memory of their own. Unlike a
/// mapped file, nothing another program does to the file (truncating it while it is read) can
/// fault the reader: it sees the bytes as they were read. Parts already parsed can be let go,
/// so a large file is not all resident while its model grows.
final class FileBuffer {
    let bytes: UnsafeBufferPointer<UInt8>
    private let capacity: Int
    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Nil when the path cannot be opened as a regular file or reading it fails.
    init?(path: String) {
        guard let file = OpenRegularFile(path: path) else { return nil }
        capacity = file.size
        guard capacity > 0 else {
            bytes = UnsafeBufferPointer(start: nil, count: 0)
            return
        }
        guard let address = mmap(nil, capacity, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
              address != MAP_FAILED
        else { return nil }
        let base = address.assumingMemoryBound(to: UInt8.self)
        var count = 0
        while count < capacity {
            let got = read(file.descriptor, base + count, capacity - count)
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else {
                munmap(address, capacity)
                return nil
            }
            if got == 0 { break }  // The file shrank since its size was read: keep what is there.
            count += got
        }
        bytes = UnsafeBufferPointer(start: base, count: count)
    }

    /// Lets go of the whole pages within `range`; they must not be read again.
    func release(_ range: Range<Int>) {
        let start = (range.lowerBound + Self.pageSize - 1) / Self.pageSize * Self.pageSize
        let end = range.upperBound / Self.pageSize * Self.pageSize
        guard end > start, let base = bytes.baseAddress else { return }
        madvise(UnsafeMutableRawPointer(mutating: base + start), end - start, MADV_DONTNEED)
    }

    deinit {
        if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), capacity) }
    }
}

import CMappingGuard
import Foundation

/// A regular file's bytes, ready to be read. The file is mapped, so it is neither copied nor
/// given fresh memory: another program truncating it meanwhile would fault the reader (SIGBUS),
/// so the mapping is guarded (CMappingGuard), the lost pages read as zeros and
/// `changedWhileRead` says so. When no guard is to be had, the file is read with `read(2)` into
/// anonymous memory of its own instead. Parts already parsed can be let go either way, so a
/// large file is not all resident while its model grows.
final class FileBuffer {
    let bytes: UnsafeBufferPointer<UInt8>
    private let file: OpenRegularFile
    private let capacity: Int
    /// The guard's number while the file is mapped, nil when it was copied.
    private let mappingGuard: Int32?
    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Nil when the path cannot be opened as a regular file or reading it fails. `copying` reads
    /// the file into memory of its own even where it could be mapped.
    init?(path: String, copying: Bool = false) {
        guard let file = OpenRegularFile(path: path) else { return nil }
        self.file = file
        capacity = file.size
        guard capacity > 0 else {
            bytes = UnsafeBufferPointer(start: nil, count: 0)
            mappingGuard = nil
            return
        }
        if !copying, let (address, mappingGuard) = Self.map(file) {
            bytes = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: capacity)
            self.mappingGuard = mappingGuard
            return
        }
        mappingGuard = nil
        guard let (address, count) = Self.copy(file) else { return nil }
        bytes = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: count)
    }

    /// The file mapped read-only and guarded, or nil when either cannot be done.
    private static func map(_ file: OpenRegularFile) -> (UnsafeMutableRawPointer, Int32)? {
        guard let address = mmap(nil, file.size, PROT_READ, MAP_PRIVATE, file.descriptor, 0), address != MAP_FAILED else { return nil }
        let mappingGuard = argmap_guard_mapping(address, file.size)
        guard mappingGuard >= 0 else {
            munmap(address, file.size)
            return nil
        }
        return (address, mappingGuard)
    }

    /// The file read into fresh anonymous memory, and how many bytes it held.
    private static func copy(_ file: OpenRegularFile) -> (UnsafeMutableRawPointer, Int)? {
        let capacity = file.size
        guard let address = mmap(nil, capacity, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
              address != MAP_FAILED
        else { return nil }
        // A file that shrank since its size was read gives fewer bytes: `changedWhileRead` says so.
        guard let count = file.fill(UnsafeMutableRawBufferPointer(start: address, count: capacity)) else {
            munmap(address, capacity)
            return nil
        }
        return (address, count)
    }

    /// What `reading` makes of the file at `path`, or nil when the file cannot be opened as a
    /// regular file or changed while it was read.
    static func readUnchanged<Read>(_ path: String, with reading: (FileBuffer) -> Read) -> Read? {
        guard let buffer = FileBuffer(path: path) else { return nil }
        let read = reading(buffer)
        return buffer.changedWhileRead ? nil : read
    }

    /// Whether the file was truncated, written to or grown since it was opened, so what was read
    /// of it may be neither the old contents nor the new. Ask once the bytes have been read.
    var changedWhileRead: Bool {
        mappingGuard.map { argmap_mapping_lost_pages($0) != 0 } == true || file.hasChanged
    }

    /// Whether bytes let go of read the same if read again: a mapped file's pages come back from
    /// the file, while a copy's come back as zeros.
    var releaseIsLossless: Bool { mappingGuard != nil }

    /// Lets go of the whole pages within `range`; unless `releaseIsLossless`, they must not be read again.
    func release(_ range: Range<Int>) {
        let start = (range.lowerBound + Self.pageSize - 1) / Self.pageSize * Self.pageSize
        let end = range.upperBound / Self.pageSize * Self.pageSize
        guard end > start, let base = bytes.baseAddress else { return }
        madvise(UnsafeMutableRawPointer(mutating: base + start), end - start, MADV_DONTNEED)
    }

    deinit {
        guard let base = bytes.baseAddress else { return }
        if let mappingGuard { argmap_unguard_mapping(mappingGuard) }
        munmap(UnsafeMutableRawPointer(mutating: base), capacity)
    }
}

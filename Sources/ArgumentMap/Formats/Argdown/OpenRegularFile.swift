import Foundation

/// A regular file opened for reading, with its size; closed when this value is done with.
final class OpenRegularFile {
    let descriptor: Int32
    /// The file as it was when opened.
    let stamp: FileStamp
    var size: Int { stamp.size }

    /// Nil when the path cannot be opened or names no regular file (a folder, a pipe, a device).
    init?(path: String) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        self.stamp = FileStamp(info)
    }

    /// Whether the file is no longer as it was when opened: written to, truncated or grown.
    var hasChanged: Bool {
        var info = stat()
        return fstat(descriptor, &info) != 0 || FileStamp(info) != stamp
    }

    /// Reads the file from its start into `buffer` until the buffer is full or the file ends:
    /// how many bytes were read, or nil when reading failed.
    func fill(_ buffer: UnsafeMutableRawBufferPointer) -> Int? {
        guard let base = buffer.baseAddress else { return 0 }
        var count = 0
        while count < buffer.count {
            let got = pread(descriptor, base + count, buffer.count - count, off_t(count))
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else { return nil }
            if got == 0 { break }  // The file ended first, or shrank since its size was read.
            count += got
        }
        return count
    }

    /// The file's first `limit` bytes, or all of them when it is shorter; nil when reading failed.
    func head(upTo limit: Int) -> [UInt8]? {
        var failed = false
        // Not zeroed first: every byte kept is read into it.
        let bytes = [UInt8](unsafeUninitializedCapacity: min(limit, size)) { buffer, count in
            guard let got = fill(UnsafeMutableRawBufferPointer(buffer)) else {
                failed = true
                return
            }
            count = got
        }
        return failed ? nil : bytes
    }

    deinit { close(descriptor) }
}

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

    deinit { close(descriptor) }
}

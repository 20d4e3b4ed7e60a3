import Foundation

/// What `fstat` tells of a file that changes whenever its contents do: its size and the time it
/// was last written.
struct FileStamp: Equatable {
    let size: Int
    let modifiedSeconds: Int
    let modifiedNanoseconds: Int

    init(_ info: stat) {
        size = Int(info.st_size)
        modifiedSeconds = Int(info.st_mtim.tv_sec)
        modifiedNanoseconds = Int(info.st_mtim.tv_nsec)
    }
}

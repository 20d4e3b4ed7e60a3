#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The beginning of a large Argdown map, read by itself so that a browser can show it while the
/// whole map is read. It ends at a level-1 heading where one pass over the whole file would hand
/// over to a fresh parser (one of `ArgdownHalves`' cut points), so its nodes, relations and
/// sections have the ids the whole map gives them; nodes only referred to so far lack the text,
/// tags and data that come later. Its diagnostics are not kept: a title defined further on would
/// read as never defined.
public struct MapBeginning: Sendable {
    public var map: ArgumentMap
    /// How many of the file's bytes the beginning holds.
    public var byteCount: Int
    public var fileSize: Int

    public init(map: ArgumentMap, byteCount: Int, fileSize: Int) {
        self.map = map
        self.byteCount = byteCount
        self.fileSize = fileSize
    }

    /// Smaller files are read whole before anything is shown: that takes no noticeable time.
    static let minimumFileSize = ArgdownHalves.minimumSize
    /// The beginning ends at the first cut point at or after this many bytes...
    static let targetSize = 256 << 10
    /// ...within this many; a file without one there is read whole first.
    static let sizeLimit = 4 << 20

    /// The beginning of the file at `path` (absolute), named `file` in the map; nil when the file
    /// is smaller than `minimumFileSize`, is not Argdown, or has no cut point in its first
    /// `sizeLimit` bytes that its text up to there would hand over at.
    static func read(
        _ path: String, file: String, format: MapFormat?,
        minimumFileSize: Int = minimumFileSize, targetSize: Int = targetSize, sizeLimit: Int = sizeLimit
    ) -> MapBeginning? {
        // Looked at before it is opened: opening a pipe would wait for a writer.
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) >= minimumFileSize,
              let opened = OpenRegularFile(path: path), opened.size >= minimumFileSize,
              opened.size <= TextFileReader.maximumSize,
              let head = opened.head(upTo: sizeLimit),
              (format ?? MapFormat.detect(path: file, bytes: head.prefix(4096))) == .argdown
        else { return nil }
        return head.withUnsafeBufferPointer { all in
            let bytes = ArgdownInput.droppingByteOrderMark(all)
            guard let (map, end) = read(bytes, file: file, targetSize: targetSize) else { return nil }
            return MapBeginning(map: map, byteCount: all.count - bytes.count + end, fileSize: opened.size)
        }
    }

    /// The map in `bytes` up to the first cut point at or after `targetSize` that it hands over
    /// at, and where that is; nil when there is none, or the bytes up to it are not plain UTF-8.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, file: String, targetSize: Int) -> (map: ArgumentMap, end: Int)? {
        // Front matter closed beyond these bytes would read differently here.
        if let fences = ArgdownParser.frontMatterFences(in: bytes), fences.closing == nil { return nil }
        guard var cut = ArgdownHalves.cutPoint(atOrAfter: targetSize, in: bytes) else { return nil }
        guard ArgdownInput.isPlainUTF8(UnsafeBufferPointer(rebasing: bytes[..<cut])) else { return nil }
        var parser = ArgdownParser(file: file, bytes: bytes, upTo: cut)
        parser.readFrontMatterFirst()
        while !parser.handOver(at: cut) {
            guard let next = ArgdownHalves.cutPoint(atOrAfter: cut + 1, in: bytes),
                  ArgdownInput.isPlainUTF8(UnsafeBufferPointer(rebasing: bytes[cut..<next])) else { return nil }
            cut = next
        }
        return (parser.finish(), cut)
    }
}

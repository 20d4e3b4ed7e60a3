#if canImport(Glibc)
import CFreeMemory
import Glibc
import Testing

/// `argmap_return_free_memory` is what keeps the browser's peak down between its large steps;
/// built without glibc's `malloc_trim` it compiles to nothing, and this is how that shows.
@Suite struct ReturningFreeMemoryTests {
    @Test func pagesFreedInsideTheHeapLeaveTheProcess() throws {
        // Blocks under malloc's mmap threshold come from the heap, whose free pages stay
        // resident until given back; the last block keeps the heap from simply shrinking.
        let blockSize = 64 * 1024
        let blocks = (0..<512).compactMap { _ in malloc(blockSize) }
        try #require(blocks.count == 512)
        for block in blocks { memset(block, 1, blockSize) }
        for block in blocks.dropLast() { free(block) }
        let before = try residentKilobytes()
        argmap_return_free_memory()
        let after = try residentKilobytes()
        free(blocks.last)
        #expect(before - after > 16 * 1024, "resident \(before) kB before, \(after) kB after")
    }

    /// The second field of /proc/self/statm, in pages.
    private func residentKilobytes() throws -> Int {
        let file = open("/proc/self/statm", O_RDONLY)
        try #require(file >= 0)
        defer { close(file) }
        var bytes = [UInt8](repeating: 0, count: 256)
        let count = read(file, &bytes, bytes.count)
        let fields = bytes.prefix(max(0, count)).split(separator: UInt8(ascii: " "))
        let pages = try #require(fields.count > 1 ? Int(String(decoding: fields[1], as: UTF8.self)) : nil)
        return pages * sysconf(Int32(_SC_PAGESIZE)) / 1024
    }
}
#endif

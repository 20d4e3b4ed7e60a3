import Foundation

extension Array where Element == UInt8 {
    /// The bytes of a regular file, read straight into one array (no `Data` in between, so no second copy).
    static func contents(ofFile path: String) -> [UInt8]? {
        guard let file = OpenRegularFile(path: path) else { return nil }
        return file.head(upTo: file.size)
    }
}

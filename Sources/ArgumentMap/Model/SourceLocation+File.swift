import Foundation

extension SourceLocation {
    /// A file's name as a number: the same name, byte for byte, is the same number for the life of
    /// the process. A reader makes one for its file and every location it writes copies four bytes.
    public struct File: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
        private let number: UInt32

        public init(_ name: String) { number = Self.names.number(for: name) }
        public init(stringLiteral name: String) { self.init(name) }

        public var name: String { Self.names.name(of: number) }
        public var description: String { name }

        private static let names = Names()
    }
}

extension SourceLocation.File {
    /// Every file name a location has named in this process, in the order they were first seen.
    private final class Names: @unchecked Sendable {
        // Guarded by `lock`. Keyed by bytes: file names equal as Swift strings (canonically
        // equivalent) may still be different files, and each prints as it was given.
        private var names: [String] = []
        private var numbers: [[UInt8]: UInt32] = [:]
        private let lock = NSLock()

        func number(for name: String) -> UInt32 {
            let bytes = Array(name.utf8)
            return lock.withLock {
                if let number = numbers[bytes] { return number }
                let number = UInt32(names.count)
                names.append(name)
                numbers[bytes] = number
                return number
            }
        }

        func name(of number: UInt32) -> String {
            lock.withLock { names[Int(number)] }
        }
    }
}

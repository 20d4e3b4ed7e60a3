import ArgumentMap
import Foundation

/// Case- and diacritic-insensitive substring test, fast enough to scan a million nodes:
/// an ASCII query is compared byte by byte against ASCII text, and only text with other
/// characters falls back to Foundation's comparison.
struct SearchMatcher {
    let query: String
    /// The query's bytes in lower case, when it is all ASCII.
    private let asciiQuery: [UInt8]?
    /// For a query `#name`, the tag it names: claims carrying exactly that tag match too.
    private let tag: String?

    init(_ query: String) {
        self.query = query
        asciiQuery = query.utf8.allSatisfy { $0 < 0x80 } ? query.utf8.map(Self.lowercased) : nil
        tag = query.first == "#" && query.count > 1 ? String(query.dropFirst()) : nil
    }

    func matches(_ node: Node) -> Bool {
        tag.map(node.tags.contains) == true || contains(node.title) || node.withTextUTF8 { contains($0, text: node.text) } || node.citations.contains { citation in citation.withQuoteUTF8 { contains($0, text: citation.quote) } }
    }

    func contains(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { contains($0, text: text) } ?? Self.foundationContains(text, query)
    }

    /// Whether `haystack`, the UTF-8 of `text`, contains the query. `text` is made only when the
    /// query or the haystack is not all ASCII.
    private func contains(_ haystack: UnsafeBufferPointer<UInt8>, text: @autoclosure () -> String) -> Bool {
        guard let needle = asciiQuery, !needle.isEmpty else { return Self.foundationContains(text(), query) }
        var sawOtherCharacters = false
        let first = needle[0]
        let lastStart = haystack.count - needle.count
        var start = 0
        while start <= lastStart {
            let byte = haystack[start]
            if byte >= 0x80 { sawOtherCharacters = true }
            if Self.lowercased(byte) == first {
                var offset = 1
                while offset < needle.count, Self.lowercased(haystack[start + offset]) == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        if !sawOtherCharacters, start < haystack.count {
            sawOtherCharacters = haystack[start...].contains { $0 >= 0x80 }
        }
        return sawOtherCharacters ? Self.foundationContains(text(), query) : false
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    static func foundationContains(_ text: String, _ query: String) -> Bool {
        text.range(of: query, options: [.caseInsensitive, .diacriticInsensitive]) != nil
    }
}

import Foundation
import Testing
@testable import ArgumentMap

/// Plain text is kept as written and anything else is rendered; the check between them reads
/// sixteen bytes at a time, so what it must notice is put at every place in and across those blocks.
@Suite struct PlainTextCheckTests {
    private let words = "abcdefghij klmnopqrst uvwxyzabcd efghijklmn opqrstu"

    /// `words` with `inserted` put before the character at `offset`, as a statement's text.
    private func text(inserting inserted: String, at offset: Int) -> String {
        let index = words.index(words.startIndex, offsetBy: offset)
        return String(words[..<index]) + inserted + String(words[index...])
    }

    private func readText(_ text: String) -> String? {
        ParsedArgdown("[T]: \(text)")["[T]"]?.text
    }

    @Test(arguments: ["  ", "\t", "\\*"])
    func markupIsRenderedWherever(_ inserted: String) {
        let rendered = inserted == "\\*" ? "*" : " "
        for offset in 1..<words.count where words[words.index(words.startIndex, offsetBy: offset - 1)] != " " {
            let expected = text(inserting: rendered, at: offset).replacingOccurrences(of: "  ", with: " ")
            #expect(readText(text(inserting: inserted, at: offset)) == expected, "inserted at \(offset)")
        }
    }

    @Test func plainTextOfEveryLengthIsKeptAsWritten() {
        for length in 1...words.count {
            let plain = String(words.prefix(length)).trimmingCharacters(in: .whitespaces)
            #expect(readText(plain + "   ") == plain, "length \(length)")
        }
    }

    /// Texts and titles under sixteen bytes are checked in one block, from eight bytes on as two
    /// overlapping words: two spaces anywhere are still folded, and a control byte (which sends a
    /// text the slower way) is still kept as written.
    @Test func shortTextsAndTitlesAreCheckedWherever() {
        for length in 2...15 {
            let short = String(words.prefix(length)).replacingOccurrences(of: " ", with: "x")
            for offset in 1..<length {
                let index = short.index(short.startIndex, offsetBy: offset)
                let spaced = String(short[..<index]) + "  " + String(short[index...])
                let folded = String(short[..<index]) + " " + String(short[index...])
                #expect(readText(spaced) == folded, "length \(length), at \(offset)")
                #expect(ParsedArgdown("[\(spaced)]: text")["[\(folded)]"] != nil, "title of length \(length), at \(offset)")
                let controlled = String(short[..<index]) + "\u{1}" + String(short[index...])
                #expect(readText(controlled) == controlled, "control byte in length \(length), at \(offset)")
            }
        }
    }
}

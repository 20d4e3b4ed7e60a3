/// A source document's text indexed once for quoting: its lines (LF, CRLF or CR endings)
/// and its folded form, so that every quote into it is found without rescanning it.
struct SourceText {
    let bytes: [UInt8]
    /// The byte offset where each line starts.
    let lineStarts: [Int]
    let folded: FoldedText

    /// `bytes` must be valid UTF-8 (a leading byte order mark is dropped).
    init(utf8 bytes: [UInt8]) {
        let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        var starts = [0]
        var index = 0
        while index < text.count {
            switch text[index] {
            case 0x0A:
                starts.append(index + 1)
            case 0x0D:
                if index + 1 < text.count, text[index + 1] == 0x0A { index += 1 }
                starts.append(index + 1)
            default:
                break
            }
            index += 1
        }
        self.bytes = text
        self.lineStarts = starts
        self.folded = FoldedText(text)
    }

    /// The lines without their terminators; a final line terminator does not open an empty line.
    var lines: [String] {
        var result: [String] = []
        result.reserveCapacity(lineStarts.count)
        for (number, start) in lineStarts.enumerated() {
            let end = lineEnd(number)
            if start == bytes.count && number > 0 { break }
            result.append(String(decoding: bytes[start..<end], as: UTF8.self))
        }
        return result
    }

    /// The span covering the folded bytes `range` (which must not start or end with white space).
    func span(ofFolded range: Range<Int>) -> TextSpan {
        let start = folded.originalOffset(of: range.lowerBound)
        let end = folded.originalOffset(of: range.upperBound - 1) + 1
        let startLine = lineIndex(containing: start)
        let endLine = lineIndex(containing: end - 1)
        return TextSpan(
            line: startLine + 1, column: characterCount(from: lineStarts[startLine], to: start) + 1,
            endLine: endLine + 1, endColumn: characterCount(from: lineStarts[endLine], to: end)
        )
    }

    /// The one-based line of the folded byte at `offset`.
    func line(ofFolded offset: Int) -> Int {
        lineIndex(containing: folded.originalOffset(of: offset)) + 1
    }

    private func lineIndex(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The end of line `number`'s text, before its terminator.
    private func lineEnd(_ number: Int) -> Int {
        var end = number + 1 < lineStarts.count ? lineStarts[number + 1] : bytes.count
        while end > lineStarts[number], bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return end
    }

    private func characterCount(from start: Int, to end: Int) -> Int {
        let slice = bytes[start..<end]
        if slice.allSatisfy({ $0 < 0x80 }) { return slice.count }
        return String(decoding: slice, as: UTF8.self).count
    }
}

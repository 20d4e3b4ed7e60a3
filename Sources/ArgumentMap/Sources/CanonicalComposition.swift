import Foundation

/// Unicode's canonical composition (NFC) of a stretch of UTF-8, so that `é` written as one
/// character and `e` followed by a combining accent fold to the same bytes.
enum CanonicalComposition {
    /// `bytes` composed, a character (grapheme cluster) at a time, or nil when composing changes
    /// nothing or `bytes` is not valid UTF-8. A stretch should begin with an ASCII character
    /// or its own start and end before one, so that no composition crosses its ends.
    static func composed(_ bytes: ArraySlice<UInt8>) -> [(composed: String, original: Character)]? {
        guard !isComposed(bytes), let text = String(validating: bytes, as: UTF8.self) else { return nil }
        let characters = text.map { (composed: String($0).precomposedStringWithCanonicalMapping, original: $0) }
        return characters.allSatisfy { $0.composed.utf8.elementsEqual($0.original.utf8) } ? nil : characters
    }

    /// Whether every scalar is one composition leaves as it is and never joins to the one before:
    /// true of most text, which is then read without a look at Unicode's tables.
    private static func isComposed(_ bytes: ArraySlice<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if !isComposedAlone(scalar.value) { return false }
            case .emptyInput: return true
            case .error: return true
            }
        }
    }

    /// Latin letters with their accents already on, common punctuation, kana, CJK ideographs and
    /// Hangul syllables: characters composition keeps as they are, which never combine with the
    /// character before them.
    private static func isComposedAlone(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x300, 0x2010...0x2027, 0x3041...0x3096, 0x30A1...0x30FA, 0x4E00...0x9FFF, 0xAC00...0xD7A3: true
        default: false
        }
    }
}

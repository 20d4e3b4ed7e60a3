import CNcursesW
import Screen
import Testing

/// `DisplayWidth` answers without the C library so rendering does not depend on the locale;
/// ncurses places characters by `wcwidth`, so the two must agree or columns drift.
@Suite struct DisplayWidthAgreementTests {
    static let samples: [ClosedRange<UInt32>] = [
        0x20...0x7E,  // ASCII
        0xA0...0x24F,  // Latin-1 and Latin Extended
        0x300...0x36F,  // combining diacritical marks
        0x370...0x3FF, 0x400...0x4FF,  // Greek, Cyrillic
        0x591...0x5C7,  // Hebrew points
        0x1100...0x11FF,  // Hangul Jamo
        0x2010...0x2027, 0x2190...0x21FF, 0x2500...0x25FF,  // punctuation, arrows, box drawing, shapes
        0x2600...0x27BF,  // symbols and dingbats
        0x2E80...0x2FDF, 0x3000...0x303F, 0x3040...0x30FF,  // CJK radicals, punctuation, kana
        0x4E00...0x4E80, 0x9F00...0x9FFF,  // CJK ideographs
        0xAC00...0xAC80, 0xD780...0xD7A3,  // Hangul syllables
        0xFE00...0xFE0F, 0xFE30...0xFE6F, 0xFF00...0xFFEE,  // selectors, compatibility and fullwidth forms
        0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F900...0x1F9FF,  // emoji
        0x20000...0x20080,  // CJK extension B
    ]

    @Test func displayWidthAgreesWithWcwidth() {
        #expect(setlocale(LC_ALL, "C.UTF-8") != nil, "the C.UTF-8 locale is needed to ask wcwidth")
        var disagreements: [String] = []
        for range in Self.samples {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let system = Int(argmap_wcwidth(wchar_t(bitPattern: value)))
                guard system >= 0 else { continue }  // unassigned in this C library: nothing to agree with
                let ours = DisplayWidth.of(scalar)
                if ours != system { disagreements.append("U+\(String(value, radix: 16, uppercase: true)) ours \(ours) wcwidth \(system)") }
            }
        }
        #expect(disagreements.count == 0, "disagreements: \(disagreements.prefix(40).joined(separator: "; "))")
    }
}

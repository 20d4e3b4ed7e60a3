import Screen
import Testing
@testable import Terminal

@Suite struct ColorPairsTests {
    @Test func defaultColorsUsePairZeroWithoutAllocating() {
        var pairs = ColorPairs(capacity: 256)
        #expect(pairs.number(foreground: .default, background: .default) == (0, false))
        #expect(pairs.numbers.isEmpty)
    }

    @Test func eachCombinationIsAllocatedOnceAndReused() {
        var pairs = ColorPairs(capacity: 256)
        let green = pairs.number(foreground: .green, background: .default)
        let red = pairs.number(foreground: .red, background: .default)
        let greenAgain = pairs.number(foreground: .green, background: .default)
        let inverse = pairs.number(foreground: .default, background: .green)
        #expect(green == (1, true))
        #expect(red == (2, true))
        #expect(greenAgain == (1, false))
        #expect(inverse == (3, true))
    }

    @Test func runningOutFallsBackToTheTerminalsColors() {
        var pairs = ColorPairs(capacity: 3)
        #expect(pairs.number(foreground: .red, background: .default).number == 1)
        #expect(pairs.number(foreground: .green, background: .default).number == 2)
        #expect(pairs.number(foreground: .blue, background: .default) == (0, false))
        #expect(pairs.number(foreground: .red, background: .default) == (1, false))
    }

    @Test func everyCombinationFitsInTheUsual256Pairs() {
        var pairs = ColorPairs(capacity: 256)
        var seen = Set<Int16>()
        for foreground in Color.allCases {
            for background in Color.allCases {
                seen.insert(pairs.number(foreground: foreground, background: background).number)
            }
        }
        #expect(seen.count == Color.allCases.count * Color.allCases.count)
    }

    @Test func cursesColorNumbers() {
        #expect(ColorPairs.cursesColor(.default) == -1)
        #expect(ColorPairs.cursesColor(.black) == 0)
        #expect(ColorPairs.cursesColor(.red) == 1)
        #expect(ColorPairs.cursesColor(.white) == 7)
    }
}

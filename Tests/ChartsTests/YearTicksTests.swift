import Testing
import TestSupport
@testable import Charts

/// Year-axis ticks: whole years, steps of 1, 2, 5, 10 … chosen by span.
struct YearTicksTests {
    @Test(arguments: [
        (1955, 1978, [1955, 1960, 1965, 1970, 1975]),
        (1950, 1953, [1950, 1951, 1952, 1953]),
        (1955, 1964, [1956, 1958, 1960, 1962, 1964]),
        (1900, 2000, [1900, 1920, 1940, 1960, 1980, 2000]),
        (1884, 1991, [1900, 1920, 1940, 1960, 1980]),
        (1984, 1984, [1984]),
        (1985, 1984, [1984, 1985]),
        (-50, 50, [-40, -20, 0, 20, 40]),
        (1, 1_000_000, [200_000, 400_000, 600_000, 800_000, 1_000_000]),
    ])
    func choosesStepBySpan(_ first: Int, _ last: Int, _ expected: [Int]) {
        #expect(YearTicks.ticks(from: first, to: last) == expected)
    }

    @Test func stepGrowsAsRoomShrinks() {
        #expect(YearTicks.step(from: 1950, to: 1990, maxCount: 8) == 10)
        #expect(YearTicks.step(from: 1950, to: 1990, maxCount: 3) == 20)
        #expect(YearTicks.step(from: 1950, to: 1990, maxCount: 0) == 50)
    }

    @Test func extremeYearsDoNotOverflow() {
        let ticks = YearTicks.ticks(from: Int.min, to: Int.max)
        #expect(!ticks.isEmpty && ticks.count <= 8)
    }

    @Test func randomSpansKeepTheRules() {
        var random = SplitMix64(seed: 99)
        for _ in 0..<2_000 {
            let first = Int(random.next() % 4_000) - 2_000
            let last = first + Int(random.next() % 3_000)
            let maxCount = 2 + Int(random.next() % 10)
            let step = YearTicks.step(from: first, to: last, maxCount: maxCount)
            let ticks = YearTicks.ticks(from: first, to: last, maxCount: maxCount)
            #expect(ticks.count <= maxCount)
            #expect(ticks.allSatisfy { $0 >= first && $0 <= last && $0 % step == 0 })
            #expect(ticks == ticks.sorted())
        }
    }
}

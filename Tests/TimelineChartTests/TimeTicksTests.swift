import Testing
import TestSupport
@testable import TimelineChart

/// Tick choice: year steps by span, BCE labels, months for short spans, bounds.
struct TimeTicksTests {
    private func labels(_ first: Int, _ last: Int, maxCount: Int = 12) -> [String] {
        TimeTicks.ticks(from: Fixtures.day(first), to: Fixtures.day(last),
                        maxCount: maxCount).map(\.label)
    }

    @Test(arguments: [
        // The default corpus's span, padded: every 50 years.
        (1588, 2014, ["1600", "1650", "1700", "1750", "1800", "1850", "1900", "1950", "2000"]),
        (1845, 2006, ["1860", "1880", "1900", "1920", "1940", "1960", "1980", "2000"]),
        (1900, 2000, ["1900", "1910", "1920", "1930", "1940", "1950", "1960", "1970", "1980",
                      "1990", "2000"]),
        (1950, 1961, (1950...1961).map(String.init)),
        (1884, 1991, ["1890", "1900", "1910", "1920", "1930", "1940", "1950", "1960", "1970",
                      "1980", "1990"]),
        (1000, 2000, stride(from: 1000, through: 2000, by: 100).map(String.init)),
        // Every 25 years would be 13 ticks, one too many.
        (1700, 2000, ["1700", "1750", "1800", "1850", "1900", "1950", "2000"]),
        (1500, 2000, ["1500", "1550", "1600", "1650", "1700", "1750", "1800", "1850", "1900",
                      "1950", "2000"]),
    ])
    func yearStepsBySpan(_ first: Int, _ last: Int, _ expected: [String]) {
        #expect(labels(first, last) == expected)
    }

    @Test func bceYearsAreRoundAndOneCEStandsForYearZero() {
        // Astronomical -99 is 100 BCE; the tick after 20 BCE is 1 CE, then 20, 40 …
        let ticks = labels(-99, 101)
        #expect(ticks == ["100 BCE", "80 BCE", "60 BCE", "40 BCE", "20 BCE", "1", "20", "40",
                          "60", "80", "100"])
        let days = TimeTicks.ticks(from: Fixtures.day(-99), to: Fixtures.day(101)).map(\.day)
        #expect(days[0] == Fixtures.day(-99) && days[5] == Fixtures.day(1))
        // Yearly ticks have no year zero to skip: 2 BCE, 1 BCE, 1, 2.
        #expect(labels(-1, 3) == ["2 BCE", "1 BCE", "1", "2", "3"])
        #expect(labels(-3000, 2000) == ["3000 BCE", "2500 BCE", "2000 BCE", "1500 BCE",
                                        "1000 BCE", "500 BCE", "1", "500", "1000", "1500",
                                        "2000"])
    }

    @Test func shortSpansGetMonthTicks() {
        let ticks = TimeTicks.ticks(from: Fixtures.day(1950, 3, 1), to: Fixtures.day(1951, 6, 30))
        #expect(ticks.map(\.label)
            == ["Mar 1950", "May", "Jul", "Sep", "Nov", "1951", "Mar", "May"])
        #expect(ticks.first?.day == Fixtures.day(1950, 3, 1))
        // Four yearly ticks are too few: every six months instead.
        #expect(labels(1950, 1953) == ["1950", "Jul", "1951", "Jul", "1952", "Jul", "1953"])
        #expect(labels(1950, 1954) == ["1950", "1951", "1952", "1953", "1954"])
        // Within one month only its first day can be a tick.
        let days = TimeTicks.ticks(from: Fixtures.day(1884, 7, 1), to: Fixtures.day(1884, 7, 20))
        #expect(days.map(\.label) == ["Jul 1884"])
    }

    @Test func roomForFewerTicksWidensTheStep() {
        #expect(labels(1900, 2000, maxCount: 6) == ["1900", "1920", "1940", "1960", "1980",
                                                    "2000"])
        #expect(labels(1900, 2000, maxCount: 2) == ["1900", "2000"])
    }

    @Test func randomSpansKeepTheRules() {
        var random = SplitMix64(seed: 42)
        for _ in 0..<2_000 {
            let first = Int(random.next() % 1_500_000) - 750_000
            let length = 1_500 + Int(random.next() % 1_500_000)
            let maxCount = 3 + Int(random.next() % 10)
            let ticks = TimeTicks.ticks(from: first, to: first + length, maxCount: maxCount)
            #expect(ticks.count <= maxCount)
            #expect(!ticks.isEmpty)
            #expect(ticks.allSatisfy { $0.day >= first && $0.day <= first + length })
            #expect(zip(ticks, ticks.dropFirst()).allSatisfy { $0.day < $1.day })
            if maxCount == 12 && length > 5 * 366 {
                #expect(ticks.count >= 4, "\(first) \(length)")
            }
        }
    }

    @Test func extremeSpansDoNotOverflow() {
        let ticks = TimeTicks.ticks(from: .min, to: .max)
        #expect(!ticks.isEmpty && ticks.count <= 12)
        #expect(TimeTicks.ticks(from: 5, to: 5).count <= 1)
    }
}

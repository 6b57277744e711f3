import Testing
@testable import TimelineChart

/// The axis span: fitted and padded by default, or fixed by year overrides.
struct TimeDomainTests {
    private let century = [
        Fixtures.inYear("a", "A", lane: "l", 1900),
        Fixtures.onDay("b", "B", lane: "l", 1999, 12, 31),
    ]

    @Test func fitsTheMarksWithPadding() {
        let domain = TimeDomain(marks: century, minYear: nil, maxYear: nil)
        let span = Fixtures.day(2000) - Fixtures.day(1900)
        let pad = Int((Double(span) * TimeDomain.paddingFraction).rounded())
        #expect(domain.lower == Fixtures.day(1900) - pad)
        #expect(domain.upper == Fixtures.day(2000) + pad)
    }

    @Test func aSingleDayGetsMonthsAround() {
        let mark = Fixtures.onDay("a", "A", lane: "l", 1884, 7, 7)
        let domain = TimeDomain(marks: [mark], minYear: nil, maxYear: nil)
        #expect(domain.lower == mark.start - TimeDomain.minimumPadding)
        #expect(domain.upper == mark.end + 1 + TimeDomain.minimumPadding)
    }

    @Test func overridesZoom() {
        let both = TimeDomain(marks: century, minYear: 1950, maxYear: 1960)
        #expect(both.lower == Fixtures.day(1950) && both.upper == Fixtures.day(1961))
        let swapped = TimeDomain(marks: century, minYear: 1960, maxYear: 1950)
        #expect(swapped == both)
        let onlyMin = TimeDomain(marks: century, minYear: 1950, maxYear: nil)
        #expect(onlyMin.lower == Fixtures.day(1950) && onlyMin.upper > Fixtures.day(2000))
        let beyond = TimeDomain(marks: century, minYear: 2100, maxYear: nil)
        #expect(beyond.lower == Fixtures.day(2100) && beyond.upper == Fixtures.day(2101))
        let huge = TimeDomain(marks: [], minYear: .min, maxYear: .max)
        #expect(huge.lower < huge.upper)
    }

    @Test func noMarksAndNoOverridesGiveOneYear() {
        let domain = TimeDomain(marks: [], minYear: nil, maxYear: nil)
        #expect(domain.length == 366)
        #expect(TimeDomain(lower: 10, upper: 10).length == 60)
    }

    @Test func overlapTreatsEndsAsWholeDays() {
        let domain = TimeDomain(lower: 100, upper: 200)
        #expect(domain.overlaps(start: 99, end: 100))
        #expect(!domain.overlaps(start: 90, end: 99))
        #expect(domain.overlaps(start: 199, end: 300))
        #expect(!domain.overlaps(start: 200, end: 300))
    }
}

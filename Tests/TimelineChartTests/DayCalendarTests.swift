import Foundation
import Testing
import TestSupport
@testable import TimelineChart

/// Day numbers to dates and back: the epoch, leap years, BCE years, huge values.
struct DayCalendarTests {
    typealias D = DayCalendar.Date

    @Test(arguments: [
        (0, D(year: 1970, month: 1, day: 1)),
        (-1, D(year: 1969, month: 12, day: 31)),
        (11_016, D(year: 2000, month: 2, day: 29)),
        (11_017, D(year: 2000, month: 3, day: 1)),
        (-25_013, D(year: 1901, month: 7, day: 9)),
        (-31_223, D(year: 1884, month: 7, day: 7)),
        (-719_528, D(year: 0, month: 1, day: 1)),
        (-719_529, D(year: -1, month: 12, day: 31)),
        (-735_234, D(year: -44, month: 12, day: 31)),
    ])
    func knownDays(_ day: Int, _ date: D) {
        #expect(DayCalendar.date(ofDay: day) == date)
        #expect(DayCalendar.dayNumber(year: date.year, month: date.month, day: date.day) == day)
    }

    @Test func agreesWithFoundationSince1600() throws {
        // Foundation's Gregorian calendar is Julian before October 1582, so it is an
        // independent witness only after that.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        var random = SplitMix64(seed: 7)
        for _ in 0..<2_000 {
            let day = Int(random.next() % 183_000) - 135_000
            let date = Date(timeIntervalSince1970: Double(day) * 86_400)
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            #expect(DayCalendar.date(ofDay: day)
                == D(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0))
        }
    }

    @Test func leapYears() {
        for year in [2000, 1600, 1996, 0, -4, -400] {
            #expect(DayCalendar.isLeapYear(year), "\(year)")
            #expect(DayCalendar.date(ofDay: DayCalendar.dayNumber(year: year, month: 3, day: 1)
                - 1).day == 29)
        }
        for year in [1900, 1800, 2001, -1, -100, 1] {
            #expect(!DayCalendar.isLeapYear(year), "\(year)")
            #expect(DayCalendar.date(ofDay: DayCalendar.dayNumber(year: year, month: 3, day: 1)
                - 1).day == 28)
        }
        #expect(DayCalendar.firstDay(ofYear: 2001) - DayCalendar.firstDay(ofYear: 2000) == 366)
        #expect(DayCalendar.firstDay(ofYear: 1901) - DayCalendar.firstDay(ofYear: 1900) == 365)
        #expect(DayCalendar.firstDay(ofYear: 1) - DayCalendar.firstDay(ofYear: 0) == 366)
    }

    @Test func yearOfDayAroundTheEra() {
        #expect(DayCalendar.year(ofDay: DayCalendar.firstDay(ofYear: 1)) == 1)
        #expect(DayCalendar.year(ofDay: DayCalendar.firstDay(ofYear: 1) - 1) == 0)
        #expect(DayCalendar.year(ofDay: DayCalendar.firstDay(ofYear: -43)) == -43)
        #expect(DayCalendar.year(ofDay: DayCalendar.firstDay(ofYear: -43) - 1) == -44)
    }

    @Test func roundTripsAndStepsOneDayAtATime() {
        var random = SplitMix64(seed: 11)
        for _ in 0..<5_000 {
            let range = UInt64(DayCalendar.supportedDays.upperBound) * 2
            let day = Int(random.next() % range) - DayCalendar.supportedDays.upperBound
            let date = DayCalendar.date(ofDay: day)
            #expect(DayCalendar.dayNumber(year: date.year, month: date.month, day: date.day)
                == day)
            let next = DayCalendar.date(ofDay: day + 1)
            let sameMonth = next.year == date.year && next.month == date.month
            #expect(sameMonth ? next.day == date.day + 1 : next.day == 1)
        }
    }

    @Test func extremeDaysAreClamped() {
        #expect(DayCalendar.date(ofDay: .max) == DayCalendar.date(ofDay: 365_000_000))
        #expect(DayCalendar.date(ofDay: .min).year < -990_000)
    }

    @Test(arguments: [
        (1850, "1850"), (1, "1"), (0, "1 BCE"), (-43, "44 BCE"), (-999, "1000 BCE"),
        (2001, "2001"), (12_000, "12000"),
    ])
    func yearLabels(_ year: Int, _ text: String) {
        #expect(YearText.year(year) == text)
    }

    @Test func monthLabels() {
        #expect(YearText.month(3, year: 1884, withYear: true) == "Mar 1884")
        #expect(YearText.month(12, year: 1884, withYear: false) == "Dec")
        #expect(YearText.month(7, year: -43, withYear: true) == "Jul 44 BCE")
        #expect(YearText.month(13, year: 1, withYear: false) == "Dec")
    }
}

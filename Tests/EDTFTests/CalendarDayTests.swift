import EDTF
import Testing

@Suite("Calendar days")
struct CalendarDayTests {
    @Test(
        "Gregorian leap years, including year 0 and negative years",
        arguments: [
            (2000, true), (1900, false), (1981, false), (1980, true), (2024, true), (2100, false),
            (1600, true), (0, true), (-1, false), (-4, true), (-100, false), (-400, true),
            (-44, true), (-43, false),
        ])
    func leapYear(year: Int, isLeap: Bool) {
        #expect(CalendarDay.isLeapYear(year) == isLeap)
        #expect(CalendarDay.daysInMonth(2, year: year) == (isLeap ? 29 : 28))
        #expect((CalendarDay(year: year, month: 2, day: 29) != nil) == isLeap)
    }

    @Test func monthLengths() {
        let lengths = (1...12).map { CalendarDay.daysInMonth($0, year: 2023) }
        #expect(lengths == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
    }

    @Test(
        "days that do not exist",
        arguments: [
            (1981, 2, 29), (1985, 13, 1), (1985, 0, 1), (1985, 4, 31), (1985, 4, 0),
            (2_000_000_000, 1, 1), (-2_000_000_000, 1, 1),
        ])
    func invalidDay(year: Int, month: Int, day: Int) {
        #expect(CalendarDay(year: year, month: month, day: day) == nil)
    }

    @Test("consecutive days have consecutive numbers across 800 years around year 0")
    func consecutiveDays() throws {
        var expected = try #require(CalendarDay(year: -401, month: 1, day: 1)).dayNumber
        for year in -401...401 {
            for month in 1...12 {
                for day in 1...CalendarDay.daysInMonth(month, year: year) {
                    let calendarDay = try #require(CalendarDay(year: year, month: month, day: day))
                    #expect(calendarDay.dayNumber == expected)
                    expected += 1
                }
            }
        }
    }

    @Test(
        "day numbers round-trip and repeat every 400 years",
        arguments: [
            -1_000_000_000, -170_000_002, -10_000, -401, -400, -44, -1, 0, 1, 1582, 1900, 1970,
            2000,
            9999, 170_000_002, 999_999_999,
        ])
    func roundTrip(year: Int) throws {
        for (month, day) in [(1, 1), (2, 28), (3, 1), (12, 31)] {
            let calendarDay = try #require(CalendarDay(year: year, month: month, day: day))
            #expect(CalendarDay(dayNumber: calendarDay.dayNumber) == calendarDay)
            if let earlier = CalendarDay(year: year - 400, month: month, day: day) {
                #expect(calendarDay.dayNumber - earlier.dayNumber == 146_097)
            }
        }
        let first = try #require(CalendarDay(year: year, month: 1, day: 1))
        let last = try #require(CalendarDay(year: year, month: 12, day: 31))
        #expect(last.dayNumber - first.dayNumber == (CalendarDay.isLeapYear(year) ? 365 : 364))
    }

    @Test func dayNumbersOutsideTheSupportedRangeGiveNil() {
        #expect(CalendarDay(dayNumber: .max) == nil)
        #expect(CalendarDay(dayNumber: .min) == nil)
        #expect(CalendarDay(dayNumber: CalendarDay.supportedDayNumbers.upperBound + 1) == nil)
        #expect(CalendarDay(dayNumber: CalendarDay.supportedDayNumbers.lowerBound) != nil)
        #expect(CalendarDay(dayNumber: 0) == CalendarDay.epoch)
    }

    @Test func ordering() throws {
        let days = try [
            (2000, 1, 1), (-44, 3, 15), (1999, 12, 31), (0, 1, 1), (1999, 2, 1),
        ].map { try #require(CalendarDay(year: $0.0, month: $0.1, day: $0.2)) }
        let sorted = days.sorted()
        #expect(
            sorted.map(\.iso) == [
                "-0044-03-15", "0000-01-01", "1999-02-01", "1999-12-31", "2000-01-01",
            ])
        #expect(sorted.map(\.dayNumber) == sorted.map(\.dayNumber).sorted())
    }

    @Test func isoForm() throws {
        #expect(try #require(CalendarDay(year: 44, month: 3, day: 5)).iso == "0044-03-05")
        #expect(
            try #require(CalendarDay(year: -44, month: 3, day: 15)).description
                == "-0044-03-15")
        #expect(try #require(CalendarDay(year: 12345, month: 1, day: 1)).iso == "12345-01-01")
    }
}

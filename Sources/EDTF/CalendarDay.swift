/// A day of the proleptic Gregorian calendar, with astronomical year numbering.
///
/// Year `0` is 1 BCE and year `-1` is 2 BCE, as in ISO 8601 and EDTF. The Gregorian leap-year
/// rule is applied to every year, including those before 1582 and before year 1.
package struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The years this type represents: EDTF `Y` years have at most nine digits; one more year
    /// on each side leaves room for the end of a winter season.
    package static let supportedYears = -1_000_000_000...1_000_000_000

    /// The astronomical year (0 = 1 BCE).
    package let year: Int
    /// The month, 1 through 12.
    package let month: Int
    /// The day of the month, 1 through the length of the month.
    package let day: Int

    /// Creates a day, or returns `nil` if it does not exist (such as 1981-02-29) or its year is
    /// outside `supportedYears`.
    package init?(year: Int, month: Int, day: Int) {
        guard Self.supportedYears.contains(year), (1...12).contains(month),
            (1...Self.daysInMonth(month, year: year)).contains(day)
        else { return nil }
        self.init(unchecked: year, month: month, day: day)
    }

    /// Creates a day the caller has already validated.
    init(unchecked year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The last day of `month` in `year`; `month` must be 1 through 12.
    static func lastDay(ofMonth month: Int, year: Int) -> CalendarDay {
        CalendarDay(unchecked: year, month: month, day: daysInMonth(month, year: year))
    }

    /// Whether `year` (astronomical) is a Gregorian leap year; year 0 and year -4 are.
    package static func isLeapYear(_ year: Int) -> Bool {
        // `%` keeps the dividend's sign in Swift, but a test against zero does not care.
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// The number of days in `month` (1 through 12) of `year`.
    package static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    package static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The ISO 8601 form: `1985-04-12`, `-0044-03-15`, `170000002-01-01`.
    package var iso: String {
        let sign = year < 0 ? "-" : ""
        return sign + zeroPadded(year.magnitude, width: 4) + "-" + zeroPadded(month, width: 2)
            + "-" + zeroPadded(day, width: 2)
    }

    package var description: String { iso }
}

/// Converts between day numbers and calendar dates.
///
/// A day number counts days since 1970-01-01 (day 0), negative before it, in the
/// proleptic Gregorian calendar with astronomical years: year 0 is 1 BCE and year -43
/// is 44 BCE, as in ISO 8601 and EDTF. The leap-year rule is applied to every year,
/// also before 1582. The arithmetic is Howard Hinnant's `days_from_civil` and
/// `civil_from_days`, which count in 400-year eras of 146,097 days.
enum DayCalendar {
    /// A calendar date: astronomical year, month 1–12, day 1–31.
    struct Date: Hashable, Sendable {
        let year: Int
        let month: Int
        let day: Int
    }

    /// Day numbers handled; about a million years either side of 1970. Callers clamp
    /// to this range, which keeps every computation here far from overflow.
    static let supportedDays = -365_000_000...365_000_000

    /// `day` clamped to `supportedDays`.
    static func clamped(_ day: Int) -> Int {
        min(max(day, supportedDays.lowerBound), supportedDays.upperBound)
    }

    /// Whether astronomical `year` is a leap year; year 0 (1 BCE) and -4 (5 BCE) are.
    static func isLeapYear(_ year: Int) -> Bool {
        // `%` keeps the dividend's sign, but a comparison with zero does not care.
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// The day number of `year`-`month`-`day`; months and days out of range roll over
    /// as in `days_from_civil` and are not checked.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        // Years start on 1 March here, so that the leap day ends the counted year.
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let monthFromMarch = (month + 9) % 12
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day number of 1 January of `year`.
    static func firstDay(ofYear year: Int) -> Int {
        dayNumber(year: year, month: 1, day: 1)
    }

    /// The date of day number `day` (clamped to `supportedDays`).
    static func date(ofDay day: Int) -> Date {
        let shifted = clamped(day) + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra =
            (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let dayOfMonth = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return Date(year: year, month: month, day: dayOfMonth)
    }

    /// The astronomical year that day number `day` falls in.
    static func year(ofDay day: Int) -> Int {
        date(ofDay: day).year
    }
}

extension CalendarDay {
    /// 1970-01-01, the day whose `dayNumber` is 0.
    package static let epoch = CalendarDay(unchecked: 1970, month: 1, day: 1)

    /// The day numbers of the first and last days of `supportedYears`.
    package static let supportedDayNumbers: ClosedRange<Int> = {
        let first = CalendarDay(unchecked: supportedYears.lowerBound, month: 1, day: 1)
        let last = CalendarDay(unchecked: supportedYears.upperBound, month: 12, day: 31)
        return first.dayNumber...last.dayNumber
    }()

    /// Days since 1970-01-01 (day 0); negative for earlier days. Consecutive days differ by one,
    /// so differences give durations and the number orders days like `<`.
    package var dayNumber: Int {
        // Howard Hinnant's days_from_civil: count in 400-year eras of 146 097 days, with years
        // starting on March 1 so that the leap day falls at the end of the counted year.
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let monthFromMarch = (month + 9) % 12
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Creates the day with the given `dayNumber`, or `nil` outside `supportedDayNumbers`.
    package init?(dayNumber: Int) {
        guard Self.supportedDayNumbers.contains(dayNumber) else { return nil }
        // The inverse of `dayNumber` (Hinnant's civil_from_days).
        let shifted = dayNumber + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra =
            (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(unchecked: year, month: month, day: day)
    }
}

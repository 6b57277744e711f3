extension EDTFDate {
    /// The first day the date can denote: `193X` → 1930-01-01, `1985-XX` → 1985-01-01,
    /// `2001-24` (winter) → 2001-12-01.
    ///
    /// Bounds are strict: qualifiers do not widen them, so `1984~` spans exactly 1984.
    package var earliest: CalendarDay {
        if let season { return season.firstDay(in: year) }
        return CalendarDay(unchecked: year, month: month ?? 1, day: day ?? 1)
    }

    /// The last day the date can denote: `193X` → 1939-12-31, `1985-04-XX` → 1985-04-30,
    /// `2001-24` (winter) → 2002-02-28.
    package var latest: CalendarDay {
        if let season { return season.lastDay(in: year) }
        if let month {
            guard let day else { return CalendarDay.lastDay(ofMonth: month, year: year) }
            return CalendarDay(unchecked: year, month: month, day: day)
        }
        return CalendarDay.lastDay(ofMonth: 12, year: year + yearSpan - 1)
    }

    /// `earliest` as a day number (days since 1970-01-01).
    package var earliestDayNumber: Int { earliest.dayNumber }

    /// `latest` as a day number (days since 1970-01-01).
    package var latestDayNumber: Int { latest.dayNumber }

    /// How many years the year field covers: 100 for `19XX`, 10 for `193X`, else 1.
    private var yearSpan: Int {
        switch unspecified.unspecifiedYearDigits {
        case 2: 100
        case 1: 10
        default: 1
        }
    }
}

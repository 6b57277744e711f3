extension EDTFValue {
    /// The first day the value can denote, or `nil` when an interval's start is open (`..`) or
    /// unknown (empty). Qualifiers do not widen bounds.
    package var earliest: CalendarDay? {
        switch self {
        case .date(let date): date.earliest
        case .interval(let interval): interval.earliest
        }
    }

    /// The last day the value can denote, or `nil` when an interval's end is open or unknown.
    package var latest: CalendarDay? {
        switch self {
        case .date(let date): date.latest
        case .interval(let interval): interval.latest
        }
    }

    /// `earliest` as a day number (days since 1970-01-01).
    package var earliestDayNumber: Int? { earliest?.dayNumber }

    /// `latest` as a day number (days since 1970-01-01).
    package var latestDayNumber: Int? { latest?.dayNumber }

    /// A total order for listing events: by earliest day, then latest day, then EDTF text.
    package var sortKey: EDTFSortKey {
        EDTFSortKey(
            earliest: earliestDayNumber ?? .min, latest: latestDayNumber ?? .max, iso: iso)
    }

    /// Whether `day` lies within the bounds; a missing bound (open or unknown end) counts as
    /// unbounded, so `1950/..` contains every day from 1950-01-01 on.
    package func contains(day: CalendarDay) -> Bool {
        let number = day.dayNumber
        return (earliestDayNumber ?? .min) <= number && number <= (latestDayNumber ?? .max)
    }

    /// Whether the two values share at least one day, treating missing bounds as unbounded.
    package func overlaps(_ other: EDTFValue) -> Bool {
        (earliestDayNumber ?? .min) <= (other.latestDayNumber ?? .max)
            && (other.earliestDayNumber ?? .min) <= (latestDayNumber ?? .max)
    }
}

/// An EDTF level 1 season, written in place of a month as `21` through `24` (`2001-21`).
///
/// EDTF does not say when a season starts. This module reads seasons as northern-hemisphere
/// meteorological seasons, which are whole months and so keep bounds on month edges:
/// spring is March to May, summer June to August, autumn September to November, and winter
/// December of the written year to the end of February of the next year.
package enum Season: Int, Sendable, Hashable, CaseIterable {
    case spring = 21
    case summer = 22
    case autumn = 23
    case winter = 24

    /// The lowercase English name, as used in running text: "spring".
    package var name: String {
        switch self {
        case .spring: "spring"
        case .summer: "summer"
        case .autumn: "autumn"
        case .winter: "winter"
        }
    }

    /// The first month of the season (December for winter).
    package var firstMonth: Int {
        switch self {
        case .spring: 3
        case .summer: 6
        case .autumn: 9
        case .winter: 12
        }
    }

    /// The first day of this season in `year`.
    package func firstDay(in year: Int) -> CalendarDay {
        CalendarDay(unchecked: year, month: firstMonth, day: 1)
    }

    /// The last day of this season in `year`; for winter that is in February of `year + 1`.
    package func lastDay(in year: Int) -> CalendarDay {
        switch self {
        case .winter: CalendarDay.lastDay(ofMonth: 2, year: year + 1)
        default: CalendarDay.lastDay(ofMonth: firstMonth + 2, year: year)
        }
    }
}

@testable import TimelineChart

/// Builders for test marks, so fixtures read as dates instead of day numbers.
///
/// Every label, date and lane in the fixtures is synthetic test data, not a fact from
/// the corpus or any source.
enum Fixtures {
    static func day(_ year: Int, _ month: Int = 1, _ day: Int = 1) -> Int {
        DayCalendar.dayNumber(year: year, month: month, day: day)
    }

    /// A mark from `start` to `end` (day numbers) with the given precision and cues.
    static func mark(
        _ id: String, _ label: String, lane: String, _ start: Int, _ end: Int,
        _ precision: TimelineMark.Precision, approximate: Bool = false,
        uncertain: Bool = false, disputed: Bool = false, openStart: Bool = false,
        openEnd: Bool = false, dateText: String = ""
    ) -> TimelineMark {
        TimelineMark(
            id: id, label: label, lane: lane, start: start, end: end, precision: precision,
            approximate: approximate, uncertain: uncertain, disputed: disputed,
            openStart: openStart, openEnd: openEnd, href: "#event-" + id, dateText: dateText)
    }

    static func onDay(_ id: String, _ label: String, lane: String, _ year: Int, _ month: Int,
                      _ dayOfMonth: Int, approximate: Bool = false, uncertain: Bool = false,
                      disputed: Bool = false) -> TimelineMark {
        let start = day(year, month, dayOfMonth)
        return mark(id, label, lane: lane, start, start, .day, approximate: approximate,
                    uncertain: uncertain, disputed: disputed,
                    dateText: "\(dayOfMonth) \(YearText.monthNames[month - 1]) \(year)")
    }

    static func inMonth(_ id: String, _ label: String, lane: String, _ year: Int,
                        _ month: Int, approximate: Bool = false) -> TimelineMark {
        let next = month == 12 ? day(year + 1, 1, 1) : day(year, month + 1, 1)
        return mark(id, label, lane: lane, day(year, month, 1), next - 1, .month,
                    approximate: approximate,
                    dateText: "\(YearText.monthNames[month - 1]) \(year)")
    }

    static func inYear(_ id: String, _ label: String, lane: String, _ year: Int,
                       approximate: Bool = false, uncertain: Bool = false,
                       disputed: Bool = false) -> TimelineMark {
        mark(id, label, lane: lane, day(year), day(year + 1) - 1, .year,
             approximate: approximate, uncertain: uncertain, disputed: disputed,
             dateText: (approximate ? "about " : "") + YearText.year(year))
    }

    /// Years `first` to `last`, whole; an open side ignores its year for the date text.
    static func between(_ id: String, _ label: String, lane: String, _ first: Int,
                        _ last: Int, approximate: Bool = false, openStart: Bool = false,
                        openEnd: Bool = false) -> TimelineMark {
        mark(id, label, lane: lane, day(first), day(last + 1) - 1, .interval,
             approximate: approximate, openStart: openStart, openEnd: openEnd,
             dateText: (openStart ? ".." : "\(first)") + "/" + (openEnd ? ".." : "\(last)"))
    }
}

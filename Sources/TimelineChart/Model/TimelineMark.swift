import Charts
/// One dated event in one lane, drawn as a point or a bar with a linked label.
///
/// Day numbers count days since 1970-01-01 in the proleptic Gregorian calendar
/// (negative before it); `DayCalendar` converts them.
package struct TimelineMark: Hashable, Sendable {
    /// The event's id; orders marks that start on the same day.
    package var id: String
    /// A short title; long ones are shortened on the chart and kept whole in a tooltip.
    package var label: String
    /// The id of the lane the mark sits in.
    package var lane: String
    /// The earliest day the event may fall on.
    package var start: Int
    /// The latest day (equal to `start` for a date known to the day). When smaller than
    /// `start`, the two are swapped.
    package var end: Int
    package var precision: Precision
    /// EDTF `~`: drawn hollow.
    package var approximate: Bool
    /// EDTF `?`: drawn with a question mark.
    package var uncertain: Bool
    /// Sources disagree: drawn with a diamond.
    package var disputed: Bool
    /// An interval with an open or unknown start: drawn with an arrow on the left.
    package var openStart: Bool
    /// An interval with an open or unknown end: drawn with an arrow on the right.
    package var openEnd: Bool
    /// The link to the event in the page's list, e.g. "#event-x". Dropped when empty or
    /// unsafe (see `SafeHref`); the mark is then drawn without a link.
    package var href: String
    /// The date as readers should hear it ("7 July 1884", "about 1890–1905"); goes into
    /// the mark's tooltip and accessible name after the label.
    package var dateText: String

    package init(
        id: String, label: String, lane: String, start: Int, end: Int,
        precision: Precision, approximate: Bool = false, uncertain: Bool = false,
        disputed: Bool = false, openStart: Bool = false, openEnd: Bool = false,
        href: String, dateText: String = ""
    ) {
        self.id = id
        self.label = label
        self.lane = lane
        self.start = start
        self.end = end
        self.precision = precision
        self.approximate = approximate
        self.uncertain = uncertain
        self.disputed = disputed
        self.openStart = openStart
        self.openEnd = openEnd
        self.href = href
        self.dateText = dateText
    }
}

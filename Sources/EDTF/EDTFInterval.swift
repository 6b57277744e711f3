/// An EDTF interval `start/end`. At least one end is a date, and when both are, the start
/// does not begin after the end has finished (see `EDTFValue.parse(_:)`).
package struct EDTFInterval: Sendable, Hashable {
    /// The start: a date, `..` (open) or empty (unknown).
    package let start: EDTFEndpoint
    /// The end: a date, `..` (open) or empty (unknown).
    package let end: EDTFEndpoint

    /// Creates an interval from ends the parser has already validated.
    init(start: EDTFEndpoint, end: EDTFEndpoint) {
        self.start = start
        self.end = end
    }

    /// The earliest day of the start date, or `nil` for an open or unknown start.
    package var earliest: CalendarDay? { start.date?.earliest }

    /// The latest day of the end date, or `nil` for an open or unknown end.
    package var latest: CalendarDay? { end.date?.latest }

    /// The EDTF text: `1964/2008`, `../1985`, `1985/`.
    package var iso: String { start.iso + "/" + end.iso }
}

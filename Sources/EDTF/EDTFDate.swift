/// One EDTF level 0 or level 1 date: a year, optionally refined by a month (and day) or by a
/// season, with optional qualifiers and unspecified (`X`) digits.
///
/// Values come from `EDTFDate.parse(_:)` or `EDTFValue.parse(_:)`, which only produce dates
/// that exist, so every stored combination is valid.
package struct EDTFDate: Sendable, Hashable {
    /// The astronomical year (0 = 1 BCE, -1 = 2 BCE). Unspecified digits are stored as zeros,
    /// so `193X` has year 1930 and `19XX` has year 1900.
    package let year: Int
    /// The month, 1 through 12; `nil` when not written, written as `XX`, or a season is given.
    package let month: Int?
    /// The day of the month; `nil` when not written or written as `XX`.
    package let day: Int?
    /// The season, when the month field is 21 through 24.
    package let season: Season?
    /// How finely the date was written.
    package let precision: EDTFPrecision
    /// The `?`, `~` or `%` qualifier applying to the whole date.
    package let qualifiers: EDTFQualifiers
    /// Which digits were written as `X`.
    package let unspecified: UnspecifiedDigits

    /// Creates a date from fields the parser has already validated.
    init(
        year: Int,
        month: Int? = nil,
        day: Int? = nil,
        season: Season? = nil,
        precision: EDTFPrecision,
        qualifiers: EDTFQualifiers = [],
        unspecified: UnspecifiedDigits = []
    ) {
        self.year = year
        self.month = month
        self.day = day
        self.season = season
        self.precision = precision
        self.qualifiers = qualifiers
        self.unspecified = unspecified
    }

    /// Parses a single EDTF date (not an interval), such as `1985-04-12` or `193X~`.
    ///
    /// - Throws: `EDTFError` with the offset of the first offending character.
    package static func parse(_ text: String) throws(EDTFError) -> EDTFDate {
        let value = try EDTFValue.parse(text)
        guard case .date(let date) = value else {
            let slash = Array(text).firstIndex(of: "/") ?? 0
            throw EDTFError(
                kind: .malformed, message: "expected a single date, found an interval",
                offset: slash, hint: "remove the '/' and one of the dates")
        }
        return date
    }

    /// Whether the date carries `?` or `%`.
    package var isUncertain: Bool { qualifiers.contains(.uncertain) }

    /// Whether the date carries `~` or `%`.
    package var isApproximate: Bool { qualifiers.contains(.approximate) }

    /// This date without its qualifiers, for comparing what was written regardless of doubt.
    package var unqualified: EDTFDate {
        EDTFDate(
            year: year, month: month, day: day, season: season, precision: precision,
            unspecified: unspecified)
    }
}

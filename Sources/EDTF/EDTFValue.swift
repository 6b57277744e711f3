/// A parsed EDTF (ISO 8601-2) level 0 or level 1 value: one date or an interval.
///
/// ```swift
/// let value = try EDTFValue.parse("1950-07/1953-07")
/// value.readable  // "July 1950 – July 1953"
/// value.earliest  // 1950-07-01
/// ```
package enum EDTFValue: Sendable, Hashable, CustomStringConvertible, LosslessStringConvertible {
    /// A single date: `1985-04-12`, `193X`, `2001-21~`.
    case date(EDTFDate)
    /// An interval: `1964/2008`, `../1985`, `1985-04/`.
    case interval(EDTFInterval)

    /// Parses EDTF text. Accepts exactly the level 0 and level 1 date and interval syntax; times
    /// of day, level 2 features, surrounding spaces and impossible dates are rejected.
    ///
    /// - Throws: `EDTFError` whose `offset` is the 0-based `Character` offset into `text` of
    ///   the first character that makes it invalid.
    package static func parse(_ text: String) throws(EDTFError) -> EDTFValue {
        try EDTFParser(text: text).parseValue()
    }

    /// Parses `description`, returning `nil` if it is not valid EDTF.
    package init?(_ description: String) {
        guard let value = try? EDTFValue.parse(description) else { return nil }
        self = value
    }

    /// The single date, or `nil` for an interval.
    package var date: EDTFDate? {
        guard case .date(let date) = self else { return nil }
        return date
    }

    /// The interval, or `nil` for a single date.
    package var interval: EDTFInterval? {
        guard case .interval(let interval) = self else { return nil }
        return interval
    }

    /// The canonical EDTF text. Parsing only accepts canonical spellings, so
    /// `try EDTFValue.parse(text).iso == text` for every accepted `text`.
    package var iso: String {
        switch self {
        case .date(let date): date.iso
        case .interval(let interval): interval.iso
        }
    }

    package var description: String { iso }
}

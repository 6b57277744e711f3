/// Which digits of an EDTF date were written as `X` (level 1 "unspecified digits").
///
/// Level 1 only allows `X` for the last one or two digits of a four-digit year (`193X`, `19XX`),
/// for both month digits (`1985-XX`) and for both day digits (`1985-04-XX`, `1985-XX-XX`).
package struct UnspecifiedDigits: OptionSet, Sendable, Hashable {
    package let rawValue: UInt8

    package init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// The last year digit: `193X`.
    package static let yearOnes = UnspecifiedDigits(rawValue: 1 << 0)
    /// The second-to-last year digit; always together with `yearOnes`: `19XX`.
    package static let yearTens = UnspecifiedDigits(rawValue: 1 << 1)
    /// Both month digits: `1985-XX`.
    package static let month = UnspecifiedDigits(rawValue: 1 << 2)
    /// Both day digits: `1985-04-XX`.
    package static let day = UnspecifiedDigits(rawValue: 1 << 3)

    /// The number of trailing year digits that are `X`: 0, 1 or 2.
    package var unspecifiedYearDigits: Int {
        (contains(.yearOnes) ? 1 : 0) + (contains(.yearTens) ? 1 : 0)
    }
}

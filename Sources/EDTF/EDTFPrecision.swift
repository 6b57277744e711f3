/// How finely an EDTF date was written.
///
/// Precision follows what the text spells out, unspecified digits included: `1985-XX` has month
/// precision (a month of 1985, not known which) while `1985` has year precision.
package enum EDTFPrecision: Sendable, Hashable, CaseIterable {
    /// `1985-04-12`, and also `1985-04-XX` and `1985-XX-XX`.
    case day
    /// `1985-04`, and also `1985-XX`.
    case month
    /// `1985-21` through `1985-24`.
    case season
    /// `1985`, `-0044`, `Y170000002`.
    case year
    /// `193X`: some year of a decade.
    case decade
    /// `19XX`: some year of a century.
    case century
}

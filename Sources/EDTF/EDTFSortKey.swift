/// A key that orders EDTF values for timelines and lists.
///
/// Values sort by their earliest day, then their latest day, so a longer span that starts on
/// the same day sorts after the shorter one: `1985-01` < `1985` < `1985-04`. A missing start
/// (`..` or empty) sorts first and a missing end last. The EDTF text breaks remaining ties
/// (`1950` < `1950%` < `1950?` < `1950~`), so equal keys mean equal values and sorting is
/// deterministic.
package struct EDTFSortKey: Sendable, Hashable, Comparable {
    /// `earliestDayNumber`, or `Int.min` when the start is open or unknown.
    package let earliest: Int
    /// `latestDayNumber`, or `Int.max` when the end is open or unknown.
    package let latest: Int
    /// The canonical EDTF text, the final tie-breaker.
    package let iso: String

    package static func < (lhs: EDTFSortKey, rhs: EDTFSortKey) -> Bool {
        (lhs.earliest, lhs.latest, lhs.iso) < (rhs.earliest, rhs.latest, rhs.iso)
    }
}

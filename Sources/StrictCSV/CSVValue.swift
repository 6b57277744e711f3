/// The meaning of one numeric CSV cell.
package enum CSVValue: Hashable, Sendable {
    /// A finite number.
    case number(Double)
    /// An explicit missing value: `N.A.`, `NA`, `n.a.` or an empty cell. Never zero.
    case missing

    /// The number, or nil when the value is missing.
    package var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }
}

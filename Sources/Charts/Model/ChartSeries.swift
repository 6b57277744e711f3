/// One named row of values.
package struct ChartSeries: Hashable, Sendable {
    package var name: String
    /// One value per x-axis position. nil, NaN and infinity mean "missing": a gap in a
    /// line, "n/a" on a bar, never zero. Values past the axis's end are ignored and
    /// absent ones count as missing.
    package var values: [Double?]

    package init(name: String, values: [Double?]) {
        self.name = name
        self.values = values
    }
}

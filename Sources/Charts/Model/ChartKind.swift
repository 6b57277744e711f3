/// How a chart draws its series.
package enum ChartKind: String, Hashable, Sendable, CaseIterable {
    /// One line per series, told apart by marker shape and dash pattern.
    case line
    /// Bars side by side within each x position, told apart by fill pattern.
    case groupedBar
    /// Bars piled on each other within each x position (negatives pile downwards).
    case stackedBar
}

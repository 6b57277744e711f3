/// A dated event drawn as a labelled vertical line across the plot.
package struct EventMark: Hashable, Sendable {
    /// The year; fractions place it within the year (1950.5 is mid-1950).
    package var x: Double
    /// A short label; long ones are shortened on the chart and kept whole in a tooltip.
    package var label: String
    /// A link target; dropped when its scheme is unsafe (see `SafeHref`).
    package var href: String?

    package init(x: Double, label: String, href: String? = nil) {
        self.x = x
        self.label = label
        self.href = href
    }
}

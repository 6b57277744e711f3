/// The chart's drawing size in SVG user units; the SVG scales to its container.
package struct ChartSize: Hashable, Sendable {
    /// The total width of the viewBox.
    package let width: Double
    /// The height of the plot area alone; the total height grows with the title,
    /// legend, event labels and source line, so those never squeeze the plot.
    package let plotHeight: Double

    package init(width: Double = 640, plotHeight: Double = 240) {
        // Clamped so that hostile sizes cannot produce a degenerate or huge layout.
        self.width = Self.clamp(width, 240...4_000, fallback: 640)
        self.plotHeight = Self.clamp(plotHeight, 80...4_000, fallback: 240)
    }

    private static func clamp(
        _ value: Double, _ range: ClosedRange<Double>, fallback: Double
    ) -> Double {
        value.isFinite ? min(max(value, range.lowerBound), range.upperBound) : fallback
    }
}

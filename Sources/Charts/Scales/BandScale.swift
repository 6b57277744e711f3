/// Divides a coordinate range into equal slots, one per x position, for bars.
package struct BandScale: Hashable, Sendable {
    package let count: Int
    package let start: Double
    package let end: Double
    /// The share of each slot left empty between bars, 0 to 1.
    package let padding: Double

    package init(count: Int, start: Double, end: Double, padding: Double = 0.25) {
        self.count = max(count, 1)
        self.start = start
        self.end = end
        self.padding = min(max(padding, 0), 0.9)
    }

    /// The width of one slot, padding included.
    package var slotWidth: Double { (end - start) / Double(count) }

    /// The width of the bars in one slot.
    package var bandWidth: Double { slotWidth * (1 - padding) }

    /// The left edge of the bars in slot `index`.
    package func bandStart(_ index: Int) -> Double {
        start + slotWidth * Double(index) + slotWidth * padding / 2
    }

    /// The centre of slot `index`.
    package func center(_ index: Int) -> Double {
        start + slotWidth * (Double(index) + 0.5)
    }
}

/// Maps a domain of values linearly onto a span of coordinates.
package struct LinearScale: Hashable, Sendable {
    package let domain: ClosedRange<Double>
    /// The coordinate of `domain.lowerBound`.
    package let start: Double
    /// The coordinate of `domain.upperBound`; smaller than `start` for a y axis, whose
    /// coordinates grow downwards.
    package let end: Double

    package init(domain: ClosedRange<Double>, from start: Double, to end: Double) {
        self.domain = domain
        self.start = start
        self.end = end
    }

    /// The coordinate of `value`; values outside the domain extrapolate. A domain of
    /// zero or infinite width maps everything to the middle.
    package func callAsFunction(_ value: Double) -> Double {
        let width = domain.upperBound - domain.lowerBound
        guard width > 0, width.isFinite else { return (start + end) / 2 }
        return start + (value - domain.lowerBound) / width * (end - start)
    }
}

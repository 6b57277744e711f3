/// Maps day positions linearly onto x coordinates.
struct TimeScale: Sendable {
    let domain: TimeDomain
    let left: Double
    let right: Double

    /// The x coordinate of day position `day` (fractions place it within the day).
    func x(_ day: Double) -> Double {
        let fraction = (day - Double(domain.lower)) / Double(domain.length)
        return left + fraction * (right - left)
    }

    func x(_ day: Int) -> Double { x(Double(day)) }
}

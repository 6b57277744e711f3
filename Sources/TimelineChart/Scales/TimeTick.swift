/// One tick of the time axis: where it sits and what it says.
struct TimeTick: Hashable, Sendable {
    /// The day number the tick marks the start of (1 January for a year tick).
    let day: Int
    let label: String
}

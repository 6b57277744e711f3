/// The stretch of time the axis covers, in day numbers.
///
/// Day `n` covers the interval from `n` to `n + 1`, so a mark ending on day `e` ends at
/// position `e + 1`. Without overrides the domain runs from the earliest start to the
/// latest end, padded by 3% of that span on each side (at least `minimumPadding` days,
/// so that a single date still gets some months around it). `minYear` and `maxYear`
/// replace the fitted ends; with neither marks nor overrides the axis shows the year
/// 2000, an arbitrary but fixed choice.
struct TimeDomain: Hashable, Sendable {
    static let paddingFraction = 0.03
    static let minimumPadding = 120
    /// Overriding years beyond this are clamped, keeping days inside `DayCalendar`'s range.
    static let yearLimit = 900_000

    /// The position of the axis's left end.
    let lower: Int
    /// The position of the axis's right end; always at least 60 days after `lower`.
    let upper: Int

    init(lower: Int, upper: Int) {
        self.lower = lower
        self.upper = max(upper, lower + 60)
    }

    /// The domain for marks whose days are already clamped, with optional year overrides
    /// (see `TimelineSpec.minYear` and `maxYear`).
    init(marks: [TimelineMark], minYear: Int?, maxYear: Int?) {
        var lower: Int?
        var upper: Int?
        if let first = marks.map(\.start).min(), let last = marks.map(\.end).max() {
            let span = Double(last + 1 - first)
            let pad = max(Int((span * Self.paddingFraction).rounded()), Self.minimumPadding)
            lower = first - pad
            upper = last + 1 + pad
        }
        var years = (minYear.map(Self.clampedYear), maxYear.map(Self.clampedYear))
        if let first = years.0, let last = years.1, first > last {
            years = (last, first)
        }
        if let first = years.0 { lower = DayCalendar.firstDay(ofYear: first) }
        if let last = years.1 { upper = DayCalendar.firstDay(ofYear: last + 1) }
        if lower == nil && upper == nil {
            // Nothing to fit: an arbitrary but fixed year, so the axis still draws.
            lower = DayCalendar.firstDay(ofYear: 2000)
            upper = DayCalendar.firstDay(ofYear: 2001)
        }
        // A lone override that lies beyond the marks leaves a domain of about a year.
        let low = lower ?? upper.map { $0 - 365 } ?? 0
        var high = upper ?? low + 365
        if high <= low { high = low + 365 }
        self.init(lower: low, upper: high)
    }

    /// The number of days covered.
    var length: Int { upper - lower }

    /// True when a mark from day `start` to day `end` shows at least in part.
    func overlaps(start: Int, end: Int) -> Bool {
        end + 1 > lower && start < upper
    }

    private static func clampedYear(_ year: Int) -> Int {
        min(max(year, -yearLimit), yearLimit)
    }
}

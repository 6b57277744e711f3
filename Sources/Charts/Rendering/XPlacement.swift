/// Where each x position, and each year, falls horizontally.
enum XPlacement {
    /// A line chart over years: positions spaced by their year.
    case years(LinearScale)
    /// Evenly spaced slots: points of a line chart over categories, or bars.
    case slots(BandScale)

    /// The placement for `data` drawn as `kind` between `left` and `right`.
    init(data: ChartData, kind: ChartKind, left: Double, right: Double) {
        if kind == .line, let years = data.years, !years.isEmpty {
            var low = Double(years.min() ?? 0)
            var high = Double(years.max() ?? 0)
            if low == high {
                low -= 1
                high += 1
            }
            // Inset so markers at the first and last year do not sit on the frame.
            self = .years(LinearScale(domain: low...high, from: left + 10, to: right - 10))
        } else {
            let padding = kind == .line ? 0 : 0.2
            self = .slots(BandScale(count: data.positionCount, start: left, end: right,
                                    padding: padding))
        }
    }

    /// The horizontal centre of position `index`, given its year when there is one.
    func x(at index: Int, year: Int?) -> Double {
        switch self {
        case .years(let scale): scale(Double(year ?? 0))
        case .slots(let band): band.center(index)
        }
    }

    /// Where `year` falls, or nil when it is outside the axis or the axis has no years.
    ///
    /// Between two bar slots the position is interpolated from their years.
    func x(forYear year: Double, years: [Int]?) -> Double? {
        guard year.isFinite, let years, !years.isEmpty else { return nil }
        switch self {
        case .years(let scale):
            return scale.domain.contains(year) ? scale(year) : nil
        case .slots(let band):
            var points: [(year: Double, x: Double)] = []
            for (index, value) in years.enumerated()
            where !points.contains(where: { $0.year == Double(value) }) {
                points.append((Double(value), band.center(index)))
            }
            points.sort { $0.year < $1.year }
            guard let first = points.first, let last = points.last,
                  year >= first.year, year <= last.year
            else { return nil }
            if points.count == 1 { return first.x }
            for (left, right) in zip(points, points.dropFirst())
            where year >= left.year && year <= right.year {
                let fraction = (year - left.year) / (right.year - left.year)
                return left.x + fraction * (right.x - left.x)
            }
            return nil
        }
    }
}

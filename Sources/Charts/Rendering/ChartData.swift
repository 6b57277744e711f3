/// The spec's values made regular: one value per x position for every series, with
/// every non-finite value turned into nil.
struct ChartData {
    let labels: [String]
    /// The year of each position, when the x axis is years.
    let years: [Int]?
    /// `values[series][position]`.
    let values: [[Double?]]
    let names: [String]

    init(_ spec: ChartSpec) {
        labels = spec.xAxis.labels
        if case .years(let years) = spec.xAxis {
            self.years = years
        } else {
            years = nil
        }
        let count = labels.count
        values = spec.series.map { series in
            (0..<count).map { index in
                guard index < series.values.count, let value = series.values[index],
                      value.isFinite
                else { return nil }
                return value
            }
        }
        names = spec.series.map(\.name)
    }

    var positionCount: Int { labels.count }

    /// The value axis for `kind`: bars include zero; stacks cover their summed extent.
    func valueScale(for kind: ChartKind) -> NiceScale {
        switch kind {
        case .line:
            return NiceScale(values: values.flatMap { $0 }, includeZero: false)
        case .groupedBar:
            return NiceScale(values: values.flatMap { $0 }, includeZero: true)
        case .stackedBar:
            let ends = (0..<positionCount).flatMap { index in
                let parts = values.compactMap { $0[index] }
                let below = parts.filter { $0 < 0 }.reduce(0, +)
                return [below, parts.filter { $0 > 0 }.reduce(0, +)]
            }
            return NiceScale(values: ends, includeZero: true)
        }
    }

    /// True when series `series` has no value at `position`.
    func isMissing(series: Int, position: Int) -> Bool {
        values[series][position] == nil
    }
}

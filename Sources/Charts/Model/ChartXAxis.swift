/// The positions along the x axis.
package enum ChartXAxis: Hashable, Sendable {
    /// Named positions, evenly spaced, in the given order.
    case categories([String])
    /// Years. A line chart spaces them by their value (gaps in the years show);
    /// a bar chart draws one bar slot per year, in the given order.
    case years([Int])

    /// The number of positions.
    package var count: Int {
        switch self {
        case .categories(let names): names.count
        case .years(let years): years.count
        }
    }

    /// The label of each position; years print without separators ("1955").
    package var labels: [String] {
        switch self {
        case .categories(let names): names
        case .years(let years): years.map(String.init)
        }
    }
}

/// Everything needed to draw one chart: the data, its labels, its source and events.
///
/// A spec knows nothing of where the data came from; the caller builds it.
package struct ChartSpec: Hashable, Sendable {
    /// The prefix for every `id` in the SVG, so several charts can share a page.
    /// Characters other than ASCII letters, digits, `-` and `_` are replaced.
    package var id: String
    /// Shown at the top of the chart and used as its accessible name.
    package var title: String
    /// A sentence or two saying what the chart shows, for `<desc>`.
    package var description: String
    package var kind: ChartKind
    package var xAxis: ChartXAxis
    /// One entry per series; each has one value per x-axis position.
    package var series: [ChartSeries]
    /// The unit of the values, e.g. "Millions of U.S. dollars".
    package var yAxisLabel: String
    /// A name for the x axis, also the first column heading of the data table;
    /// "Year" or "Category" when nil.
    package var xAxisLabel: String?
    /// The credit line printed at the bottom.
    package var sourceLine: SourceLine?
    /// Dated events drawn as vertical lines; only on a year axis.
    package var eventMarks: [EventMark]
    package var size: ChartSize
    /// Whether the source line and event marks are links inside the SVG. A `role="img"`
    /// hides its content from assistive technology, so a page that repeats those links
    /// outside the chart (in its caption) turns this off.
    package var linksInside: Bool = true

    package init(
        id: String, title: String, description: String, kind: ChartKind,
        xAxis: ChartXAxis, series: [ChartSeries], yAxisLabel: String,
        xAxisLabel: String? = nil, sourceLine: SourceLine? = nil,
        eventMarks: [EventMark] = [], size: ChartSize = ChartSize()
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.kind = kind
        self.xAxis = xAxis
        self.series = series
        self.yAxisLabel = yAxisLabel
        self.xAxisLabel = xAxisLabel
        self.sourceLine = sourceLine
        self.eventMarks = eventMarks
        self.size = size
    }
}

/// The geometry of a whole chart, worked out before anything is drawn.
///
/// From the top: title, legend, unit label, event labels, plot, x labels, x-axis
/// title, source line. The width is the spec's; the height is whatever these need,
/// so that a long title or many events never squeeze the plot.
struct ChartLayout {
    static let padding = 12.0
    static let titleFontSize = 16.0
    static let titleLineHeight = 21.0
    static let tickFontSize = 11.0
    static let unitFontSize = 12.0
    static let sourceFontSize = 11.0
    static let sourceLineHeight = 15.0

    let width: Double
    let height: Double
    let titleLines: [String]
    /// The baseline of the first title line.
    let titleBaseline: Double
    let legend: LegendLayout
    let unitLabel: String
    let unitBaseline: Double
    let plot: PlotArea
    let valueScale: NiceScale
    /// Maps values to y coordinates.
    let y: LinearScale
    let placement: XPlacement
    let xLabels: XAxisLabels
    let xLabelBaseline: Double
    let xTitleBaseline: Double?
    let events: [EventLabelPacker.Placed]
    /// The top of the first event-label row.
    let eventTop: Double
    let sourceLines: [String]
    let sourceBaseline: Double

    init(spec: ChartSpec, data: ChartData) {
        let pad = Self.padding
        width = spec.size.width
        let inner = width - 2 * pad
        valueScale = data.valueScale(for: spec.kind)
        let tickWidth = valueScale.tickLabels
            .map { TextMetrics.width($0, fontSize: Self.tickFontSize) }.max() ?? 0
        var left = pad + max(tickWidth, 16) + 8
        let right = width - pad - 12
        var placement = XPlacement(data: data, kind: spec.kind, left: left, right: right)
        var xLabels = XAxisLabels(data: data, placement: placement, plotWidth: right - left)
        if xLabels.leftmostExtent < pad {
            // Turned category labels reach left past the edge: widen the left margin once.
            // The labels are at most 140 wide, so the plot keeps most of its width.
            left += pad - xLabels.leftmostExtent
            placement = XPlacement(data: data, kind: spec.kind, left: left, right: right)
            xLabels = XAxisLabels(data: data, placement: placement, plotWidth: right - left)
        }
        self.placement = placement
        self.xLabels = xLabels

        var top = pad
        titleLines = TextMetrics.wrapped(spec.title, maxWidth: inner,
                                         fontSize: Self.titleFontSize, bold: true)
        titleBaseline = top + Self.titleFontSize
        top += Double(max(titleLines.count, 1)) * Self.titleLineHeight + 4
        legend = LegendLayout(names: data.names, kind: spec.kind, left: pad,
                              right: width - pad, top: top)
        top += legend.height + 6
        unitLabel = TextMetrics.truncated(spec.yAxisLabel, maxWidth: inner,
                                          fontSize: Self.unitFontSize)
        unitBaseline = top + Self.unitFontSize
        top += unitLabel.isEmpty ? 0 : 22

        let marks = spec.eventMarks.compactMap { mark in
            placement.x(forYear: mark.x, years: data.years).map { (mark: mark, x: $0) }
        }
        events = EventLabelPacker.place(marks, minX: pad, maxX: width - pad)
        eventTop = top
        let rows = (events.map(\.row).max() ?? -1) + 1
        top += Double(rows) * EventLabelPacker.rowHeight + (rows > 0 ? 4 : 0)

        // Room for half of the top tick label above the plot.
        top += 6
        plot = PlotArea(left: left, top: top, right: right, bottom: top + spec.size.plotHeight)
        // NiceScale keeps lower <= upper; the check only guards against a future change.
        let domain = valueScale.lower <= valueScale.upper
            ? valueScale.lower...valueScale.upper : 0...1
        y = LinearScale(domain: domain, from: plot.bottom, to: plot.top)
        xLabelBaseline = plot.bottom + 16
        top = plot.bottom + xLabels.height
        if let title = spec.xAxisLabel, !title.isEmpty {
            xTitleBaseline = top + 12
            top += 18
        } else {
            xTitleBaseline = nil
        }
        sourceLines = spec.sourceLine.map {
            TextMetrics.wrapped($0.text, maxWidth: inner, fontSize: Self.sourceFontSize)
        } ?? []
        sourceBaseline = top + 4 + Self.sourceFontSize
        top += sourceLines.isEmpty ? 0 : 4 + Double(sourceLines.count) * Self.sourceLineHeight
        height = top + pad
    }
}

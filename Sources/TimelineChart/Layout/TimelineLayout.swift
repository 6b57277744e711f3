import Charts
/// The geometry of a whole timeline, worked out before anything is drawn.
///
/// From the top: title, legend, tick labels (repeated above the lanes only when the
/// lanes are taller than `topAxisThreshold`), the lanes, the axis line with its tick
/// labels. The width is the spec's; the height is whatever the lanes need.
struct TimelineLayout: Sendable {
    static let padding = 12.0
    static let titleFontSize = 16.0
    static let titleLineHeight = 21.0
    static let tickFontSize = 11.0
    static let minWidth = 280.0
    static let maxWidth = 4_000.0
    static let defaultWidth = 720.0
    /// Below this width lane titles go above their bands, leaving the plot the full width.
    static let narrowWidth = 560.0
    static let topAxisThreshold = 360.0

    let width: Double
    let height: Double
    let narrow: Bool
    let titleLines: [String]
    let titleBaseline: Double
    let legend: LegendLayout
    let scale: TimeScale
    let ticks: [TimeTick]
    /// Tick label centres, moved inwards where a label would run off the chart.
    let tickLabelX: [Double]
    /// The baseline of the tick labels above the lanes, when they are repeated there.
    let topTickBaseline: Double?
    /// The lanes, in coordinates relative to `lanesTop`: the legend above them depends on
    /// which marks they draw, so they are laid out first and drawn shifted down.
    let lanes: [LaneLayout]
    let lanesTop: Double
    let lanesBottom: Double
    let tickBaseline: Double

    init(spec: TimelineSpec, data: TimelineData) {
        let pad = Self.padding
        let width = spec.width.isFinite
            ? min(max(spec.width, Self.minWidth), Self.maxWidth) : Self.defaultWidth
        self.width = width
        let narrow = width < Self.narrowWidth
        self.narrow = narrow
        let gutter = narrow ? 0 : min(170, (width * 0.2).rounded())
        let plotLeft = narrow ? pad + 6 : pad + gutter + 8
        // Room on the right for a point's radius or an arrow at the axis's end.
        let scale = TimeScale(domain: TimeDomain(marks: data.marks, minYear: spec.minYear,
                                                 maxYear: spec.maxYear),
                              left: plotLeft, right: width - pad - 8)
        self.scale = scale
        let ticks = Self.fittingTicks(scale: scale)
        self.ticks = ticks
        tickLabelX = ticks.map { tick in
            let half = TextMetrics.width(tick.label, fontSize: Self.tickFontSize) / 2
            return min(max(scale.x(tick.day), half + 2), width - half - 2)
        }

        var top = pad
        titleLines = TextMetrics.wrapped(spec.title, maxWidth: width - 2 * pad,
                                         fontSize: Self.titleFontSize, bold: true)
        titleBaseline = top + Self.titleFontSize
        top += Double(titleLines.count) * Self.titleLineHeight + (titleLines.isEmpty ? 0 : 4)

        var lanes: [LaneLayout] = []
        // An empty chart keeps a strip for its "No dated events" note.
        var laneTop = data.lanes.isEmpty ? 30.0 : 0.0
        for (index, lane) in data.lanes.enumerated() {
            let layout = LaneLayout(
                lane: lane, index: index, scale: scale, top: laneTop, narrow: narrow,
                titleWidth: (narrow ? width - 2 * pad : gutter) - 8, minX: plotLeft - 4,
                maxX: width - pad)
            lanes.append(layout)
            laneTop = layout.bottom
        }
        let shapes = lanes.flatMap { $0.marks.map(\.geometry) }
        legend = LegendLayout(keys: LegendKey.allCases.filter { $0.isUsed(by: shapes) },
                              left: pad, right: width - pad, top: top)
        top += legend.height + (legend.height > 0 ? 8 : 0)
        if laneTop > Self.topAxisThreshold {
            topTickBaseline = top + Self.tickFontSize
            top += 18
        } else {
            topTickBaseline = nil
        }
        lanesTop = top
        self.lanes = lanes
        lanesBottom = top + laneTop
        tickBaseline = lanesBottom + 16
        height = tickBaseline + 4 + pad
    }

    /// The most ticks (up to 12) whose labels leave a gap between neighbours.
    private static func fittingTicks(scale: TimeScale) -> [TimeTick] {
        var maxCount = TimeTicks.defaultMaxCount
        while true {
            let ticks = TimeTicks.ticks(from: scale.domain.lower, to: scale.domain.upper,
                                        maxCount: maxCount)
            let spans = ticks.map { tick in
                let half = TextMetrics.width(tick.label, fontSize: tickFontSize) / 2
                return (scale.x(tick.day) - half, scale.x(tick.day) + half)
            }
            let separate = zip(spans, spans.dropFirst()).allSatisfy { $0.1 + 8 <= $1.0 }
            if separate || maxCount <= 2 { return ticks }
            maxCount -= 1
        }
    }
}

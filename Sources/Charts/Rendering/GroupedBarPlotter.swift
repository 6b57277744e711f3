/// Draws grouped bars: within each x slot, one patterned bar per series, side by side;
/// a missing value leaves its place empty and marked "n/a".
enum GroupedBarPlotter {
    static func draw(into writer: inout SVGWriter, data: ChartData, layout: ChartLayout,
                     ids: ChartIDs) {
        guard case .slots(let band) = layout.placement, !data.values.isEmpty else { return }
        let seriesCount = Double(data.values.count)
        let barSlot = band.bandWidth / seriesCount
        // A hairline between neighbours, unless bars are already hairlines.
        let gap = barSlot > 4 ? 1.0 : 0
        let zero = layout.y(0)
        let allBelowZero = layout.valueScale.upper <= 0
        writer.open("g", [("class", "chart-plot")])
        for (series, values) in data.values.enumerated() {
            let style = SeriesStyle(seriesIndex: series)
            writer.open("g", [("class", "chart-series \(style.colorClass)")])
            for (index, value) in values.enumerated() {
                let left = band.bandStart(index) + Double(series) * barSlot
                let name = "\(data.names[series]), \(data.labels[index])"
                guard let value else {
                    MissingMark.draw(into: &writer, x: left + barSlot / 2, y: zero,
                                     slotWidth: barSlot, below: allBelowZero,
                                     tooltip: "\(name): no data")
                    continue
                }
                let top = min(zero, layout.y(value))
                writer.element("rect", [
                    ("class", "chart-bar"), ("x", (left + gap / 2).svg), ("y", top.svg),
                    ("width", max(barSlot - gap, 0.5).svg),
                    ("height", abs(layout.y(value) - zero).svg),
                    ("fill", "url(#\(ids.pattern(style.slot)))"), ("stroke", "currentColor"),
                ], tooltip: "\(name): \(NumberText.format(value))")
            }
            writer.close("g")
        }
        writer.close("g")
    }
}

/// Draws stacked bars: within each x slot, positive parts pile up from zero and
/// negative parts pile down. A missing part is left out, never drawn as zero, and the
/// bar is marked "n/a" with a tooltip naming what is missing, because its total is
/// then incomplete.
enum StackedBarPlotter {
    /// One drawn part of a stack, in value units.
    private struct Segment {
        let from: Double
        let to: Double
        let value: Double
    }

    static func draw(into writer: inout SVGWriter, data: ChartData, layout: ChartLayout,
                     ids: ChartIDs) {
        guard case .slots(let band) = layout.placement, !data.values.isEmpty else { return }
        let segments = stack(data.values, positions: data.positionCount)
        writer.open("g", [("class", "chart-plot")])
        for (series, column) in segments.enumerated() {
            let style = SeriesStyle(seriesIndex: series)
            writer.open("g", [("class", "chart-series \(style.colorClass)")])
            for (index, segment) in column.enumerated() {
                guard let segment else { continue }
                let (y1, y2) = (layout.y(segment.from), layout.y(segment.to))
                writer.element("rect", [
                    ("class", "chart-bar"), ("x", band.bandStart(index).svg),
                    ("y", min(y1, y2).svg), ("width", band.bandWidth.svg),
                    ("height", abs(y2 - y1).svg),
                    ("fill", "url(#\(ids.pattern(style.slot)))"), ("stroke", "currentColor"),
                ], tooltip: "\(data.names[series]), \(data.labels[index]): "
                    + NumberText.format(segment.value))
            }
            writer.close("g")
        }
        drawMissingMarks(into: &writer, data: data, layout: layout, band: band,
                         segments: segments)
        writer.close("g")
    }

    private static func drawMissingMarks(
        into writer: inout SVGWriter, data: ChartData, layout: ChartLayout, band: BandScale,
        segments: [[Segment?]]
    ) {
        for index in 0..<data.positionCount {
            let missing = data.names.indices.filter { data.isMissing(series: $0, position: index) }
            guard !missing.isEmpty else { continue }
            let ends = segments.compactMap { $0[index] }.flatMap { [$0.from, $0.to] }
            let top = ends.max() ?? 0
            let bottom = ends.min() ?? 0
            // Above the bar, unless the axis has no room above it (all values below zero).
            let below = layout.valueScale.upper <= 0 || (top <= 0 && bottom < 0)
            let names = missing.map { data.names[$0] }.joined(separator: ", ")
            MissingMark.draw(into: &writer, x: band.center(index),
                             y: layout.y(below ? bottom : max(top, 0)),
                             slotWidth: band.bandWidth, below: below,
                             tooltip: "\(data.labels[index]): no data for \(names)")
        }
    }

    /// The parts of each stack, `[series][position]`, nil where the value is missing.
    private static func stack(_ values: [[Double?]], positions: Int) -> [[Segment?]] {
        var above = Array(repeating: 0.0, count: positions)
        var below = Array(repeating: 0.0, count: positions)
        return values.map { row in
            row.enumerated().map { index, value in
                guard let value else { return nil }
                if value >= 0 {
                    defer { above[index] += value }
                    return Segment(from: above[index], to: above[index] + value, value: value)
                }
                defer { below[index] += value }
                return Segment(from: below[index], to: below[index] + value, value: value)
            }
        }
    }
}

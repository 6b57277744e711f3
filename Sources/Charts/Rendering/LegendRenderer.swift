/// Draws the legend: for each series its swatch (line, dash and marker, or patterned
/// box) and its name, so each series can be matched without colour.
enum LegendRenderer {
    static func draw(into writer: inout SVGWriter, layout: ChartLayout, kind: ChartKind,
                     ids: ChartIDs) {
        guard !layout.legend.entries.isEmpty else { return }
        writer.open("g", [("class", "chart-legend")])
        for entry in layout.legend.entries {
            let style = SeriesStyle(seriesIndex: entry.series)
            writer.open("g", [("class", "chart-legend-item")])
            writer.open("g", [("class", style.colorClass)])
            let swatch = LegendLayout.swatchWidth(for: kind)
            if kind == .line {
                var line: [SVGWriter.Attribute] = [
                    ("class", "chart-line"), ("x1", entry.x.svg), ("y1", entry.centerY.svg),
                    ("x2", (entry.x + swatch).svg), ("y2", entry.centerY.svg),
                    ("stroke", "currentColor"), ("stroke-width", "2"),
                ]
                if let dash = style.dashArray { line.append(("stroke-dasharray", dash)) }
                writer.empty("line", line)
                let marker = style.marker.path(x: entry.x + swatch / 2, y: entry.centerY, size: 8)
                writer.empty("path", [("class", "chart-marker"), ("d", marker),
                                      ("fill", "currentColor")])
            } else {
                writer.empty("rect", [
                    ("class", "chart-bar"), ("x", entry.x.svg), ("y", (entry.centerY - 6).svg),
                    ("width", swatch.svg), ("height", "12"),
                    ("fill", "url(#\(ids.pattern(style.slot)))"), ("stroke", "currentColor"),
                ])
            }
            writer.close("g")
            writer.text([
                ("x", (entry.x + swatch + 6).svg), ("y", (entry.centerY + 4).svg),
                ("font-size", LegendLayout.fontSize.svg),
            ], entry.text, fullText: entry.fullText)
            writer.close("g")
        }
        writer.close("g")
    }
}

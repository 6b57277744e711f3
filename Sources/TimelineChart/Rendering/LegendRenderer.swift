import Charts
/// Draws the legend: a sample of each mark style in use, and what it means.
///
/// Hidden from assistive technology: each mark's accessible name already says in words
/// what its style shows.
enum LegendRenderer {
    static func draw(into writer: inout SVGWriter, layout: TimelineLayout) {
        guard !layout.legend.entries.isEmpty else { return }
        writer.open("g", [("class", "chart-legend timeline-legend"),
                          ("aria-hidden", "true")])
        for entry in layout.legend.entries {
            writer.open("g", [("class", "chart-legend-item")])
            MarkShapeRenderer.draw(into: &writer, entry.key.sample(x: entry.x),
                                   centerY: entry.centerY, colorClass: nil)
            writer.element("text", [
                ("x", (entry.x + LegendLayout.textOffset(entry.key)).svg),
                ("y", (entry.centerY + 4).svg), ("font-size", LegendLayout.fontSize.svg),
            ], text: entry.key.text)
            writer.close("g")
        }
        writer.close("g")
    }
}

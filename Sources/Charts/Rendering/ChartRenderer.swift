/// Draws a chart spec as a standalone, accessible SVG document.
///
/// The output is a pure function of the spec: no random ids, no clock, numbers
/// formatted the same everywhere. It uses a viewBox and no fixed size, so it scales to
/// its container; `role="img"` with `aria-labelledby` naming its `<title>` and
/// `<desc>`; classes for every part plus an embedded default style sheet (see
/// `ChartStyleSheet`) that a page's own styles override.
package enum ChartRenderer {
    /// The SVG for `spec`, ending with a line break.
    package static func svg(_ spec: ChartSpec) -> String {
        let data = ChartData(spec)
        let ids = ChartIDs(prefix: spec.id)
        let layout = ChartLayout(spec: spec, data: data)
        var writer = SVGWriter()
        writer.open("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("viewBox", "0 0 \(layout.width.svg) \(layout.height.svg)"),
            ("role", "img"),
            ("aria-labelledby", "\(ids.title) \(ids.description)"),
            ("class", "chart chart-\(spec.kind.rawValue)"),
            ("font-family", "sans-serif"),
        ])
        writer.element("title", [("id", ids.title)], text: spec.title)
        writer.element("desc", [("id", ids.description)], text: spec.description)
        writer.open("style")
        for rule in ChartStyleSheet.css.split(separator: "\n") {
            writer.trusted(String(rule))
        }
        writer.close("style")
        if spec.kind != .line {
            writePatterns(into: &writer, seriesCount: data.names.count, ids: ids)
        }
        writeTitle(into: &writer, layout: layout)
        LegendRenderer.draw(into: &writer, layout: layout, kind: spec.kind, ids: ids)
        AxisRenderer.drawValueAxis(into: &writer, layout: layout)
        switch spec.kind {
        case .line: LinePlotter.draw(into: &writer, data: data, layout: layout)
        case .groupedBar:
            GroupedBarPlotter.draw(into: &writer, data: data, layout: layout, ids: ids)
        case .stackedBar:
            StackedBarPlotter.draw(into: &writer, data: data, layout: layout, ids: ids)
        }
        if data.values.allSatisfy({ $0.allSatisfy { $0 == nil } }) {
            writer.element("text", [
                ("class", "chart-missing chart-no-data"),
                ("x", ((layout.plot.left + layout.plot.right) / 2).svg),
                ("y", ((layout.plot.top + layout.plot.bottom) / 2).svg),
                ("text-anchor", "middle"), ("font-size", "14"),
            ], text: "No data")
        }
        AxisRenderer.drawCategoryAxis(into: &writer, layout: layout, title: spec.xAxisLabel)
        EventMarkRenderer.draw(into: &writer, layout: layout, links: spec.linksInside)
        SourceLineRenderer.draw(into: &writer, layout: layout, source: spec.sourceLine, links: spec.linksInside)
        writer.close("svg")
        return writer.output
    }

    private static func writeTitle(into writer: inout SVGWriter, layout: ChartLayout) {
        for (index, line) in layout.titleLines.enumerated() {
            let baseline = layout.titleBaseline + Double(index) * ChartLayout.titleLineHeight
            writer.element("text", [
                ("class", "chart-title"), ("x", ChartLayout.padding.svg), ("y", baseline.svg),
                ("font-size", ChartLayout.titleFontSize.svg), ("font-weight", "600"),
            ], text: line)
        }
    }

    private static func writePatterns(
        into writer: inout SVGWriter, seriesCount: Int, ids: ChartIDs
    ) {
        guard seriesCount > 0 else { return }
        writer.open("defs")
        for slot in 0..<min(seriesCount, SeriesStyle.count) {
            let style = SeriesStyle(seriesIndex: slot)
            writer.open("pattern", [
                ("id", ids.pattern(slot)), ("class", style.colorClass),
                ("width", "\(FillPattern.tile)"), ("height", "\(FillPattern.tile)"),
                ("patternUnits", "userSpaceOnUse"),
            ])
            for markup in style.pattern.tileMarkup() {
                writer.trusted(markup)
            }
            writer.close("pattern")
        }
        writer.close("defs")
    }
}

import Charts
/// Draws a timeline spec as a standalone, accessible SVG document: the overview above a
/// timeline page, one band per lane, each mark linked to its event in the page's list.
///
/// The output is a pure function of the spec: no random ids, no clock, numbers
/// formatted the same everywhere. It uses a viewBox and no fixed size, so it scales to
/// its container. Since it holds links it is not `role="img"`; it keeps the implicit SVG role
/// named by its `<title>` and described by its `<desc>`; each lane is a group named by
/// its title and each link is named by its `<title>` (label, date text, cues).
/// Decoration (legend, grid, axis) is hidden from assistive technology. Classes for
/// every part plus an embedded default style sheet (`TimelineStyleSheet`) that a
/// page's own styles override.
///
/// ```swift
/// let svg = TimelineRenderer.svg(TimelineSpec(
///     id: "timeline", title: "Korea and its neighbours",
///     description: "Dated events in three lanes, 1600s to 2001.",
///     lanes: lanes, events: marks, minYear: 1850, maxYear: 2001))
/// ```
package enum TimelineRenderer {
    /// The SVG for `spec`, ending with a line break.
    package static func svg(_ spec: TimelineSpec) -> String {
        let data = TimelineData(spec)
        let ids = ChartIDs(prefix: spec.id, fallback: "timeline")
        let layout = TimelineLayout(spec: spec, data: data)
        var writer = SVGWriter()
        writer.open("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("viewBox", "0 0 \(layout.width.svg) \(layout.height.svg)"),
            ("aria-labelledby", ids.title),
            ("aria-describedby", ids.description),
            ("class", "chart chart-timeline"), ("font-family", "sans-serif"),
        ])
        writer.element("title", [("id", ids.title)], text: spec.title)
        writer.element("desc", [("id", ids.description)], text: spec.description)
        writer.open("style")
        for rule in TimelineStyleSheet.css.split(separator: "\n") {
            writer.trusted(String(rule))
        }
        writer.close("style")
        for (index, line) in layout.titleLines.enumerated() {
            let baseline = layout.titleBaseline + Double(index) * TimelineLayout.titleLineHeight
            writer.element("text", [
                ("class", "chart-title"), ("x", TimelineLayout.padding.svg),
                ("y", baseline.svg), ("font-size", TimelineLayout.titleFontSize.svg),
                ("font-weight", "600"), ("aria-hidden", "true"),
            ], text: line)
        }
        LegendRenderer.draw(into: &writer, layout: layout)
        writer.open("g", [("class", "timeline-lanes"),
                          ("transform", "translate(0 \(layout.lanesTop.svg))")])
        LaneRenderer.drawBackground(into: &writer, layout: layout)
        for lane in layout.lanes {
            LaneRenderer.drawLane(into: &writer, lane: lane, layout: layout)
        }
        if layout.lanes.allSatisfy({ $0.marks.isEmpty }) {
            writer.element("text", [
                ("class", "timeline-empty"), ("x", (layout.width / 2).svg),
                ("y", ((layout.lanesBottom - layout.lanesTop) / 2 + 4).svg),
                ("text-anchor", "middle"), ("font-size", "12"), ("font-style", "italic"),
            ], text: "No dated events")
        }
        writer.close("g")
        AxisRenderer.draw(into: &writer, layout: layout)
        writer.close("svg")
        return writer.output
    }
}

import Charts
/// Draws the time axis: the line under the lanes with a tick and label for each tick,
/// and the labels again above the lanes when the layout repeats them there.
enum AxisRenderer {
    static func draw(into writer: inout SVGWriter, layout: TimelineLayout) {
        let scale = layout.scale
        writer.open("g", [("class", "chart-axis-x"), ("aria-hidden", "true")])
        if let baseline = layout.topTickBaseline {
            drawLabels(into: &writer, layout: layout, baseline: baseline)
        }
        let y = layout.lanesBottom
        writer.empty("line", [
            ("class", "chart-axis"), ("x1", scale.left.svg), ("y1", y.svg),
            ("x2", scale.right.svg), ("y2", y.svg), ("stroke", "currentColor"),
        ])
        for tick in layout.ticks {
            let x = scale.x(tick.day).svg
            writer.empty("line", [
                ("class", "chart-axis"), ("x1", x), ("y1", y.svg), ("x2", x),
                ("y2", (y + 4).svg), ("stroke", "currentColor"),
            ])
        }
        drawLabels(into: &writer, layout: layout, baseline: layout.tickBaseline)
        writer.close("g")
    }

    private static func drawLabels(into writer: inout SVGWriter, layout: TimelineLayout,
                                   baseline: Double) {
        for (tick, x) in zip(layout.ticks, layout.tickLabelX) {
            writer.element("text", [
                ("class", "chart-tick-label"), ("x", x.svg), ("y", baseline.svg),
                ("text-anchor", "middle"), ("font-size", TimelineLayout.tickFontSize.svg),
            ], text: tick.label)
        }
    }
}

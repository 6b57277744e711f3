/// Draws the axes: value grid lines, tick labels and unit above the plot; the bottom
/// axis line with its year or category labels below it.
enum AxisRenderer {
    static func drawValueAxis(into writer: inout SVGWriter, layout: ChartLayout) {
        let plot = layout.plot
        if !layout.unitLabel.isEmpty {
            writer.element("text", [
                ("class", "chart-unit"), ("x", ChartLayout.padding.svg),
                ("y", layout.unitBaseline.svg), ("font-size", ChartLayout.unitFontSize.svg),
            ], text: layout.unitLabel)
        }
        writer.open("g", [("class", "chart-axis-y")])
        let scale = layout.valueScale
        for (tick, label) in zip(scale.ticks, scale.tickLabels) {
            let y = layout.y(tick).svg
            writer.empty("line", [
                ("class", "chart-grid"), ("x1", plot.left.svg), ("y1", y), ("x2", plot.right.svg),
                ("y2", y), ("stroke", "currentColor"), ("stroke-opacity", "0.15"),
            ])
            writer.element("text", [
                ("class", "chart-tick-label"), ("x", (plot.left - 6).svg),
                ("y", (layout.y(tick) + 4).svg), ("text-anchor", "end"),
                ("font-size", ChartLayout.tickFontSize.svg),
            ], text: label)
        }
        if scale.lower < 0 && scale.upper > 0 {
            let y = layout.y(0).svg
            writer.empty("line", [
                ("class", "chart-zero"), ("x1", plot.left.svg), ("y1", y),
                ("x2", plot.right.svg), ("y2", y), ("stroke", "currentColor"),
            ])
        }
        writer.close("g")
    }

    static func drawCategoryAxis(into writer: inout SVGWriter, layout: ChartLayout,
                                 title: String?) {
        let plot = layout.plot
        writer.open("g", [("class", "chart-axis-x")])
        writer.empty("line", [
            ("class", "chart-axis"), ("x1", plot.left.svg), ("y1", plot.bottom.svg),
            ("x2", plot.right.svg), ("y2", plot.bottom.svg), ("stroke", "currentColor"),
        ])
        let labels = layout.xLabels
        for label in labels.labels {
            writer.empty("line", [
                ("class", "chart-axis"), ("x1", label.x.svg), ("y1", plot.bottom.svg),
                ("x2", label.x.svg), ("y2", (plot.bottom + 4).svg), ("stroke", "currentColor"),
            ])
            var attributes: [SVGWriter.Attribute] = [
                ("class", "chart-tick-label"), ("x", label.x.svg),
            ]
            if labels.rotated {
                let y = plot.bottom + 12
                attributes += [
                    ("y", y.svg), ("text-anchor", "end"),
                    ("transform", "rotate(-45 \(label.x.svg) \(y.svg))"),
                ]
            } else {
                attributes += [("y", layout.xLabelBaseline.svg), ("text-anchor", "middle")]
            }
            attributes.append(("font-size", XAxisLabels.fontSize.svg))
            writer.text(attributes, label.text, fullText: label.fullText)
        }
        if let title, let baseline = layout.xTitleBaseline {
            writer.element("text", [
                ("class", "chart-axis-title"), ("x", ((plot.left + plot.right) / 2).svg),
                ("y", baseline.svg), ("text-anchor", "middle"),
                ("font-size", ChartLayout.unitFontSize.svg),
            ], text: title)
        }
        writer.close("g")
    }
}

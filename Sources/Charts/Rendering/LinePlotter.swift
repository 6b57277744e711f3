/// Draws line series: one path per series, broken wherever a value is missing, and a
/// marker with a tooltip at every value.
enum LinePlotter {
    /// A point of a series, or nil where its value is missing.
    typealias Point = (x: Double, y: Double)

    static func draw(into writer: inout SVGWriter, data: ChartData, layout: ChartLayout) {
        // Points are joined in x order, so years given out of order still make one line.
        let order = (0..<data.positionCount).sorted { a, b in
            let (xa, xb) = (x(a, data, layout), x(b, data, layout))
            return xa == xb ? a < b : xa < xb
        }
        writer.open("g", [("class", "chart-plot")])
        for (series, values) in data.values.enumerated() {
            let style = SeriesStyle(seriesIndex: series)
            writer.open("g", [("class", "chart-series \(style.colorClass)")])
            let points: [Point?] = order.map { index in
                values[index].map { (x(index, data, layout), layout.y($0)) }
            }
            let d = pathData(points)
            if !d.isEmpty {
                var attributes: [SVGWriter.Attribute] = [
                    ("class", "chart-line"), ("d", d), ("fill", "none"),
                    ("stroke", "currentColor"), ("stroke-width", "2"),
                ]
                if let dash = style.dashArray { attributes.append(("stroke-dasharray", dash)) }
                writer.empty("path", attributes)
            }
            for index in order {
                guard let value = values[index] else { continue }
                let marker = style.marker.path(x: x(index, data, layout), y: layout.y(value),
                                               size: 8)
                writer.element("path", [
                    ("class", "chart-marker"), ("d", marker), ("fill", "currentColor"),
                ], tooltip: "\(data.names[series]), \(data.labels[index]): "
                    + NumberText.format(value))
            }
            writer.close("g")
        }
        writer.close("g")
    }

    /// SVG path data joining consecutive points and starting afresh after each gap.
    /// A point with missing values on both sides draws no line; its marker shows it.
    static func pathData(_ points: [Point?]) -> String {
        var segments: [[Point]] = [[]]
        for point in points {
            if let point {
                segments[segments.count - 1].append(point)
            } else if !(segments.last?.isEmpty ?? true) {
                segments.append([])
            }
        }
        return segments.filter { $0.count > 1 }.map { segment in
            "M" + segment.map { "\($0.x.svg),\($0.y.svg)" }.joined(separator: " L")
        }.joined(separator: " ")
    }

    private static func x(_ index: Int, _ data: ChartData, _ layout: ChartLayout) -> Double {
        layout.placement.x(at: index, year: data.years?[index])
    }
}

import Charts
/// Draws a mark's shape with its cues, for the lanes and for the legend alike.
///
/// Every cue differs in form, not only colour: exact marks are filled, approximate ones
/// hollow; a bar with an open end (or cut by the axis) has an arrowhead there; a
/// disputed mark has a diamond after it and an uncertain one a bold question mark.
/// Shapes are drawn in `currentColor` with a stroke, so filled and hollow ones are the
/// same size.
enum MarkShapeRenderer {
    static let strokeWidth = 1.5

    /// Draws `geometry` centred on `centerY`, coloured by `colorClass` when given.
    static func draw(into writer: inout SVGWriter, _ geometry: MarkGeometry, centerY: Double,
                     colorClass: String?) {
        let classes = ["timeline-mark", colorClass].compactMap { $0 }.joined(separator: " ")
        let color = colorClass.map { $0 + " " } ?? ""
        let inset = strokeWidth / 2
        var paint: [SVGWriter.Attribute] = [
            ("fill", geometry.approximate ? "none" : "currentColor"),
            ("stroke", "currentColor"), ("stroke-width", strokeWidth.svg),
        ]
        switch geometry.shape {
        case .point:
            writer.empty("circle", [
                ("class", classes), ("cx", geometry.centerX.svg), ("cy", centerY.svg),
                ("r", (MarkGeometry.pointRadius - inset).svg),
            ] + paint)
        case .bar:
            let half = MarkGeometry.barHeight / 2
            paint.append(("stroke-linejoin", "round"))
            writer.empty("rect", [
                ("class", classes), ("x", (geometry.left + inset).svg),
                ("y", (centerY - half + inset).svg),
                ("width", (geometry.right - geometry.left - 2 * inset).svg),
                ("height", (MarkGeometry.barHeight - 2 * inset).svg),
            ] + paint)
        }
        let solid: [SVGWriter.Attribute] = [("fill", "currentColor")]
        if geometry.arrowStart {
            writer.empty("path", [("class", color + "timeline-arrow"),
                                  ("d", arrow(at: geometry.left, centerY, direction: -1))]
                + solid)
        }
        if geometry.arrowEnd {
            writer.empty("path", [("class", color + "timeline-arrow"),
                                  ("d", arrow(at: geometry.right, centerY, direction: 1))]
                + solid)
        }
        var badgeX = geometry.badgeLeft + MarkGeometry.badgeWidth / 2
        if geometry.disputed {
            writer.empty("path", [("class", color + "timeline-disputed-badge"),
                                  ("d", diamond(x: badgeX, y: centerY))] + solid)
            badgeX += MarkGeometry.badgeWidth
        }
        if geometry.uncertain {
            writer.element("text", [
                ("class", color + "timeline-uncertain-badge"),
                ("x", badgeX.svg), ("y", (centerY + 4).svg), ("text-anchor", "middle"),
                ("font-size", "12"), ("font-weight", "700"),
            ], text: "?")
        }
    }

    /// A triangle from the bar's end at `x`, pointing left (-1) or right (1).
    private static func arrow(at x: Double, _ y: Double, direction: Double) -> String {
        let half = MarkGeometry.barHeight / 2 + 1
        let tip = x + direction * MarkGeometry.arrowLength
        return "M\(x.svg),\((y - half).svg) L\(tip.svg),\(y.svg) L\(x.svg),\((y + half).svg)Z"
    }

    private static func diamond(x: Double, y: Double) -> String {
        "M\(x.svg),\((y - 5).svg) L\((x + 3.5).svg),\(y.svg) L\(x.svg),\((y + 5).svg) "
            + "L\((x - 3.5).svg),\(y.svg)Z"
    }
}

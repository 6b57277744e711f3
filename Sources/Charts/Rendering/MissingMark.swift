/// The small "n/a" written where a bar has no value, so that a gap is never read as
/// zero. In a slot too narrow for it, the text is turned upright.
enum MissingMark {
    static let fontSize = 9.0

    /// Writes "n/a" centred on `x`, just above `y` (or just below it when `below`).
    static func draw(into writer: inout SVGWriter, x: Double, y: Double, slotWidth: Double,
                     below: Bool, tooltip: String) {
        let textWidth = TextMetrics.width("n/a", fontSize: fontSize)
        var attributes: [SVGWriter.Attribute] = [("class", "chart-missing")]
        if slotWidth >= textWidth + 2 {
            let baseline = below ? y + fontSize + 2 : y - 3
            attributes += [("x", x.svg), ("y", baseline.svg), ("text-anchor", "middle")]
        } else {
            // Turned a quarter left, the text runs up from y; its glyphs then hang to the
            // left of the baseline, so the anchor moves right to centre them on x.
            let anchorX = x + fontSize * 0.35
            let anchorY = below ? y + 3 : y - 3
            attributes += [
                ("x", anchorX.svg), ("y", anchorY.svg),
                ("text-anchor", below ? "end" : "start"),
                ("transform", "rotate(-90 \(anchorX.svg) \(anchorY.svg))"),
            ]
        }
        attributes.append(("font-size", fontSize.svg))
        writer.text(attributes, "n/a", fullText: tooltip)
    }
}

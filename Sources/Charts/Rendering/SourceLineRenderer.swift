/// Draws the source credit under the chart, as a link when it has a safe href.
enum SourceLineRenderer {
    static func draw(into writer: inout SVGWriter, layout: ChartLayout, source: SourceLine?, links: Bool = true) {
        guard let source, !layout.sourceLines.isEmpty else { return }
        let href = links ? SafeHref.sanitize(source.href) : nil
        if let href { writer.open("a", [("href", href)]) }
        for (index, line) in layout.sourceLines.enumerated() {
            let baseline = layout.sourceBaseline + Double(index) * ChartLayout.sourceLineHeight
            writer.element("text", [
                ("class", "chart-source"), ("x", ChartLayout.padding.svg), ("y", baseline.svg),
                ("font-size", ChartLayout.sourceFontSize.svg),
            ], text: line)
        }
        if href != nil { writer.close("a") }
    }
}

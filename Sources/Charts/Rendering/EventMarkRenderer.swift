/// Draws event marks: a dashed vertical line from the label down through the plot,
/// the short label beside its top, the whole label as a tooltip, and a link if given.
enum EventMarkRenderer {
    static func draw(into writer: inout SVGWriter, layout: ChartLayout, links: Bool = true) {
        guard !layout.events.isEmpty else { return }
        writer.open("g", [("class", "chart-events")])
        for event in layout.events {
            let rowTop = layout.eventTop + Double(event.row) * EventLabelPacker.rowHeight
            let href = links ? SafeHref.sanitize(event.mark.href) : nil
            if let href { writer.open("a", [("href", href)]) }
            writer.open("g", [("class", "chart-event")])
            writer.element("title", text: event.mark.label)
            writer.empty("line", [
                ("x1", event.x.svg), ("y1", (rowTop + 1).svg), ("x2", event.x.svg),
                ("y2", layout.plot.bottom.svg), ("stroke", "currentColor"),
                ("stroke-dasharray", "4 3"),
            ])
            writer.element("text", [
                ("x", (event.anchorEnd ? event.x - 3 : event.x + 3).svg),
                ("y", (rowTop + 11).svg), ("text-anchor", event.anchorEnd ? "end" : "start"),
                ("font-size", EventLabelPacker.fontSize.svg),
            ], text: event.text)
            writer.close("g")
            if href != nil { writer.close("a") }
        }
        writer.close("g")
    }
}

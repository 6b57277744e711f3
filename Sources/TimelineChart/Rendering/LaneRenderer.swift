import Charts
/// Draws the lanes: alternate band backgrounds and tick grid lines behind, then each
/// lane as a named group holding its title and its linked marks.
///
/// Coordinates are relative to the lanes' top; the caller shifts the whole group.
enum LaneRenderer {
    static func drawBackground(into writer: inout SVGWriter, layout: TimelineLayout) {
        let pad = TimelineLayout.padding
        let bottom = layout.lanesBottom - layout.lanesTop
        writer.open("g", [("class", "timeline-background"), ("aria-hidden", "true")])
        for lane in layout.lanes where lane.index % 2 == 1 {
            writer.empty("rect", [
                ("class", "timeline-band"), ("x", pad.svg), ("y", lane.top.svg),
                ("width", (layout.width - 2 * pad).svg), ("height", lane.height.svg),
                ("fill", "currentColor"), ("fill-opacity", "0.06"),
            ])
        }
        for tick in layout.ticks {
            let x = layout.scale.x(tick.day).svg
            writer.empty("line", [
                ("class", "chart-grid"), ("x1", x), ("y1", "0"), ("x2", x),
                ("y2", bottom.svg), ("stroke", "currentColor"), ("stroke-opacity", "0.15"),
            ])
        }
        writer.close("g")
    }

    static func drawLane(into writer: inout SVGWriter, lane: LaneLayout,
                         layout: TimelineLayout) {
        writer.open("g", [("class", "timeline-lane"), ("role", "group"),
                          ("aria-label", lane.title)])
        let x = TimelineLayout.padding + 4
        for (line, text) in lane.titleLines.enumerated() {
            writer.text([
                ("class", "timeline-lane-title"), ("x", x.svg),
                ("y", lane.titleBaseline(line: line).svg),
                ("font-size", LaneLayout.titleFontSize.svg), ("font-weight", "600"),
                ("aria-hidden", "true"),
            ], text, fullText: lane.titleIsShortened && line == 0 ? lane.title : text)
        }
        let colorClass = TimelineStyleSheet.colorClass(lane: lane.index)
        for entry in lane.marks {
            drawMark(into: &writer, entry, centerY: lane.centerY(row: entry.placed.row),
                     colorClass: colorClass)
        }
        writer.close("g")
    }

    /// One mark and its label, inside a link when its href is safe.
    private static func drawMark(into writer: inout SVGWriter, _ entry: LaneLayout.Mark,
                                 centerY: Double, colorClass: String) {
        let href = SafeHref.sanitize(entry.mark.href)
        let attributes: [SVGWriter.Attribute] = [("class", "timeline-event")]
        writer.open(href == nil ? "g" : "a", (href.map { [("href", $0)] } ?? []) + attributes)
        writer.element("title", text: MarkName.text(for: entry.mark))
        MarkShapeRenderer.draw(into: &writer, entry.geometry, centerY: centerY,
                               colorClass: colorClass)
        let placed = entry.placed
        if !placed.text.isEmpty {
            writer.element("text", [
                ("class", "timeline-label"),
                ("x", (placed.labelOnLeft ? placed.labelRight : placed.labelLeft).svg),
                ("y", (centerY + 4).svg), ("font-size", LabelPacker.fontSize.svg),
            ] + (placed.labelOnLeft ? [("text-anchor", "end")] : []), text: placed.text)
        }
        writer.close(href == nil ? "g" : "a")
    }
}

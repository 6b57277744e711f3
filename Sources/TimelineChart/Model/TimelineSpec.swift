/// Everything needed to draw one timeline overview: its lanes and dated marks.
///
/// A spec knows nothing of where the events came from; the caller builds it.
///
/// The time axis is linear. By default it covers every mark, padded a little on both
/// sides. A corpus whose events crowd one end of a long span (say 1600s to 2001, most
/// of them after 1850) can zoom with `minYear` and `maxYear`: marks that reach past the
/// zoomed axis are cut at its edge and drawn with an arrow there, and marks wholly
/// outside it are left out (the page's event list still has them).
package struct TimelineSpec: Hashable, Sendable {
    /// The prefix for every `id` in the SVG, so several charts can share a page.
    /// Characters other than ASCII letters, digits, `-` and `_` are replaced.
    package var id: String
    /// Shown at the top of the chart and used as its accessible name.
    package var title: String
    /// A sentence or two saying what the chart shows, for `<desc>`.
    package var description: String
    /// The lanes in display order. Marks naming a lane missing here get a lane of their
    /// own after these, titled with the lane id.
    package var lanes: [TimelineLane]
    /// The marks; an event in several lanes is passed once per lane.
    package var events: [TimelineMark]
    /// The first year on the axis (from its 1 January), or nil to fit the marks.
    /// Astronomical numbering: 0 is 1 BCE, -43 is 44 BCE.
    package var minYear: Int?
    /// The last year on the axis (to its 31 December), or nil to fit the marks.
    package var maxYear: Int?
    /// The width of the viewBox in user units, clamped to 280…4,000; the SVG scales to
    /// its container. Text is sized in user units (labels 11), so choose a width near
    /// the width the chart is shown at. Below 560 lane titles go above their band.
    package var width: Double

    package init(
        id: String, title: String, description: String, lanes: [TimelineLane],
        events: [TimelineMark], minYear: Int? = nil, maxYear: Int? = nil,
        width: Double = 720
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.lanes = lanes
        self.events = events
        self.minYear = minYear
        self.maxYear = maxYear
        self.width = width
    }
}

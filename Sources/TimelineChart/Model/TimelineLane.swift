/// One horizontal band of the timeline.
package struct TimelineLane: Hashable, Sendable {
    /// What marks name in `TimelineMark.lane`.
    package var id: String
    /// Printed beside (or, on narrow output, above) the band; the id when empty.
    package var title: String

    package init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}

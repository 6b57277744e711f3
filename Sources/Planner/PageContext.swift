import Linker

/// What every content page can draw on besides its own body: formatted references and the
/// events its text attests.
struct PageContext {
    let references: ReferencePages
    let timeline: TimelineModel

    static let eventSchema = TemplateSchema.list(.object(["date": .text, "title": .text, "href": .text]))

    /// Events attested on the page at `path`, in timeline order, linking to the timeline.
    func events(on path: String) -> [TemplateValue] {
        timeline.items.filter { item in
            item.readings.contains { $0.target.split(separator: "#").first.map(String.init) == path }
        }.map { item in
            .object([
                "date": .text(item.readable), "title": .text(item.event.title),
                "href": .text(PagePath.link(from: path, to: "timeline/index.html#event-\(item.event.id)")),
            ])
        }
    }
}

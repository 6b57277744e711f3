import Linker

/// What every content page can draw on besides its own body: formatted references and the
/// events its text attests.
struct PageContext {
    let references: ReferencePages
    let timeline: TimelineModel
    /// Page path -> events attested there, in timeline order; built once, not per page.
    private let eventsByPage: [String: [TimelineModel.Item]]

    init(references: ReferencePages, timeline: TimelineModel) {
        self.references = references
        self.timeline = timeline
        var byPage: [String: [TimelineModel.Item]] = [:]
        for item in timeline.items {
            let pages = Set(item.readings.compactMap { $0.target.split(separator: "#").first.map(String.init) })
            for page in pages.sorted() { byPage[page, default: []].append(item) }
        }
        eventsByPage = byPage
    }

    static let eventSchema = TemplateSchema.list(.object(["date": .text, "title": .text, "href": .text]))

    func hasEvents(on path: String) -> Bool { !(eventsByPage[path] ?? []).isEmpty }

    /// Events attested on the page at `path`, in timeline order, linking to the timeline.
    func events(on path: String) -> [TemplateValue] {
        (eventsByPage[path] ?? []).map { item in
            .object([
                "date": .text(item.readable), "title": .text(item.event.title),
                "href": .text(PagePath.link(from: path, to: "timeline/index.html#event-\(item.event.id)")),
            ])
        }
    }
}

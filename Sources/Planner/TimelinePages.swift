import Corpus
import Diagnostics
import Foundation
import Linker

/// The timeline page (every event grouped by period, each with its sources), a page per lane,
/// and the exports (TimelineJS JSON and CSV).
struct TimelinePages {
    let site: ResolvedSite
    let model: TimelineModel
    /// Renders the SVG overview for the events shown on a page (nil: no overview).
    var overview: (_ items: [TimelineModel.Item], _ lanes: [Lane], _ id: String) -> String = { _, _, _ in "" }

    static let schema: [String: TemplateSchema] = [
        "heading": .text, "intro": .list(.text), "overview_html": .html,
        "lanes": .list(.object(["title": .text, "href": .text, "count": .text, "current": .flag])),
        "periods": .list(.object([
            "title": .text, "id": .text,
            "events": .list(.object([
                "id": .text, "date": .text, "title": .text, "summary_html": .html, "disputed": .flag,
                "lanes": .list(.object(["title": .text, "href": .text])),
                "entities": .list(.object(["name": .text, "href": .text])),
                "readings": .list(.object(["source": .text, "href": .text, "says": .list(.text), "date": .list(.text)])),
            ])),
        ])),
        "exports": .list(.object(["title": .text, "href": .text])),
    ]

    func pages() -> [PlannedPage] {
        var pages = [page(path: "timeline/index.html", lane: nil)]
        for lane in model.lanes {
            pages.append(page(path: "timeline/\(lane.id).html", lane: lane))
        }
        return pages
    }

    func page(path: String, lane: Lane?) -> PlannedPage {
        let items = lane.map { lane in model.items.filter { $0.event.lanes.contains { $0.value == lane.id } } }
            ?? model.items
        let title = lane.map { "Timeline: \($0.title)" } ?? "Timeline"
        var layout = LayoutModel(site: site.corpus.site, path: path, title: title)
        layout.breadcrumbs = lane == nil ? [("Home", "index.html")] : [("Home", "index.html"), ("Timeline", "timeline/index.html")]
        let entityNames = Dictionary(site.corpus.entities.map { ($0.slug, $0.name) }) { first, _ in first }
        let laneTitles = Dictionary(model.lanes.map { ($0.id, $0.title) }) { first, _ in first }
        var periods: [(String, [TimelineModel.Item])] = []
        for item in items {
            let period = TimelineModel.period(of: item.year)
            if periods.last?.0 == period { periods[periods.count - 1].1.append(item) } else { periods.append((period, [item])) }
        }
        let periodValues: [TemplateValue] = periods.map { period, events in
            let id = "period-" + period.lowercased().replacingOccurrences(of: " ", with: "-")
            layout.toc.append((2, id, period))
            return .object([
                "title": .text(period), "id": .text(id),
                "events": .list(events.map { item in
                    .object([
                        "id": .text("event-\(item.event.id)"),
                        "date": .text(item.readable), "title": .text(item.event.title),
                        "summary_html": .html(item.summaryHTML), "disputed": .flag(item.disputed),
                        "lanes": .list(item.event.lanes.map { lane in
                            .object(["title": .text(laneTitles[lane.value] ?? lane.value),
                                     "href": .text(PagePath.link(from: path, to: "timeline/\(lane.value).html"))])
                        }),
                        "entities": .list(item.event.entities.map { entity in
                            .object(["name": .text(entityNames[entity.value] ?? entity.value),
                                     "href": .text(PagePath.link(from: path, to: SitePaths.entity(entity.value)))])
                        }),
                        "readings": .list(item.readings.map { reading in
                            .object([
                                "source": .text(reading.sourceTitle),
                                "href": .text(PagePath.link(from: path, to: reading.target)),
                                "says": .optionalText(reading.says),
                                "date": .optionalText(item.disputed ? (reading.date ?? item.readable) : nil),
                            ])
                        }),
                    ])
                }),
            ])
        }
        let laneLinks: [TemplateValue] = model.lanes.map { other in
            let count = model.items.filter { $0.event.lanes.contains { $0.value == other.id } }.count
            return .object([
                "title": .text(other.title),
                "href": .text(PagePath.link(from: path, to: "timeline/\(other.id).html")),
                "count": .text("\(count)"), "current": .flag(other.id == lane?.id),
            ])
        }
        let exports: [TemplateValue] = [("TimelineJS (JSON)", "timeline.json"), ("CSV", "timeline.csv")].map {
            .object(["title": .text($0.0), "href": .text(PagePath.link(from: path, to: $0.1))])
        }
        let shownLanes = lane.map { [$0] } ?? model.lanes
        return SitePlanner.page(
            layout, template: "timeline",
            fields: [
                "heading": .text(title),
                "intro": .optionalText(lane?.description),
                "overview_html": .html(overview(items, shownLanes, lane.map { "timeline-\($0.id)" } ?? "timeline")),
                "lanes": .list(laneLinks), "periods": .list(periodValues), "exports": .list(exports),
            ],
            source: lane.map { $0.location })
    }
}

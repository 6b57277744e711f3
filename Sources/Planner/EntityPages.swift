import Corpus
import Diagnostics
import EDTF
import Linker

/// A page per entity (aliases, description, dates, its events, what cites and mentions it)
/// and an index of all entities by kind.
struct EntityPages {
    let site: ResolvedSite
    let references: ReferencePages
    let timeline: TimelineModel
    /// Where each entity's mentions are in `site.mentions`: positions, not copies (at 10,000
    /// articles the copies were 150,000 records grouped on the planning thread).
    let mentionPositions: [String: [Int]]

    /// `only`: the entities whose pages will be made (all when nil), so a rebuild of a few
    /// pages does not group every mention of the site.
    init(site: ResolvedSite, references: ReferencePages, timeline: TimelineModel, only: Set<String>? = nil) {
        self.site = site
        self.references = references
        self.timeline = timeline
        let mentions = site.mentions
        let positions = only.map { slugs in mentions.indices.filter { slugs.contains(mentions[$0].slug) } }
            ?? Array(mentions.indices)
        mentionPositions = Dictionary(grouping: positions) { mentions[$0].slug }
    }

    static let entitySchema: [String: TemplateSchema] = [
        "name": .text, "kind": .text, "summary": .list(.text), "dates": .list(.text),
        "aliases": .list(.object(["name": .text])), "has_aliases": .flag,
        "body_html": .html, "index_href": .text,
        "events": .list(.object(["title": .text, "date": .text, "href": .text])), "has_events": .flag,
        "mentions": .list(.object(["page_title": .text, "href": .text, "snippet": .text])),
        "has_mentions": .flag,
        "has_works_cited": .flag, "works_cited": .list(.object(["reference_html": .html, "href": .text])),
    ]

    /// An item of an entity's mentions (`entitySchema`), one per passage.
    static let mentionShape = TemplateFields.Shape("page_title", "href", "snippet")

    static let indexSchema: [String: TemplateSchema] = [
        "kinds": .list(.object([
            "title": .text, "id": .text,
            "entities": .list(.object(["name": .text, "href": .text, "description": .list(.text)])),
        ])),
    ]

    static func readable(_ date: String?) -> String? {
        guard let date else { return nil }
        return (try? EDTFValue.parse(date))?.readable ?? date
    }

    static let indexPath = "entities/index.html"

    /// The items in `localizedStandardCompare` order of their names, stably: what
    /// `sorted { localizedStandardCompare(…) == .orderedAscending }` gives. That comparison
    /// makes a locale and opens a collator every time (3.6 ms for 200 names, on every build),
    /// so the names are first put in order by their lower-cased text, and that order is
    /// kept when `localizedStandardCompare` agrees with each pair of neighbours (the names
    /// ascending, or equal and in their first order): for an order that is transitive, as a
    /// collation is, that is the sorted result, and the only one a stable sort gives. Where a
    /// pair disagrees (numbers, accents), the full sort is made.
    static func sortedByName<Item>(_ items: [Item], name: (Item) -> String) -> [Item] {
        let names = items.map(name)
        let guess = names.indices.map { (index: $0, key: names[$0].lowercased()) }
            .sorted { ($0.key, $0.index) < ($1.key, $1.index) }
        let agrees = zip(guess, guess.dropFirst()).allSatisfy { first, second in
            switch names[first.index].localizedStandardCompare(names[second.index]) {
            case .orderedAscending: true
            case .orderedSame: first.index < second.index
            case .orderedDescending: false
            }
        }
        guard agrees else {
            return items.indices.sorted { names[$0].localizedStandardCompare(names[$1]) == .orderedAscending }
                .map { items[$0] }
        }
        return guess.map { items[$0.index] }
    }

    func indexPage() -> PlannedPage {
        let path = Self.indexPath
        var layout = LayoutModel(site: site.corpus.site, path: path, title: "People, places and things")
        layout.breadcrumbs = [("Home", "index.html")]
        let kinds: [TemplateValue] = Entity.Kind.allCases.compactMap { kind -> TemplateValue? in
            let members = Self.sortedByName(site.entities.filter { $0.entity.kind == kind }) { $0.entity.name }
            guard !members.isEmpty else { return nil }
            layout.toc.append((2, kind.folder, kind.pluralTitle))
            return .object([
                "title": .text(kind.pluralTitle), "id": .text(kind.folder),
                "entities": .list(members.map {
                    .object([
                        "name": .text($0.entity.name),
                        "href": .text(PagePath.link(from: path, to: SitePaths.entity($0.entity.slug))),
                        "description": .optionalText($0.entity.description),
                    ])
                }),
            ])
        }
        return SitePlanner.page(layout, template: "entities", fields: ["kinds": .list(kinds)], source: nil)
    }

    func entityPage(_ resolved: ResolvedEntity) -> PlannedPage {
        let entity = resolved.entity
        let path = SitePaths.entity(entity.slug)
        var layout = LayoutModel(site: site.corpus.site, path: path, title: entity.name)
        layout.description = entity.description
        layout.breadcrumbs = [("Home", "index.html"), ("People, places and things", "entities/index.html")]
        layout.toc = resolved.body.rendered.headings.map { ($0.level, $0.id, $0.text) }
        var dates: [String] = []
        if let range = Self.readable(entity.dates?.value) { dates.append(range) }
        if let born = Self.readable(entity.born?.value) { dates.append("born \(born)") }
        if let died = Self.readable(entity.died?.value) { dates.append("died \(died)") }
        let events: [TemplateValue] = timeline.items
            .filter { item in item.event.entities.contains { $0.value == entity.slug } }
            .map { item in
                .object([
                    "title": .text(item.event.title),
                    "date": .text(item.readable),
                    "href": .text(PagePath.link(from: path, to: "timeline/index.html#event-\(item.event.id)")),
                ])
            }
        let records = site.mentions
        let mentions: [TemplateValue] = (mentionPositions[entity.slug] ?? []).map { position in
            .object(TemplateFields(
                Self.mentionShape,
                .text(records[position].pageTitle),
                .text(PagePath.link(from: path, to: records[position].page, fragment: records[position].anchor)),
                .text(records[position].snippet)))
        }
        return SitePlanner.page(
            layout, template: "entity",
            fields: [
                "name": .text(entity.name),
                "kind": .text(entity.kind.rawValue),
                "summary": .optionalText(entity.description),
                "dates": .list(dates.isEmpty ? [] : [.text(dates.joined(separator: "; "))]),
                "aliases": .list(entity.aliases.map { .object(["name": .text($0)]) }),
                "has_aliases": .flag(!entity.aliases.isEmpty),
                "body_html": .htmlBytes(resolved.body.rendered.utf8),
                "index_href": .text(PagePath.link(from: path, to: "entities/index.html#\(entity.kind.folder)")),
                "events": .list(events), "has_events": .flag(!events.isEmpty),
                "mentions": .list(mentions), "has_mentions": .flag(!mentions.isEmpty),
                "has_works_cited": .flag(!resolved.body.cited.isEmpty),
                "works_cited": .list(references.worksCited(resolved.body.cited, from: path)),
            ],
            source: SourceLocation(file: entity.body.file))
    }
}

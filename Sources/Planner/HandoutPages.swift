import Corpus
import Diagnostics
import EDTF
import Linker

/// A page per handout (made for paper: its own layout, links as endnotes) and an index.
struct HandoutPages {
    let site: ResolvedSite
    let timeline: TimelineModel
    let references: ReferencePages
    let withPDF: Bool

    static let schema: [String: TemplateSchema] = [
        "title": .text, "subtitle": .list(.text), "site_title": .text, "lang": .text, "page_title": .text,
        "description": .text, "root": .text, "links_as_endnotes": .flag, "base_url": .text,
        "summaries": .list(.object(["title": .text, "text": .text, "href": .text])),
        "body_html": .html, "chart_html": .html,
        "events": .list(.object(["date": .text, "title": .text, "source": .text, "href": .text])), "has_events": .flag,
        "entities": .list(.object(["name": .text, "description": .text, "href": .text])), "has_entities": .flag,
        "references": .list(.object(["reference_html": .html, "href": .text])), "has_references": .flag,
        "online_href": .text, "pdfs": .list(.object(["a4": .text, "letter": .text])),
    ]

    static let indexSchema: [String: TemplateSchema] = [
        "handouts": .list(.object(["title": .text, "href": .text, "subtitle": .list(.text),
                                   "pdfs": .list(.object(["a4": .text, "letter": .text])), "pages": .text])),
    ]

    func pages() -> [PlannedPage] {
        guard !site.handouts.isEmpty else { return [] }
        return [indexPage()] + site.handouts.map(page)
    }

    func indexPage() -> PlannedPage {
        let path = "handouts/index.html"
        var layout = LayoutModel(site: site.corpus.site, path: path, title: "Handouts")
        layout.breadcrumbs = [("Home", "index.html")]
        let items: [TemplateValue] = site.handouts.map { resolved in
            let handout = resolved.handout
            return .object([
                "title": .text(handout.title), "subtitle": .optionalText(handout.subtitle),
                "href": .text("\(handout.slug).html"),
                "pdfs": pdfs(handout.slug),
                "pages": .text(handout.maxPages == 1 ? "one page" : "at most \(handout.maxPages) pages"),
            ])
        }
        return SitePlanner.page(layout, template: "handouts", fields: ["handouts": .list(items)], source: nil)
    }

    func page(_ resolved: ResolvedHandout) -> PlannedPage {
        let handout = resolved.handout
        let path = "handouts/\(handout.slug).html"
        let corpus = site.corpus
        let summaries: [TemplateValue] = handout.summaryOf.compactMap { page in
            let value = page.value
            if value.hasPrefix("articles/"),
               let article = corpus.articles.first(where: { "articles/\($0.slug)" == value }) {
                return .object([
                    "title": .text(article.fullTitle),
                    "text": .text(article.summary ?? ""),
                    "href": .text(PagePath.link(from: path, to: PagePath.article(article.slug))),
                ])
            }
            if value.hasPrefix("documents/"),
               let document = corpus.documents.first(where: { "documents/\($0.slug)" == value }) {
                return .object([
                    "title": .text(document.title), "text": .text(document.summary ?? ""),
                    "href": .text(PagePath.link(from: path, to: PagePath.document(document.slug, part: "index"))),
                ])
            }
            return nil
        }
        let events = selectedEvents(handout).map { item in
            TemplateValue.object([
                "date": .text(item.readable), "title": .text(item.event.title),
                "source": .text(item.event.attestations.first.map { attestation in
                    shortSource(attestation) + (attestation.says.map { ": “\($0)”" } ?? "")
                } ?? ""),
                "href": .text(PagePath.link(from: path, to: "timeline/index.html#event-\(item.event.id)")),
            ])
        }
        let entities: [TemplateValue] = handout.entities.compactMap { slug in
            guard let entity = corpus.entities.first(where: { $0.slug == slug.value }) else { return nil }
            return .object([
                "name": .text(entity.name), "description": .text(entity.description ?? ""),
                "href": .text(PagePath.link(from: path, to: SitePaths.entity(entity.slug))),
            ])
        }
        let works = references.worksCited(handout.references.map(\.value), from: path)
        let fields: TemplateFields = [
            "title": .text(handout.title), "subtitle": .optionalText(handout.subtitle),
            "site_title": .text(corpus.site.title), "lang": .text(corpus.site.language),
            "page_title": .text(handout.title), "description": .text(handout.subtitle ?? handout.title),
            "root": .text(PagePath.root(of: path)), "links_as_endnotes": .flag(true),
            "base_url": .text(corpus.site.baseURL ?? ""),
            "summaries": .list(summaries), "body_html": .htmlBytes(resolved.body.rendered.utf8),
            "chart_html": .html(resolved.chartHTML ?? ""),
            "events": .list(events), "has_events": .flag(!events.isEmpty),
            "entities": .list(entities), "has_entities": .flag(!entities.isEmpty),
            "references": .list(works), "has_references": .flag(!works.isEmpty),
            "online_href": .text("\(handout.slug).html"),
            "pdfs": pdfs(handout.slug),
        ]
        return PlannedPage(path: path, template: "handout", title: handout.title, model: .object(fields),
                           source: SourceLocation(file: handout.body.file))
    }

    /// "Lankov" or "Gelman and Levin, p. 12": a source as a short name, for narrow columns.
    func shortSource(_ attestation: Attestation) -> String {
        let source = attestation.source.value
        func family(_ name: String) -> String { name.split(separator: " ").last.map(String.init) ?? name }
        if source.hasPrefix("articles/"),
           let article = site.corpus.articles.first(where: { "articles/\($0.slug)" == source }) {
            return article.author.map(family) ?? article.title
        }
        if source.hasPrefix("documents/"),
           let document = site.corpus.documents.first(where: { "documents/\($0.slug)" == source }) {
            let names = document.authors.map(family).joined(separator: " and ")
            let page = attestation.anchor.map(\.value).flatMap { $0.hasPrefix("page-") ? "p. \($0.dropFirst(5))" : nil }
            return [names.isEmpty ? document.title : names, page].compactMap { $0 }.joined(separator: ", ")
        }
        return source
    }

    /// Links to the PDFs, when the build makes them.
    func pdfs(_ slug: String) -> TemplateValue {
        .list(withPDF ? [.object(["a4": .text("\(slug)-a4.pdf"), "letter": .text("\(slug)-letter.pdf")])] : [])
    }

    /// Events chosen by id, or those of a lane within a period.
    func selectedEvents(_ handout: Handout) -> [TimelineModel.Item] {
        guard let selection = handout.events else { return [] }
        if !selection.ids.isEmpty {
            let ids = Set(selection.ids.map(\.value))
            return timeline.items.filter { ids.contains($0.event.id) }
        }
        let from = selection.from.flatMap { (try? EDTFValue.parse($0.value))?.earliestDayNumber }
        let to = selection.to.flatMap { (try? EDTFValue.parse($0.value))?.latestDayNumber }
        return timeline.items.filter { item in
            if let lane = selection.lane?.value, !item.event.lanes.contains(where: { $0.value == lane }) { return false }
            let start = item.value?.earliestDayNumber ?? item.value?.latestDayNumber ?? 0
            if let from, start < from { return false }
            if let to, start > to { return false }
            return true
        }
    }
}

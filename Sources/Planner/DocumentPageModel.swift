import Corpus
import Diagnostics
import EDTF
import Linker

/// A page of a long document: one part, with the document's contents and previous/next.
struct DocumentPageModel {
    let document: ResolvedDocument
    let partIndex: Int
    let path: String
    let context: PageContext
    var references: ReferencePages { context.references }

    static let schema: [String: TemplateSchema] = [
        "document_title": .text, "document_href": .text, "authors": .text,
        "part_title": .text, "is_opening": .flag, "body_html": .html,
        "metadata": .list(.object(["label": .text, "value": .text])),
        "parts": .list(.object(["title": .text, "href": .text, "current": .flag])),
        "previous": .list(.object(["title": .text, "href": .text])),
        "next": .list(.object(["title": .text, "href": .text])),
        "events": PageContext.eventSchema, "has_events": .flag,
        "has_works_cited": .flag, "works_cited": .list(.object(["reference_html": .html, "href": .text])),
    ]

    /// Dates are EDTF in the corpus; readers get "October 1984".
    static func readable(_ label: String, _ value: String) -> String {
        guard label == "Date", let date = try? EDTFValue.parse(value) else { return value }
        return date.readable
    }

    func link(_ index: Int) -> TemplateValue {
        let part = document.document.parts[index]
        return .object([
            "title": .text(part.title),
            "href": .text(PagePath.link(
                from: path, to: PagePath.document(document.document.slug, part: part.slug))),
        ])
    }

    func fields() -> TemplateFields {
        let parts = document.document.parts
        let slug = document.document.slug
        return [
            "document_title": .text(document.document.title),
            "document_href": .text(PagePath.link(from: path, to: PagePath.document(slug, part: "index"))),
            "authors": .text(document.document.authors.joined(separator: " and ")),
            "part_title": .text(parts[partIndex].title),
            "is_opening": .flag(partIndex == 0),
            "body_html": .htmlBytes(document.bodies[partIndex].rendered.utf8),
            "metadata": .list(partIndex == 0 ? document.document.metadata.map {
                .object(["label": .text($0.label), "value": .text(Self.readable($0.label, $0.value))])
            } : []),
            "parts": .list(parts.indices.map { index in
                guard case .object(var fields) = link(index) else { return link(index) }
                fields["current"] = .flag(index == partIndex)
                return .object(fields)
            }),
            "previous": .list(partIndex > 0 ? [link(partIndex - 1)] : []),
            "next": .list(partIndex + 1 < parts.count ? [link(partIndex + 1)] : []),
            "events": .list(context.events(on: path)),
            "has_events": .flag(context.hasEvents(on: path)),
            "has_works_cited": .flag(!document.bodies[partIndex].cited.isEmpty),
            "works_cited": .list(references.worksCited(document.bodies[partIndex].cited, from: path)),
        ]
    }
}

extension SitePlanner {
    func documentPages(
        _ document: ResolvedDocument, site: ResolvedSite, context: PageContext
    ) -> [PlannedPage] {
        document.document.parts.indices.map { index in
            let part = document.document.parts[index]
            let path = PagePath.document(document.document.slug, part: part.slug)
            var layout = LayoutModel(
                site: site.corpus.site, path: path,
                title: index == 0 ? document.document.title : "\(part.title) — \(document.document.title)")
            layout.description = part.summary ?? document.document.summary
            layout.breadcrumbs = [("Home", "index.html")]
            if index > 0 {
                layout.breadcrumbs.append(
                    (document.document.title, PagePath.document(document.document.slug, part: "index")))
            }
            layout.toc = document.bodies[index].rendered.headings.map { ($0.level, $0.id, $0.text) }
            return Self.page(
                layout, template: "document",
                fields: DocumentPageModel(
                    document: document, partIndex: index, path: path, context: context).fields(),
                source: SourceLocation(file: part.body.file))
        }
    }
}

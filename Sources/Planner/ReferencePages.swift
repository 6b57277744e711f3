import BibTeX
import CitationStyles
import CommonMark
import Corpus
import Diagnostics
import Linker

/// The Bibliography page (every work, grouped and sorted, each with an anchor) and a page per
/// work with its full reference, its BibTeX and every place that cites it.
struct ReferencePages {
    private(set) var site: ResolvedSite
    let list: ReferenceList

    /// The same pages for a site whose bibliography is unchanged, without formatting it again.
    func with(site: ResolvedSite) -> ReferencePages {
        var copy = self
        copy.site = site
        copy.articlesBySource = Self.articlesBySource(site)
        return copy
    }

    init(site: ResolvedSite) {
        self.site = site
        // The list the resolver formatted (formatting it again took 4.5 ms at N = 1,000 on the
        // planning thread); a site made without one gets its own.
        list = site.referenceList ?? ReferenceList(
            site.references, style: CitationStyle(rawValue: site.corpus.site.citationStyle) ?? .default)
        var works: [WorkCited] = []
        var positions: [String: Int] = [:]
        let paths = site.paths ?? SitePaths.empty
        for (place, item) in list.items.enumerated() where positions[item.entry.key] == nil {
            let key = item.entry.key
            let path = paths.reference(key)
            let html = list.referenceHTML(forKey: key) ?? ""
            positions[key] = works.count
            works.append(WorkCited(
                place: place, html: html, path: path, folder: PagePath.folder(of: path),
                fromSubfolder: .object(TemplateFields(Self.workCitedShape, .html(html), .text("../" + path)))))
        }
        worksCited = works
        worksCitedPositions = positions
        articlesBySource = Self.articlesBySource(site)
    }

    /// The articles whose `source` is each work, in site order (one pass, not one per work).
    private var articlesBySource: [String: [Int]]

    private static func articlesBySource(_ site: ResolvedSite) -> [String: [Int]] {
        var articles: [String: [Int]] = [:]
        for (index, article) in site.corpus.articles.enumerated() {
            if let source = article.source?.value { articles[source, default: []].append(index) }
        }
        return articles
    }

    /// What a "works cited" list shows of each work, by key, made once (a list per article,
    /// and each entry looked its key up three times): its place in the bibliography, its
    /// reference as HTML, its page, and the list's item as a page one folder deep in another
    /// folder shows it (every article's; `PagePath.subfolder(of:)`).
    private let worksCited: [WorkCited]
    private let worksCitedPositions: [String: Int]

    private struct WorkCited {
        var place: Int
        var html: String
        var path: String
        var folder: Substring?
        var fromSubfolder: TemplateValue
    }

    static let indexSchema: [String: TemplateSchema] = [
        "groups": .list(.object([
            "title": .text, "id": .text,
            "items": .list(.object(["id": .text, "reference_html": .html, "href": .text, "cited_count": .text])),
        ])),
        "exports": .list(.object(["title": .text, "href": .text])),
    ]

    static let entrySchema: [String: TemplateSchema] = [
        "reference_html": .html, "bibtex": .text, "key": .text, "bibliography_href": .text,
        "has_cited_by": .flag,
        "cited_by": .list(.object(["page_title": .text, "href": .text, "detail": .list(.text)])),
        "hosted": .list(.object(["title": .text, "href": .text])),
    ]

    /// An item of a "works cited" list.
    static let workCitedShape = TemplateFields.Shape("reference_html", "href")

    /// An item of a work's "cited by" list (`entrySchema`), one per citing page.
    static let citedByShape = TemplateFields.Shape("page_title", "href", "detail")

    /// Groups readers expect in a historian's bibliography.
    static func group(of entry: BibEntry) -> String {
        switch entry.type {
        case .book, .booklet, .manual, .proceedings, .inbook: "Books"
        case .article, .incollection, .inproceedings: "Articles, chapters and the press"
        case .techreport, .phdthesis, .mastersthesis: "Reports and theses"
        default: "Encyclopedia entries and other works"
        }
    }

    static let indexPath = "bibliography/index.html"

    func indexPage() -> PlannedPage {
        let path = Self.indexPath
        var layout = LayoutModel(site: site.corpus.site, path: path, title: "Bibliography")
        layout.breadcrumbs = [("Home", "index.html")]
        var counts: [String: Int] = [:]
        for citation in site.citations { counts[citation.key, default: 0] += 1 }
        let order = ["Books", "Articles, chapters and the press", "Reports and theses",
                     "Encyclopedia entries and other works"]
        let grouped = Dictionary(grouping: list.items) { Self.group(of: $0.entry) }
        let paths = self.paths
        let groups: [TemplateValue] = order.compactMap { title -> TemplateValue? in
            guard let items = grouped[title], !items.isEmpty else { return nil }
            let id = Slug.make(title)
            layout.toc.append((2, id, title))
            return .object([
                "title": .text(title), "id": .text(id),
                "items": .list(items.map { item in
                    let count = counts[item.entry.key] ?? 0
                    return .object([
                        "id": .text(item.entry.key),
                        "reference_html": .html(list.referenceHTML(forKey: item.entry.key) ?? ""),
                        "href": .text(PagePath.link(from: path, to: paths.reference(item.entry.key))),
                        "cited_count": .text(count == 0 ? "" : count == 1 ? "cited once" : "cited \(count) times"),
                    ])
                }),
            ])
        }
        let exports: [TemplateValue] = [
            ("BibTeX (.bib)", "references.bib"), ("CSL-JSON", "references.json"), ("RIS", "references.ris"),
        ].map { .object(["title": .text($0.0), "href": .text(PagePath.link(from: path, to: $0.1))]) }
        return SitePlanner.page(
            layout, template: "bibliography",
            fields: ["groups": .list(groups), "exports": .list(exports)],
            source: site.corpus.bibliography.map { SourceLocation(file: $0.file) })
    }

    var paths: SitePaths { site.paths ?? SitePaths.empty }

    /// `citations[positions]` are the places that cite the work, in order (positions, so the
    /// records are read where they are, not copied for each work).
    func entryPage(_ item: ReferenceList.Item, citations: [CitationRecord], at positions: [Int]) -> PlannedPage {
        let path = paths.reference(item.entry.key)
        let short = list.citation(item.entry.key)?.plainText ?? item.entry.key
        let title = short.hasPrefix("(") && short.hasSuffix(")") ? String(short.dropFirst().dropLast()) : short
        var layout = LayoutModel(site: site.corpus.site, path: path, title: title)
        layout.breadcrumbs = [("Home", "index.html"), ("Bibliography", "bibliography/index.html")]
        // One line per citing page, its places listed in order: "note 12, p. 5; p. 9".
        // Pages in the order of their first citation; a table of the pages seen, not a search
        // of the list (a work cited on 500 pages made this 23 times slower at 10 times the
        // size). Records are read in place, not grouped into copies, and each page's places
        // are joined as they come.
        var firstRecord: [Int] = []
        var details: [String] = []
        var slotByPage: [String: Int] = [:]
        slotByPage.reserveCapacity(positions.count)
        for index in positions {
            let slot: Int
            if let seen = slotByPage[citations[index].page] {
                slot = seen
            } else {
                slot = firstRecord.count
                slotByPage[citations[index].page] = slot
                firstRecord.append(index)
                details.append("")
            }
            // "note 12, p. 5", "note 12", "p. 5"; a record with neither adds nothing.
            var place = citations[index].footnote.map { "note \($0)" }
            if let locator = citations[index].locator { place = place.map { "\($0), \(locator)" } ?? locator }
            guard let place, !place.isEmpty else { continue }
            details[slot] += details[slot].isEmpty ? place : "; " + place
        }
        let citedBy: [TemplateValue] = firstRecord.indices.map { slot in
            let first = firstRecord[slot]
            return .object(TemplateFields(
                Self.citedByShape,
                .text(citations[first].pageTitle),
                .text(PagePath.link(from: path, to: citations[first].page, fragment: citations[first].anchor)),
                .optionalText(details[slot].isEmpty ? nil : details[slot])))
        }
        var hosted: [TemplateValue] = []
        if let document = paths.hostedDocument(for: item.entry.key),
           let hostedDocument = site.corpus.documents.first(where: { $0.slug == document }) {
            hosted.append(.object([
                "title": .text(hostedDocument.title),
                "href": .text(PagePath.link(from: path, to: PagePath.document(document, part: "index"))),
            ]))
        }
        for index in articlesBySource[item.entry.key] ?? [] {
            let article = site.corpus.articles[index]
            hosted.append(.object([
                "title": .text([article.title, article.subtitle].compactMap { $0 }.joined(separator: ": ")),
                "href": .text(PagePath.link(from: path, to: PagePath.article(article.slug))),
            ]))
        }
        return SitePlanner.page(
            layout, template: "reference",
            fields: [
                "reference_html": .html(list.referenceHTML(forKey: item.entry.key) ?? ""),
                "bibtex": .text(item.entry.raw), "key": .text(item.entry.key),
                "bibliography_href": .text(PagePath.link(from: path, to: "bibliography/index.html#\(item.entry.key)")),
                "has_cited_by": .flag(!citedBy.isEmpty), "cited_by": .list(citedBy),
                "hosted": .list(hosted),
            ],
            source: site.corpus.bibliography.map {
                SourceLocation(file: $0.file, line: item.entry.location.line, column: item.entry.location.column)
            })
    }

    /// The formatted references of the keys a body cites, in bibliography order, for its
    /// "Works cited" list.
    func worksCited(_ keys: [String], from path: String) -> [TemplateValue] {
        // Each key is looked up once, and the comparison reads only the places (capturing
        // `self` copied the whole value for every comparison). The sort is stable, as
        // `sorted(by:)` is, so keys in the same place keep their order; keys the list has not
        // got are left out.
        let works = self.worksCited, positions = worksCitedPositions
        let ranked = keys.enumerated().compactMap { index, key in
            positions[key].map { (place: works[$0].place, index: index, work: $0) }
        }.sorted { ($0.place, $0.index) < ($1.place, $1.index) }
        let folder = PagePath.subfolder(of: path)
        return ranked.map { ranked in
            if let folder, let workFolder = works[ranked.work].folder, folder != workFolder {
                return works[ranked.work].fromSubfolder
            }
            return .object(TemplateFields(
                Self.workCitedShape, .html(works[ranked.work].html),
                .text(PagePath.link(from: path, to: works[ranked.work].path))))
        }
    }
}

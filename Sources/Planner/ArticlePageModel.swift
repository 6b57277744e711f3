import Corpus
import Diagnostics
import Linker

/// An article page. Its fields are made from what the caller holds, not from copies kept in
/// a model value: a copy of the context retained every reference of the site's bibliography
/// and timeline for every article, on objects every page shares.
enum ArticlePageModel {

    static let schema: [String: TemplateSchema] = [
        "title": .text, "subtitle": .list(.text), "author": .list(.text),
        "summary": .list(.text), "body_html": .html,
        "see_also": .list(.object(["text": .text, "link": .list(.object(["href": .text]))])),
        "bibliography": .list(.object(["key": .text, "reference_html": .html, "href": .text])),
        "tags": .list(.object(["name": .text, "href": .text])),
        "has_see_also": .flag, "has_bibliography": .flag,
        "events": PageContext.eventSchema, "has_events": .flag,
        "has_works_cited": .flag, "works_cited": .list(.object(["reference_html": .html, "href": .text])),
    ]

    /// An item of an article's tags.
    static let tagShape = TemplateFields.Shape("name", "href")

    /// The fields of article `index`, read where they are: an article handed over as a value,
    /// or bound to a name, was copied (every reference in it retained and released).
    static func fields(_ articles: [ResolvedArticle], at index: Int, path: String, context: PageContext) -> TemplateFields {
        let references = context.references
        let paths = references.paths
        return TemplateFields(
            Self.shape,
            .text(articles[index].article.title),
            .optionalText(articles[index].article.subtitle),
            .optionalText(articles[index].article.author),
            .optionalText(articles[index].article.summary),
            .htmlBytes(articles[index].body.rendered.utf8),
            .list(articles[index].seeAlso.map { item in
                .object(TemplateFields(
                    Self.seeAlsoShape, .text(item.text),
                    .list(item.path.map { [.object(TemplateFields(Self.linkShape, .text(PagePath.link(from: path, to: $0))))] } ?? [])))
            }),
            .list(articles[index].article.bibliography.map {
                .object(TemplateFields(
                    Self.bibliographyShape, .text($0.value),
                    .html(references.list.referenceHTML(forKey: $0.value) ?? ""),
                    .text(PagePath.link(from: path, to: paths.reference($0.value)))))
            }),
            .list(context.events(on: path)),
            .flag(context.hasEvents(on: path)),
            .flag(!articles[index].body.cited.isEmpty),
            .list(references.worksCited(articles[index].body.cited, from: path)),
            .flag(!articles[index].article.seeAlso.isEmpty),
            .flag(!articles[index].article.bibliography.isEmpty),
            .list(articles[index].article.tags.map {
                .object(TemplateFields(
                    Self.tagShape, .text($0), .text(PagePath.link(from: path, to: "tags/\(NavigationPages.slug($0)).html"))))
            }))
    }

    /// The page's keys, hashed once (a literal hashed and checked all fourteen for every page).
    static let shape = TemplateFields.Shape(
        "title", "subtitle", "author", "summary", "body_html", "see_also", "bibliography", "events", "has_events",
        "has_works_cited", "works_cited", "has_see_also", "has_bibliography", "tags")
    static let seeAlsoShape = TemplateFields.Shape("text", "link")
    static let linkShape = TemplateFields.Shape("href")
    static let bibliographyShape = TemplateFields.Shape("key", "reference_html", "href")
}

extension SitePlanner {
    /// The page of article `index` of the site (its fields read in place, as in
    /// `ArticlePageModel.fields`).
    func articlePage(_ index: Int, site: ResolvedSite, context: PageContext) -> PlannedPage {
        let path = PagePath.article(site.articles[index].article.slug)
        let title = site.articles[index].article.fullTitle
        var layout = LayoutModel(site: site.corpus.site, path: path, title: title)
        layout.description = site.articles[index].article.summary
        layout.breadcrumbs = [("Home", "index.html")]
        layout.toc = site.articles[index].body.rendered.headings.map { ($0.level, $0.id, $0.text) }
        return Self.page(
            layout, template: "article",
            fields: ArticlePageModel.fields(site.articles, at: index, path: path, context: context),
            source: SourceLocation(file: site.articles[index].article.body.file))
    }
}

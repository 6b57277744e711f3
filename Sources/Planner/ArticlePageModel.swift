import Corpus
import Diagnostics
import Linker

/// An article page.
struct ArticlePageModel {
    let resolved: ResolvedArticle
    let path: String

    static let schema: [String: TemplateSchema] = [
        "title": .text, "subtitle": .list(.text), "author": .list(.text),
        "summary": .list(.text), "body_html": .html,
        "see_also": .list(.object(["text": .text])),
        "bibliography": .list(.object(["key": .text, "text": .text])),
        "tags": .list(.object(["name": .text])),
        "has_see_also": .flag, "has_bibliography": .flag,
    ]

    func fields() -> [String: TemplateValue] {
        let article = resolved.article
        return [
            "title": .text(article.title),
            "subtitle": .optionalText(article.subtitle),
            "author": .optionalText(article.author),
            "summary": .optionalText(article.summary),
            "body_html": .html(resolved.body.rendered.html),
            "see_also": .list(article.seeAlso.map { .object(["text": .text($0.value)]) }),
            "bibliography": .list(article.bibliography.map {
                .object(["key": .text($0.value), "text": .text($0.value)])
            }),
            "has_see_also": .flag(!article.seeAlso.isEmpty),
            "has_bibliography": .flag(!article.bibliography.isEmpty),
            "tags": .list(article.tags.map { .object(["name": .text($0)]) }),
        ]
    }
}

extension SitePlanner {
    func articlePage(_ resolved: ResolvedArticle, site: ResolvedSite) -> PlannedPage {
        let path = PagePath.article(resolved.article.slug)
        let title = [resolved.article.title, resolved.article.subtitle].compactMap { $0 }
            .joined(separator: ": ")
        var layout = LayoutModel(site: site.corpus.site, path: path, title: title)
        layout.description = resolved.article.summary
        layout.breadcrumbs = [("Home", "index.html")]
        layout.toc = resolved.body.rendered.headings.map { ($0.level, $0.id, $0.text) }
        return Self.page(
            layout, template: "article",
            fields: ArticlePageModel(resolved: resolved, path: path).fields(),
            source: SourceLocation(file: resolved.article.body.file))
    }
}

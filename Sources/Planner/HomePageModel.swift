import Linker

/// The home page: the text of index.md and lists of what the site holds.
struct HomePageModel {
    let site: ResolvedSite
    let path: String

    static let schema: [String: TemplateSchema] = [
        "intro_html": .html,
        "articles": .list(.object([
            "title": .text, "subtitle": .list(.text), "author": .list(.text),
            "summary": .list(.text), "href": .text,
        ])),
        "documents": .list(.object([
            "title": .text, "authors": .text, "summary": .list(.text), "href": .text,
        ])),
    ]

    func fields() -> TemplateFields {
        [
            "intro_html": .htmlBytes(site.home.rendered.utf8),
            // By index, the fields read where they are (a map over the articles copied each,
            // every reference in it retained and released).
            "articles": .list(site.articles.indices.map { index in
                .object([
                    "title": .text(site.articles[index].article.title),
                    "subtitle": .optionalText(site.articles[index].article.subtitle),
                    "author": .optionalText(site.articles[index].article.author),
                    "summary": .optionalText(site.articles[index].article.summary),
                    "href": .text(PagePath.link(from: path, to: PagePath.article(site.articles[index].article.slug))),
                ])
            }),
            "documents": .list(site.documents.map { resolved in
                let document = resolved.document
                return .object([
                    "title": .text(document.title),
                    "authors": .text(document.authors.joined(separator: " and ")),
                    "summary": .optionalText(document.summary),
                    "href": .text(PagePath.link(
                        from: path, to: PagePath.document(document.slug, part: "index"))),
                ])
            }),
        ]
    }
}

extension TemplateValue {
    /// An optional text as a list of zero or one item, so `{{#x}}…{{.}}…{{/x}}` shows it
    /// only when present.
    static func optionalText(_ text: String?) -> TemplateValue {
        .list(text.map { [.text($0)] } ?? [])
    }
}

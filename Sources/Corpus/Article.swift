import Diagnostics

/// One article: `Content/articles/<slug>.md`.
package struct Article: Sendable, Equatable {
    package var slug: String
    package var title: String
    package var subtitle: String?
    package var author: String?
    /// The references.bib key of the work this text comes from.
    package var source: Located<String>?
    package var seeAlso: [SeeAlsoItem]
    package var bibliography: [Located<String>]
    package var tags: [String]
    package var summary: String?
    package var body: MarkdownSource

    /// How the article is named in page titles, links to it and the search index: its title,
    /// and its subtitle after a colon.
    package var fullTitle: String {
        subtitle.map { title + ": " + $0 } ?? title
    }

    static let kind = "an article"

    static func read(
        slug: String, split: FrontMatterSplit, yaml: YAMLValue, file: String,
        diagnostics: inout [Diagnostic]
    ) -> Article? {
        var fields = FieldReader(yaml, file: file)
        let title = fields.string("title", required: true)
        let article = Article(
            slug: slug, title: title ?? "", subtitle: fields.string("subtitle"),
            author: fields.string("author"),
            source: fields.string("source").map { Located($0, at: fields.location(of: "source")) },
            seeAlso: SeeAlsoItem.read(fields.value("see_also"), file: file, diagnostics: &diagnostics),
            bibliography: fields.locatedStrings("bibliography"),
            tags: fields.strings("tags"), summary: fields.string("summary"),
            body: MarkdownSource(file: file, text: split.body, firstLine: split.bodyFirstLine))
        diagnostics.append(contentsOf: fields.finish(kind: Self.kind))
        return title == nil ? nil : article
    }
}

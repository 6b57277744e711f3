import Corpus
import Diagnostics

/// A "See also" entry with the page it resolved to (nil: shown as plain text).
package struct ResolvedSeeAlso: Sendable, Equatable {
    package var text: String
    /// Site path of the page, e.g. `entities/korean-war.html`.
    package var path: String?
}

/// Resolves "See also" lists to article or entity pages by name or alias (any case); a name
/// with no page is a warning and is shown as plain text.
struct SeeAlsoResolver {
    let names: EntityNames
    let corpus: Corpus

    /// The see-also items of the article `slug` (its fields, not the article: a copy of it
    /// retained every reference it holds).
    func resolve(_ items: [SeeAlsoItem], of slug: String, diagnostics: inout [Diagnostic]) -> [ResolvedSeeAlso] {
        items.map { item in
            if item.outside { return ResolvedSeeAlso(text: item.text, path: nil) }
            if let page = item.page {
                guard let path = path(ofPage: page) else {
                    diagnostics.append(.error(
                        "see-also-page-unknown", "no page \"\(page)\"", at: item.location,
                        hint: "name a page as articles/<slug> or entities/<slug>"))
                    return ResolvedSeeAlso(text: item.text, path: nil)
                }
                return ResolvedSeeAlso(text: item.text, path: path)
            }
            if let slug = names.slug(forName: item.text) {
                return ResolvedSeeAlso(text: item.text, path: SitePaths.entity(slug))
            }
            if let other = corpus.articles.first(where: {
                $0.title.lowercased() == item.text.lowercased() && $0.slug != slug
            }) {
                return ResolvedSeeAlso(text: item.text, path: PagePath.article(other.slug))
            }
            diagnostics.append(.warning(
                "see-also-unresolved", "no page for \"\(item.text)\"", at: item.location,
                hint: "add an entity with this name or alias, point at a page with "
                    + "{text: \"\(item.text)\", page: entities/<slug>}, or mark it {text: \"\(item.text)\", outside: true}"))
            return ResolvedSeeAlso(text: item.text, path: nil)
        }
    }

    private func path(ofPage page: String) -> String? {
        if page.hasPrefix("articles/"), corpus.articles.contains(where: { "articles/\($0.slug)" == page }) {
            return PagePath.article(String(page.dropFirst("articles/".count)))
        }
        if page.hasPrefix("entities/"), corpus.entities.contains(where: { "entities/\($0.slug)" == page }) {
            return SitePaths.entity(String(page.dropFirst("entities/".count)))
        }
        return nil
    }
}

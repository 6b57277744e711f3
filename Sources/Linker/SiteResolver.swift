import CommonMark
import Corpus
import Diagnostics

/// The resolve stage: parses every body (serially: cmark is not thread-safe), then runs each
/// cross-reference check over the whole corpus.
package struct SiteResolver {
    package var limits: MarkdownLimits = .standard

    package init(limits: MarkdownLimits = .standard) {
        self.limits = limits
    }

    package func resolve(_ corpus: Corpus, diagnostics: inout [Diagnostic]) -> ResolvedSite {
        let bodies = BodyResolver(limits: limits, allowRawHTML: corpus.site.rawHTML)
        let home = bodies.resolve(corpus.home, diagnostics: &diagnostics)
        let articles = corpus.articles.map {
            ResolvedArticle(article: $0, body: bodies.resolve($0.body, diagnostics: &diagnostics))
        }
        let documents = corpus.documents.map { document in
            ResolvedDocument(
                document: document,
                bodies: document.parts.map { bodies.resolve($0.body, diagnostics: &diagnostics) })
        }
        let entities = corpus.entities.map {
            ResolvedEntity(entity: $0, body: bodies.resolve($0.body, diagnostics: &diagnostics))
        }
        let site = ResolvedSite(
            corpus: corpus, home: home, articles: articles, documents: documents,
            entities: entities)
        let index = AnchorIndex(site)
        for check in Self.checks {
            diagnostics.append(contentsOf: check(site, index))
        }
        return site
    }

    /// Every cross-reference check, each in its own file.
    static let checks: [@Sendable (ResolvedSite, AnchorIndex) -> [Diagnostic]] = [
        { site, index in TimelineReferenceCheck(site: site, index: index).run() },
        { site, _ in ReferenceKeyCheck(site: site).run() },
        { site, _ in PageMarkerCheck(site: site).run() },
        { site, _ in DateCheck(site: site).run() },
    ]
}

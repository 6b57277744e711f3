import BibTeX
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
        var site = ResolvedSite(
            corpus: corpus, home: home, articles: articles, documents: documents,
            entities: entities)
        if let bibliography = corpus.bibliography {
            let (entries, problems) = BibTeXReader.read(bibliography.text)
            site.references = entries
            diagnostics += problems.map { problem in
                Diagnostic(
                    problem.severity == .error ? .error : .warning, rule: problem.ruleID, problem.message,
                    at: SourceLocation(file: bibliography.file, line: problem.line, column: problem.column),
                    hint: problem.hint)
            }
        }
        site.series = corpus.dataSeries.compactMap {
            DataSeriesReader(file: $0).read(diagnostics: &diagnostics)
        }
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
        { site, index in
            DataSeriesCheck(series: site.series, index: index, referenceKeys: Set(site.references.map(\.key))).run()
        },
    ]
}

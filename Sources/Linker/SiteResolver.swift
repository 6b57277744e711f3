import BibTeX
import CitationStyles
import CommonMark
import Corpus
import Diagnostics
import Foundation

/// The resolve stage: parses every body (serially: cmark is not thread-safe), links
/// citations, renders the bodies, then runs each cross-reference check over the corpus.
package struct SiteResolver {
    package var limits: MarkdownLimits = .standard
    package var cache: ParseCache?

    package init(limits: MarkdownLimits = .standard, cache: ParseCache? = nil) {
        self.limits = limits
        self.cache = cache
    }

    /// A body with the page it is shown on.
    struct PageBody {
        var path: String
        var title: String
        var parsed: ParsedBody
        var entity: String? = nil
    }

    package func resolve(_ corpus: Corpus, diagnostics: inout [Diagnostic]) -> ResolvedSite {
        var parser = BodyParser(limits: limits, allowRawHTML: corpus.site.rawHTML)
        parser.cache = cache
        func parse(_ source: MarkdownSource, _ path: String, _ title: String) -> PageBody {
            PageBody(path: path, title: title, parsed: parser.parse(source, diagnostics: &diagnostics))
        }
        let home = parse(corpus.home, "index.html", corpus.site.title)
        let articles = corpus.articles.map {
            parse($0.body, PagePath.article($0.slug), $0.title + ($0.subtitle.map { ": \($0)" } ?? ""))
        }
        let documents = corpus.documents.map { document in
            document.parts.map {
                parse($0.body, PagePath.document(document.slug, part: $0.slug), $0.title)
            }
        }
        let handouts = corpus.handouts.map { parse($0.body, "handouts/\($0.slug).html", $0.title) }
        let entities = corpus.entities.map { entity in
            var body = parse(entity.body, SitePaths.entity(entity.slug), entity.name)
            body.entity = entity.slug
            return body
        }

        let references = readBibliography(corpus, diagnostics: &diagnostics)
        let style: CitationStyle = corpus.site.citationStyle == "chicago-notes"
            ? .chicagoNotesBibliography : .chicagoAuthorDate
        let referenceList = ReferenceList(references, style: style)
        var partsByDocument: [String: [(part: String, markers: [String])]] = [:]
        for (document, bodies) in zip(corpus.documents, documents) {
            partsByDocument[document.slug] = zip(document.parts, bodies).map { ($0.slug, $1.parsed.pageMarkers) }
        }
        let paths = SitePaths(corpus: corpus, references: references, parsedParts: partsByDocument)

        let series = corpus.dataSeries.compactMap {
            DataSeriesReader(file: $0).read(diagnostics: &diagnostics)
        }
        let charts = ChartBuilder(series: series, events: corpus.events, references: referenceList, paths: paths)
        for table in series {
            for config in table.charts { diagnostics += charts.problems(table, config) }
        }
        let names = EntityNames(corpus.entities)
        let context = LinkContext(
            references: referenceList, paths: paths, names: names, charts: charts,
            mentionLinks: corpus.site.mentionLinks)

        // Parsing is done (serially, for cmark); linking and writing HTML are pure Swift and
        // run in parallel. Results are merged in page order, so output never varies.
        // Handouts are for paper: every link becomes an endnote, so names are not linked.
        let jobs: [(body: PageBody, mentionLinks: String?)] =
            [(home, nil)] + articles.map { ($0, nil) } + documents.flatMap { $0.map { ($0, nil) } }
            + entities.map { ($0, nil) } + handouts.map { ($0, "off") }
        let slots = LinkSlots(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            slots.set(index, context.link(jobs[index].body, mentionLinks: jobs[index].mentionLinks))
        }
        let linked = slots.values
        var citations: [CitationRecord] = []
        var mentions: [MentionRecord] = []
        for result in linked {
            diagnostics += result.diagnostics
            citations += result.citations
            mentions += result.mentions
        }
        // Every job fills its slot, so the results line up with `jobs` one to one.
        var cursor = 0
        func take() -> ResolvedBody {
            defer { cursor += 1 }
            return linked[cursor].body
        }
        let homeBody = take()
        let articleBodies = corpus.articles.map { _ in take() }
        let documentBodies = documents.map { parts in parts.map { _ in take() } }
        let entityBodies = corpus.entities.map { _ in take() }
        let handoutBodies = corpus.handouts.map { _ in take() }

        var site = ResolvedSite(
            corpus: corpus, home: homeBody,
            articles: zip(corpus.articles, articleBodies).map { ResolvedArticle(article: $0, body: $1) },
            documents: zip(corpus.documents, documentBodies).map { ResolvedDocument(document: $0, bodies: $1) },
            entities: zip(corpus.entities, entityBodies).map { ResolvedEntity(entity: $0, body: $1) })
        site.handouts = zip(corpus.handouts, handoutBodies).map { handout, body in
            var chartHTML: String?
            if let chart = handout.chart {
                chartHTML = HandoutChecks.chart(chart, handout: handout, builder: charts, diagnostics: &diagnostics)
            }
            return ResolvedHandout(handout: handout, body: body, chartHTML: chartHTML)
        }
        let seeAlso = SeeAlsoResolver(names: names, corpus: corpus)
        for index in site.articles.indices {
            site.articles[index].seeAlso = seeAlso.resolve(site.articles[index].article, diagnostics: &diagnostics)
        }
        site.references = references
        site.citations = citations
        site.mentions = mentions
        site.paths = paths
        site.series = series
        site.charts = charts
        let index = AnchorIndex(site)
        for check in Self.checks {
            diagnostics.append(contentsOf: check(site, index))
        }
        return site
    }

    private func readBibliography(_ corpus: Corpus, diagnostics: inout [Diagnostic]) -> [BibEntry] {
        guard let bibliography = corpus.bibliography else { return [] }
        let (entries, problems) = BibTeXReader.read(bibliography.text)
        diagnostics += problems.map { problem in
            Diagnostic(
                problem.severity == .error ? .error : .warning, rule: problem.ruleID, problem.message,
                at: SourceLocation(file: bibliography.file, line: problem.line, column: problem.column),
                hint: problem.hint)
        }
        return entries
    }

    /// Every cross-reference check, each in its own file.
    static let checks: [@Sendable (ResolvedSite, AnchorIndex) -> [Diagnostic]] = [
        { site, index in TimelineReferenceCheck(site: site, index: index).run() },
        { site, _ in ReferenceKeyCheck(site: site).run() },
        { site, _ in PageMarkerCheck(site: site).run() },
        { site, _ in DateCheck(site: site).run() },
        { site, _ in
            site.corpus.events.compactMap { event -> Diagnostic? in
                guard let summary = event.summary, let violation = MarkdownLimits.standard.check(summary) else { return nil }
                return .error(
                    "markdown-limit-\(violation.kind.rawValue)", "summary of event \"\(event.id)\": \(violation.message)",
                    at: event.location, hint: "shorten or simplify the summary")
            }
        },
        { site, index in HandoutChecks(site: site, index: index).run() },
        { site, index in
            DataSeriesCheck(series: site.series, index: index, referenceKeys: Set(site.references.map(\.key))).run()
        },
    ]
}

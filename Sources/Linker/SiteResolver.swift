import BibTeX
import CitationStyles
import CommonMark
import Corpus
import Diagnostics
import Foundation
import Parallel

/// The resolve stage: parses every body, links citations and mentions, renders the bodies
/// (each step on every core), then runs each cross-reference check over the corpus.
package struct SiteResolver {
    package var limits: MarkdownLimits = .standard
    package var cache: ParseCache?
    /// Told of every body linked (the progress line of long builds).
    package var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

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
        /// What parsing reported; it travels with the body so a re-link replaces both.
        var parseDiagnostics: [Diagnostic] = []
    }

    package func resolve(_ corpus: Corpus, diagnostics: inout [Diagnostic]) -> ResolvedSite {
        let resolution = resolution(corpus)
        diagnostics += resolution.diagnostics
        return resolution.site
    }

    /// The resolved site with what a later `reresolve` needs to redo only edited bodies.
    /// `articleTexts`: the articles' Markdown taken out of `corpus` (`Corpus.takeArticleTexts`),
    /// each handed to the job that parses it and dropped once its body is linked; the
    /// resolved bodies then keep no text.
    package func resolution(_ corpus: Corpus, articleTexts: [HandedText]? = nil) -> Resolution {
        var diagnostics: [Diagnostic] = []
        var bodyParser = BodyParser(limits: limits, allowRawHTML: corpus.site.rawHTML)
        bodyParser.cache = cache
        let parser = bodyParser
        /// A body still to parse, and the page it is shown on.
        struct Source: Sendable {
            var source: MarkdownSource
            var path: String
            var title: String
            var entity: String? = nil
            /// Where the text is when `source` has none yet (an article's, handed over).
            var text: HandedText? = nil

            /// The source with its text, taking a handed-over text out of its box.
            func taken() -> MarkdownSource {
                guard let text else { return source }
                var source = source
                source.text = text.take()
                return source
            }
        }
        @Sendable func parse(_ item: Source) -> PageBody {
            var found: [Diagnostic] = []
            let parsed = parser.parse(item.taken(), diagnostics: &found)
            return PageBody(
                path: item.path, title: item.title, parsed: parsed, entity: item.entity, parseDiagnostics: found)
        }
        // Document parts are parsed first: where their printed pages start is part of the
        // paths every body links against. Every other body is parsed just before it is
        // linked (below), so no more than a few parsed trees are in memory at once.
        let documents = corpus.documents.map { document in
            document.parts.map { Source(source: $0.body, path: PagePath.document(document.slug, part: $0.slug), title: $0.title) }
                .parallelMap { ParsedSlot(parse($0)) }
        }

        let articleSources = corpus.articles.indices.map { index in
            Source(
                source: corpus.articles[index].body, path: PagePath.article(corpus.articles[index].slug),
                title: corpus.articles[index].fullTitle,
                text: articleTexts?[index])
        }
        // Reading the bibliography runs on one core; the other parses the first articles
        // meanwhile, which would otherwise wait for it (about 12 ms at 1,000 articles).
        // The entities' names are gathered on the same core (2 ms at 1,000 articles that the
        // other core waited for).
        let style = CitationStyle(rawValue: corpus.site.citationStyle) ?? .default
        let ((references, referenceList, bibliographyDiagnostics, names), earlyArticles) = whileRunning(
            { () -> ([BibEntry], ReferenceList, [Diagnostic], EntityNames) in
                var found: [Diagnostic] = []
                let references = Self.readBibliography(corpus.bibliography, diagnostics: &found)
                return (references, ReferenceList(references, style: style), found, EntityNames(corpus.entities))
            },
            meanwhile: { finished in
                var parsed: [ParsedSlot] = []
                for source in articleSources {
                    if finished() { break }
                    parsed.append(ParsedSlot(parse(source)))
                }
                return parsed
            })
        diagnostics += bibliographyDiagnostics
        var partsByDocument: [String: [(part: String, markers: [String])]] = [:]
        for (document, bodies) in zip(corpus.documents, documents) {
            partsByDocument[document.slug] = zip(document.parts, bodies).map { ($0.slug, $1.pageMarkers) }
        }
        let paths = SitePaths(corpus: corpus, references: references, parsedParts: partsByDocument)

        let series = corpus.dataSeries.compactMap {
            DataSeriesReader(file: $0).read(diagnostics: &diagnostics)
        }
        let charts = ChartBuilder(series: series, events: corpus.events, references: referenceList, paths: paths)
        for table in series {
            for config in table.charts { diagnostics += charts.problems(table, config) }
        }
        let context = LinkContext(
            references: referenceList, paths: paths, names: names, charts: charts,
            mentionLinks: corpus.site.mentionLinks)

        // Parsing (but for document parts), linking and writing HTML run in parallel, merged in
        // page order, so output never varies. Handouts are for paper: every link becomes an
        // endnote, so names are not linked.
        enum Job: Sendable {
            case parse(Source, mentionLinks: String?)
            case parsed(ParsedSlot)
        }
        var jobs: [Job] = [.parse(Source(source: corpus.home, path: "index.html", title: corpus.site.title), mentionLinks: nil)]
        for (index, source) in articleSources.enumerated() {
            jobs.append(index < earlyArticles.count ? .parsed(earlyArticles[index]) : .parse(source, mentionLinks: nil))
        }
        for parts in documents { jobs += parts.map { Job.parsed($0) } }
        for entity in corpus.entities {
            let source = Source(source: entity.body, path: SitePaths.entity(entity.slug), title: entity.name, entity: entity.slug)
            jobs.append(.parse(source, mentionLinks: nil))
        }
        for handout in corpus.handouts {
            let source = Source(source: handout.body, path: "handouts/\(handout.slug).html", title: handout.title)
            jobs.append(.parse(source, mentionLinks: "off"))
        }
        let counter = progress.map { ProgressCounter(total: jobs.count, report: $0) }
        let linked = jobs.parallelMap { job in
            defer { counter?.step() }
            var linked: LinkContext.Linked
            switch job {
            case .parse(var item, let mentionLinks):
                // The text handed over, if any, now in the source this job alone holds.
                item.source = item.taken()
                item.text = nil
                // Written straight from cmark's nodes where the body needs no tree.
                linked = context.link(
                    item.source, page: item.path, title: item.title, entity: item.entity, mentionLinks: mentionLinks,
                    parser: parser) ?? context.link(parse(item), mentionLinks: mentionLinks)
            case .parsed(let slot):
                linked = context.link(slot.take(), mentionLinks: nil)
            }
            if articleTexts != nil { linked.body.source.text = "" }
            return linked
        }
        // Both lists are long (11,000 citations and 15,000 mentions at 1,000 articles) and
        // copied on the thread left at the end of linking and one other: the mentions on one,
        // the citations and the site's parts on the other, which take about as long.
        let (mentions, (citations, (assembled, assemblyDiagnostics))) = concurrently(
            { linked.flatMap(\.mentions) },
            { () -> ([CitationRecord], (ResolvedSite, [Diagnostic])) in
                let citations = linked.flatMap(\.citations)
                var found: [Diagnostic] = []
                // Every job fills its slot, so the results line up with `jobs` one to one.
                var cursor = 0
                func take() -> ResolvedBody {
                    defer { cursor += 1 }
                    return linked[cursor].body
                }
                let homeBody = take()
                // By index: zipping the articles with their bodies copied both, and the copies
                // again into each ResolvedArticle (every reference retained three times, on
                // bodies the other core made).
                let articles = corpus.articles.indices.map { ResolvedArticle(article: corpus.articles[$0], body: take()) }
                let documentBodies = documents.map { parts in parts.map { _ in take() } }
                let entityBodies = corpus.entities.map { _ in take() }
                let handoutBodies = corpus.handouts.map { _ in take() }

                var site = ResolvedSite(
                    corpus: corpus, home: homeBody,
                    articles: articles,
                    documents: zip(corpus.documents, documentBodies).map { ResolvedDocument(document: $0, bodies: $1) },
                    entities: zip(corpus.entities, entityBodies).map { ResolvedEntity(entity: $0, body: $1) })
                site.handouts = zip(corpus.handouts, handoutBodies).map { handout, body in
                    var chartHTML: String?
                    if let chart = handout.chart {
                        chartHTML = HandoutChecks.chart(chart, handout: handout, builder: charts, diagnostics: &found)
                    }
                    return ResolvedHandout(handout: handout, body: body, chartHTML: chartHTML)
                }
                let seeAlso = SeeAlsoResolver(names: names, corpus: corpus)
                for index in site.articles.indices where !site.articles[index].article.seeAlso.isEmpty {
                    site.articles[index].seeAlso = seeAlso.resolve(
                        site.articles[index].article.seeAlso, of: site.articles[index].article.slug, diagnostics: &found)
                }
                return (citations, (site, found))
            })
        diagnostics += assemblyDiagnostics
        var site = assembled
        site.setBibliography(references, list: referenceList)
        site.citations = citations
        site.mentions = mentions
        site.paths = paths
        site.series = series
        site.charts = charts
        let anchors = AnchorIndex(site)
        return Resolution(
            site: site, linked: linked, context: context, parser: parser, anchors: anchors,
            siteDiagnostics: diagnostics, checkDiagnostics: Self.runChecks(site, anchors))
    }

    /// A body parsed before its job ran (document parts, the first articles), handed to that
    /// job: the job takes it out, so its tree is freed on the job's thread once linked, not
    /// with the lists of bodies at the end (on one core). Each slot is taken by exactly one job.
    final class ParsedSlot: @unchecked Sendable {
        private var body: PageBody?
        /// Where printed pages start in the body, which the paths need before any job runs.
        let pageMarkers: [String]

        init(_ body: PageBody) {
            self.body = body
            pageMarkers = body.parsed.pageMarkers
        }

        func take() -> PageBody {
            defer { body = nil }
            return body!
        }
    }

    static func runChecks(_ site: ResolvedSite, _ index: AnchorIndex) -> [Diagnostic] {
        checks.parallelMap { $0(site, index) }.flatMap { $0 }
    }

    private static func readBibliography(_ bibliography: BibliographyFile?, diagnostics: inout [Diagnostic]) -> [BibEntry] {
        guard let bibliography else { return [] }
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

/// A resolve's result with what `reresolve` needs to redo only the bodies an edit touched.
package struct Resolution: Sendable {
    package var site: ResolvedSite
    /// Every body's link result in page order: home, articles, document parts, entities,
    /// handouts. Its diagnostics include the parser's.
    var linked: [LinkContext.Linked]
    let context: LinkContext
    let parser: BodyParser
    /// Every page's anchors, for the checks.
    var anchors: AnchorIndex
    /// Problems found outside the bodies: bibliography, data, charts, see-also, handouts.
    var siteDiagnostics: [Diagnostic]
    /// The cross-reference checks', which look at the whole site and so always run again.
    var checkDiagnostics: [Diagnostic]

    package var diagnostics: [Diagnostic] { linked.flatMap(\.diagnostics) + siteDiagnostics + checkDiagnostics }

    /// The works whose citations, and the entities whose mentions, from `editedArticles`
    /// differ between `previous` and this resolution (what their pages list changed).
    package func changes(since previous: Resolution, editedArticles: [Int])
        -> (citedKeys: Set<String>, mentionedSlugs: Set<String>) {
        func changed<Record: Equatable>(_ old: [Record], _ new: [Record], key: (Record) -> String) -> Set<String> {
            let before = Dictionary(grouping: old, by: key), after = Dictionary(grouping: new, by: key)
            return Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }
        }
        var cited: Set<String> = [], mentioned: Set<String> = []
        for index in editedArticles {
            let (old, new) = (previous.linked[1 + index], linked[1 + index])
            cited.formUnion(changed(old.citations, new.citations, key: \.key))
            mentioned.formUnion(changed(old.mentions, new.mentions, key: \.slug))
        }
        return (cited, mentioned)
    }
}

extension SiteResolver {
    /// The indices of the articles whose body text is all that differs between two corpora,
    /// or nil when anything else differs (front matter, other files, added or removed files).
    /// Unchanged files keep their strings between loads, so the comparison is cheap.
    package static func editedArticleBodies(from old: Corpus, to new: Corpus) -> [Int]? {
        guard old.articles.count == new.articles.count else { return nil }
        var masked = new
        var edited: [Int] = []
        for index in new.articles.indices where new.articles[index].body != old.articles[index].body {
            let (before, after) = (old.articles[index].body, new.articles[index].body)
            guard before.file == after.file, before.firstLine == after.firstLine else { return nil }
            masked.articles[index].body = before
            edited.append(index)
        }
        return masked == old ? edited : nil
    }

    /// The same result as `resolution(corpus)` when only the bodies of `editedArticles`
    /// differ from the corpus `previous` was made from: nothing a body is linked against
    /// (names, references, paths, charts) can have changed, so only those bodies are parsed
    /// and linked again, and the whole-site checks run again.
    package func reresolve(_ previous: Resolution, corpus: Corpus, editedArticles: [Int]) -> Resolution {
        var next = previous
        let relinked = editedArticles.parallelMap { index in
            let article = corpus.articles[index]
            var found: [Diagnostic] = []
            let parsed = previous.parser.parse(article.body, diagnostics: &found)
            let body = PageBody(
                path: PagePath.article(article.slug), title: article.fullTitle, parsed: parsed,
                parseDiagnostics: found)
            return previous.context.link(body, mentionLinks: nil)
        }
        for (index, linked) in zip(editedArticles, relinked) {
            next.linked[1 + index] = linked
            next.site.articles[index].article = corpus.articles[index]
            next.site.articles[index].body = linked.body
        }
        next.site.corpus = corpus
        next.site.citations = next.linked.flatMap(\.citations)
        next.site.mentions = next.linked.flatMap(\.mentions)
        next.anchors = previous.anchors.updating(editedArticles.map { next.site.articles[$0] })
        next.checkDiagnostics = Self.runChecks(next.site, next.anchors)
        return next
    }
}

/// An article's Markdown handed to the job that parses it, taken out once (so the job's copy
/// is the last, freed when the job is done with it).
package final class HandedText: @unchecked Sendable {
    private var text: String?

    package init(_ text: String) { self.text = text }

    func take() -> String {
        defer { text = nil }
        return text ?? ""
    }
}

import CitationStyles
import CommonMark
import Corpus
import Diagnostics
import Foundation

/// What linking one body needs from the whole site; shared read-only by parallel workers.
struct LinkContext: Sendable {
    let references: ReferenceList
    let paths: SitePaths
    let names: EntityNames
    let charts: ChartBuilder
    let mentionLinks: String

    /// One body linked and written as HTML, with what it found.
    struct Linked: Sendable {
        var body: ResolvedBody
        var diagnostics: [Diagnostic]
        var citations: [CitationRecord]
        var mentions: [MentionRecord]
    }

    func link(_ body: SiteResolver.PageBody, mentionLinks override: String?) -> Linked {
        var linker = CitationLinker(
            references: references, paths: paths, page: body.path, pageTitle: body.title,
            source: body.parsed.source)
        var mentionLinker = MentionLinker(
            names: names, page: body.path, pageTitle: body.title,
            mode: override ?? mentionLinks, ownSlug: body.entity)
        var chartBlocks = ChartBlocks(builder: charts, page: body.path, source: body.parsed.source)
        let withCharts = chartBlocks.apply(body.parsed.document)
        // Citations, then mentions in what the citation linker made, as the HTML is written:
        // the same result as rewriting the tree in two passes and writing it (each linker sees
        // its texts in the same order and context), without the rewritten copies.
        let mentions = InlineRewriter { text, context in mentionLinker.link(text, context) }
        let rendered = HTMLWriter.render(withCharts) { text, context in
            // Most runs have no citation and name no entity that is linked: they are written
            // as they are, without an array made for them.
            guard let cited = linker.link(text, context) else { return mentionLinker.link(text, context) }
            if cited.count == 1, case .text(let plain) = cited[0] { return mentionLinker.link(plain, context) }
            return mentions.rewrite(cited, context)
        }
        return Linked(
            body: ResolvedBody(
                source: body.parsed.source, rendered: rendered,
                pageMarkers: body.parsed.pageMarkers, cited: linker.cited),
            diagnostics: body.parseDiagnostics + chartBlocks.diagnostics + linker.diagnostics,
            citations: linker.records, mentions: mentionLinker.records)
    }
}

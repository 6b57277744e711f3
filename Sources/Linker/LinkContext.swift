import CitationStyles
import CommonMark
import Corpus
import Diagnostics
import Foundation

/// What linking one body needs from the whole site; shared read-only by parallel workers.
struct LinkContext: Sendable {
    let references: ReferenceList
    let paths: SitePaths
    /// The entities' names and the charts, behind one reference each: every body's linkers
    /// hold them (`Shared`).
    let names: Shared<EntityNames>
    let charts: Shared<ChartBuilder>
    let mentionLinks: String
    let citationTargets: CitationTargets
    /// Whether the linkers write runs of text into the HTML themselves where they can
    /// (`HTMLWriter.TextWriter`) rather than make inlines of each; the same HTML and records
    /// either way (tests compare them).
    var writesText = true

    init(references: ReferenceList, paths: SitePaths, names: EntityNames, charts: ChartBuilder, mentionLinks: String) {
        self.references = references
        self.paths = paths
        self.names = Shared(names)
        self.charts = Shared(charts)
        self.mentionLinks = mentionLinks
        citationTargets = CitationTargets(references: references, paths: paths)
    }

    /// One body linked and written as HTML, with what it found.
    struct Linked: Sendable {
        var body: ResolvedBody
        var diagnostics: [Diagnostic]
        var citations: [CitationRecord]
        var mentions: [MentionRecord]
    }

    func link(_ body: SiteResolver.PageBody, mentionLinks override: String?) -> Linked {
        linking(body.parsed.source, page: body.path, title: body.title, entity: body.entity, mentionLinks: override) {
            hook, writer, charts in
            (HTMLWriter.render(charts.apply(body.parsed.document), linkingText: hook, writingText: writer),
             body.parsed.pageMarkers, body.parseDiagnostics)
        }!
    }

    /// `link(parser.parse(source))` in one walk over cmark's nodes (`BodyParser.render`), or
    /// nil where the body needs its tree (the caller parses it and links that).
    func link(
        _ source: MarkdownSource, page: String, title: String, entity: String? = nil, mentionLinks override: String?,
        parser: BodyParser
    ) -> Linked? {
        linking(source, page: page, title: title, entity: entity, mentionLinks: override) { hook, writer, charts in
            parser.render(source, linkingText: hook, writingText: writer) { charts.apply($0) }.map { ($0, [], []) }
        }
    }

    /// Links a body as `write` writes it: `write` gets the hook and the text writer that link
    /// its runs of text and the chart blocks its top-level blocks go through, and gives the
    /// HTML, the body's page markers and what parsing it reported (nil: `linking` gives nil).
    private func linking(
        _ source: MarkdownSource, page: String, title: String, entity: String?, mentionLinks override: String?,
        _ write: (@escaping HTMLWriter.TextHook, HTMLWriter.TextWriter?, inout ChartBlocks)
            -> (RenderedMarkdown, [String], [Diagnostic])?
    ) -> Linked? {
        var linker = CitationLinker(
            references: references, paths: paths, targets: citationTargets, page: page, pageTitle: title,
            source: source)
        var mentionLinker = MentionLinker(
            names: names, page: page, pageTitle: title, mode: override ?? mentionLinks, ownSlug: entity)
        var chartBlocks = ChartBlocks(builder: charts, page: page, source: source)
        // Citations, then mentions in what the citation linker made, as the HTML is written:
        // the same result as rewriting the tree in two passes and writing it (each linker sees
        // its texts in the same order and context), without the rewritten copies.
        let mentions = InlineRewriter { text, context in mentionLinker.link(text, context) }
        let hook: HTMLWriter.TextHook = { text, context in
            // Most runs have no citation and name no entity that is linked: they are written
            // as they are, without an array made for them.
            guard let cited = linker.link(text, context) else { return mentionLinker.link(text, context) }
            if cited.count == 1, case .text(let plain) = cited[0] { return mentionLinker.link(plain, context) }
            return mentions.rewrite(cited, context)
        }
        // The same, written straight into the page's HTML: the runs the mention linker reads
        // on their bytes (nearly all), without narrative citations (the hook's pattern reads
        // those).
        let writer: HTMLWriter.TextWriter = { text, writer in
            guard MentionLinker.isSimpleText(text, from: writer.runFirstNonASCII ?? text.firstNonASCII(in: 0..<text.count))
            else { return false }
            let context = writer.context
            func writeMentions(_ text: UnsafeBufferPointer<UInt8>, _ writer: inout HTMLWriter) {
                mentionLinker.write(simpleText: text, context, to: &writer.output.bytes)
            }
            guard CitationLinker.containsAt(text) else {
                writeMentions(text, &writer)
                return true
            }
            return linker.write(text, to: &writer, text: writeMentions)
        }
        guard let (rendered, pageMarkers, parseDiagnostics) = write(hook, writesText ? writer : nil, &chartBlocks)
        else { return nil }
        return Linked(
            body: ResolvedBody(source: source, rendered: rendered, pageMarkers: pageMarkers, cited: linker.cited),
            diagnostics: parseDiagnostics + chartBlocks.diagnostics + linker.diagnostics,
            citations: linker.records, mentions: mentionLinker.records)
    }
}

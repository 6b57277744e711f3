import BibTeX
import CitationStyles
import CommonMark
import Corpus
import Diagnostics
import Testing
import TestSupport
@testable import Linker

/// The linkers writing runs of text straight into the HTML (`HTMLWriter.TextWriter`) against
/// making inlines of every run for the writer (`LinkContext.writesText` off): the same HTML,
/// headings, ids, citation and mention records and diagnostics, on random bodies made of
/// citations (known, unknown, narrative, with locators, inside links), entity names (plain,
/// with typographic apostrophes, in other scripts), headings, lists, tables, footnotes and
/// marks, written both from cmark's nodes and from the tree.
@Suite struct LinkedTextWritingTests {
    static let bibliography = """
        @book{kim1990, author = {Kim, A.}, title = {One}, year = {1990}, publisher = {P}}
        @article{lee2001, author = {Lee, B.}, title = {Two}, journal = {J}, year = {2001}}
        @book{cite-1, author = {Park, C.}, title = {Three}, year = {1975}, publisher = {P}}
        """

    static func entity(_ slug: String, _ name: String, _ aliases: [String] = []) -> Entity {
        Entity(slug: slug, kind: .person, name: name, aliases: aliases, description: nil, dates: nil,
               born: nil, died: nil, body: MarkdownSource(file: "e.md", text: "", firstLine: 1))
    }

    static func context(writesText: Bool, mentionLinks: String) -> LinkContext {
        let entries = BibTeXReader.read(bibliography).entries
        let references = ReferenceList(entries)
        let corpus = Corpus(site: SiteConfig(title: "T"), home: MarkdownSource(file: "index.md", text: "", firstLine: 1))
        let paths = SitePaths(corpus: corpus, references: entries, parsedParts: [:])
        let names = EntityNames([
            entity("kim-il-sung", "Kim Il Sung", ["Kim Il-song"]), entity("korea", "Korea"),
            entity("north-korea", "North Korea", ["DPRK"]), entity("prc", "People's Republic of China"),
            entity("seoul", "서울"),
        ])
        var context = LinkContext(
            references: references, paths: paths, names: names,
            charts: ChartBuilder(series: [], events: [], references: references, paths: paths),
            mentionLinks: mentionLinks)
        context.writesText = writesText
        return context
    }

    static let pieces = [
        "Kim Il Sung ", "Korea", "North Korea", "DPRK", "DPRK ", "People’s Republic of China", "서울 ", "Koreans ",
        "[@kim1990]", "[@lee2001, p. 12]", "[@kim1990; @lee2001, pp. 3-5]", "[@unknown]", "[@kim1990; @nokey]",
        "@kim1990 ", "@lee2001", "@handle ", "a@b ", "[see @kim1990]", "[@]", "[x]", "e\u{301} ", "—", "& < ",
        "word ", "the ", " ", "\n", "\n\n", "*", "**", "[l](u.html)", "[Korea [@kim1990]](k.html)",
        "[^1]", "\n\n[^1]: Note on Korea [@lee2001].\n", "\n## Korea [@kim1990]\n", "\n## Cite 1\n", "- ", "1. ", "> ",
        "\n| Korea | [@kim1990] |\n|---|---|\n| DPRK | @lee2001 |\n", "`Korea`", "{{page 3}}", "[illegible]",
    ]

    static func linked(_ text: String, writesText: Bool, mode: String, fromCmark: Bool) -> LinkContext.Linked? {
        let context = context(writesText: writesText, mentionLinks: mode)
        let source = MarkdownSource(file: "a.md", text: text, firstLine: 3)
        let parser = BodyParser()
        if fromCmark {
            return context.link(source, page: "articles/a.html", title: "A", mentionLinks: nil, parser: parser)
        }
        var diagnostics: [Diagnostic] = []
        let parsed = parser.parse(source, diagnostics: &diagnostics)
        return context.link(
            .init(path: "articles/a.html", title: "A", parsed: parsed, parseDiagnostics: diagnostics), mentionLinks: nil)
    }

    @Test func writingTextEqualsWritingInlines() {
        var random = SplitMix64(seed: 0x7E47_0001)
        var problems: [String] = []
        var compared = 0, written = 0
        for round in 0..<1_500 {
            let text = random.text(from: Self.pieces, maxPieces: 30)
            let mode = ["first-in-section", "every", "off"][round % 3]
            for fromCmark in [true, false] {
                let inlines = Self.linked(text, writesText: false, mode: mode, fromCmark: fromCmark)
                let bytes = Self.linked(text, writesText: true, mode: mode, fromCmark: fromCmark)
                guard let inlines, let bytes else {
                    if (inlines == nil) != (bytes == nil) { problems.append("nil differs: \(text.debugDescription)") }
                    continue
                }
                compared += 1
                if !bytes.body.rendered.utf8.isEmpty { written += 1 }
                if bytes.body != inlines.body {
                    problems.append("HTML differs (\(mode)) for \(text.debugDescription):\n\(inlines.body.rendered.html)\n\(bytes.body.rendered.html)")
                }
                if bytes.citations != inlines.citations { problems.append("citations differ for \(text.debugDescription)") }
                if bytes.mentions != inlines.mentions { problems.append("mentions differ for \(text.debugDescription)") }
                if bytes.diagnostics != inlines.diagnostics { problems.append("diagnostics differ for \(text.debugDescription)") }
            }
        }
        #expect(problems.isEmpty, "\(problems.prefix(3))")
        // Both ways of writing were taken, with something in them.
        #expect(compared > 2_000)
        #expect(written > 1_500)
    }

    /// The writer takes the usual runs itself and leaves the others to the hook.
    @Test func writesUsualRunsAndLeavesTheRest() {
        func taken(_ text: String) -> (Bool, String) {
            let context = Self.context(writesText: true, mentionLinks: "every")
            var citations = CitationLinker(
                references: context.references, paths: context.paths, targets: context.citationTargets,
                page: "articles/a.html", pageTitle: "A",
                source: MarkdownSource(file: "a.md", text: text, firstLine: 1))
            var writer = HTMLWriter()
            var bytes = Array(text.utf8)
            let took = bytes.withUnsafeMutableBufferPointer { buffer in
                citations.write(UnsafeBufferPointer(buffer), to: &writer) { piece, writer in
                    writer.output.bytes += Array("<\(String(decoding: piece, as: UTF8.self))>".utf8)
                }
            }
            return (took, String(decoding: writer.output.bytes, as: UTF8.self))
        }
        let (took, html) = taken("See [@kim1990] and [@unknown] & so.")
        #expect(took)
        #expect(html.hasPrefix(#"<See ><span class="citation" id="cite-1"><a href="../bibliography/kim1990.html">"#))
        #expect(html.hasSuffix(#"</a></span>< and ><[@unknown]>< & so.>"#))
        // A narrative citation is left to the hook's pattern, with nothing written.
        #expect(taken("As @kim1990 wrote [@lee2001].") == (false, ""))
        #expect(taken("As a@b.c wrote.") == (false, ""))
    }
}

import Foundation
import Testing
@testable import StudySite

/// Citations are written as HTML by the linker, with the text a reader sees besides the
/// formatted citations, from which a heading takes its id and contents entry. The same
/// citations, in a heading and in a paragraph, in a copy of the default corpus: written
/// alike, and the headings' ids and contents as the inlines the writer once walked gave them.
@Suite struct CitationHTMLTests {
    @Test func citationsInHeadingsAndParagraphsAreWrittenAlike() throws {
        let scratch = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let content = scratch.appendingPathComponent("Content")
        try FileManager.default.copyItem(atPath: TestPaths.content, toPath: content.path)
        let citations = [
            "[@gelman1984future]", "[@gelman1984future, p. 2]", "[@chung1992korea; @gelman1984future, pp. 3-5]",
            "@lensen1982balance", "[@ree1989socialism, xiii]",
        ]
        var body = "---\ntitle: \"Citations\"\n---\n\n"
        for citation in citations { body += "## Heading \(citation)\n\nA paragraph \(citation).\n\n" }
        try body.write(to: content.appendingPathComponent("articles/citation-forms.md"), atomically: true, encoding: .utf8)
        let output = scratch.appendingPathComponent("Output")
        let report = build(content: content.path, output: output)
        #expect(report.errors == 0)
        let html = try String(contentsOf: output.appendingPathComponent("articles/citation-forms.html"), encoding: .utf8)
        // Each citation's span without its id: heading, paragraph, heading, paragraph, …
        let spans = html.components(separatedBy: "<span class=\"citation\" id=\"").dropFirst().map { piece in
            String(piece.drop { $0 != "\"" }.prefix { $0 != "\n" }).components(separatedBy: "</p>")[0]
        }
        #expect(spans.count == 2 * citations.count)
        for pair in stride(from: 0, to: spans.count - 1, by: 2) {
            let heading = spans[pair].components(separatedBy: "</h2>")[0]
            #expect(spans[pair + 1].hasPrefix(heading), "\(heading)\n\(spans[pair + 1])")
        }
        // The hosted page is linked from both.
        #expect(html.components(separatedBy: "cite-page").count - 1 == 2 * 2)
        // Ids and contents entries from the text around the citations (the parentheses and
        // separators of a group, the hosted page's label), not from the citations themselves.
        #expect(html.contains("<h2 id=\"heading-p-2-in-this-site\">"))
        #expect(html.contains("href=\"#heading-p-3-in-this-site\">Heading (;  → p. 3 in this site)<"))
        #expect(html.contains("href=\"#heading-3\">Heading<"))
    }

    /// A work's page lists each citing page once, with its places in order: notes and
    /// locators joined by ", ", places by "; ", a citation with neither adding nothing.
    @Test func citedByListsEachPageWithItsPlaces() throws {
        let scratch = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let content = scratch.appendingPathComponent("Content")
        try FileManager.default.copyItem(atPath: TestPaths.content, toPath: content.path)
        let body = """
            ---
            title: "Places"
            ---

            First [@chung1992korea, p. 4], then [@chung1992korea], again[^a] and [@chung1992korea, 9-11].

            [^a]: In a note [@chung1992korea, p. 7] and [@chung1992korea].

            """
        try body.write(to: content.appendingPathComponent("articles/places.md"), atomically: true, encoding: .utf8)
        let output = scratch.appendingPathComponent("Output")
        #expect(build(content: content.path, output: output).errors == 0)
        let page = try String(contentsOf: output.appendingPathComponent("bibliography/chung1992korea.html"), encoding: .utf8)
        let line = try #require(page.components(separatedBy: "\n").first { $0.contains("articles/places.html") })
        #expect(page.components(separatedBy: "articles/places.html").count == 2)
        #expect(line.hasSuffix("</a> (p. 4; 9-11; note a, p. 7; note a)</li>"), "\(line)")
    }
}

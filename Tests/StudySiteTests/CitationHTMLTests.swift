import Foundation
import Testing
@testable import StudySite

/// Citations outside headings are written as HTML by the linker; in headings (whose text is
/// read from their inlines) as inlines the writer writes. Both must give the same HTML: the
/// same citations, one in a heading and one in a paragraph, in a copy of the default corpus.
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
    }
}

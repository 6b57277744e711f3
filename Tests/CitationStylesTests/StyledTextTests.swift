import Testing
import BibTeX
import CitationStyles

/// Rich text and its HTML: everything from a .bib file must be escaped.
@Suite struct StyledTextTests {
    @Test func everyRunIsEscaped() {
        let text = StyledText([
            .text("<b>&\"'"), .italic("<script>"), .link(url: "https://a.org/?x=1&y=\"2\""),
        ])
        #expect(text.html == "&lt;b&gt;&amp;&quot;&#39;<i>&lt;script&gt;</i>"
            + "<a href=\"https://a.org/?x=1&amp;y=&quot;2&quot;\">"
            + "https://a.org/?x=1&amp;y=&quot;2&quot;</a>")
        #expect(text.plainText == "<b>&\"'<script>https://a.org/?x=1&y=\"2\"")
    }

    @Test func scriptInATitleStaysText() {
        let entry = BibTeXReader.read("""
            @book{evil, author = {Mallory, Eve}, title = {<script>alert("x")</script> \\& More},
              publisher = {P}, year = 2020, url = {javascript:alert(1)}}
            """).entries[0]
        let html = CitationFormatter().reference(entry).html
        #expect(html == "Mallory, Eve. 2020. "
            + "<i>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; More</i>. P. "
            + "javascript:alert(1).")
        #expect(!html.contains("<script"))
        #expect(!html.contains("href"))
    }

    @Test func onlyHTTPLinksBecomeAnchors() {
        #expect(StyledRun.link(url: "http://a.org").html
            == "<a href=\"http://a.org\">http://a.org</a>")
        #expect(StyledRun.link(url: "data:text/html,x").html == "data:text/html,x")
        #expect(StyledRun.link(url: "https://a.org/x y").html == "https://a.org/x y")
    }

    @Test func neighbouringRunsMergeAndEmptyRunsDrop() {
        let text = StyledText([.text("a"), .text(""), .text("b"), .italic("c"), .italic("d")])
        #expect(text.runs == [.text("ab"), .italic("cd")])
        #expect(StyledText([.text("")]).isEmpty)
    }
}

import Testing
@testable import Charts

/// Caller text is escaped everywhere; unsafe links are dropped.
struct EscapingTests {
    @Test func xmlEscaping() {
        #expect("a & b < c > d \" e ' f".xmlEscaped
            == "a &amp; b &lt; c &gt; d &quot; e &#39; f")
        #expect("tab\tnl\nnul\u{0}bell\u{7}\u{FFFE}end".xmlEscaped == "tab\tnl\nnulbellend")
        let korean = "Kim Il Sung \u{AE40}\u{C77C}\u{C131}"
        #expect(korean.xmlEscaped == korean)
    }

    @Test(arguments: [
        "javascript:alert(1)", "JavaScript:alert(1)", "  javascript:x", "\u{1}javascript:x",
        "java\tscript:x", "java\nscript:x", "vbscript:msgbox", "data:text/html,<b>",
        "DATA:image/svg+xml,x", "", "   ",
    ])
    func unsafeHrefsAreDropped(_ href: String) {
        #expect(SafeHref.sanitize(href) == nil)
    }

    @Test(arguments: [
        ("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&c=2"),
        ("../events/x.html#p3", "../events/x.html#p3"), ("#top", "#top"),
        ("mailto:someone@example.org", "mailto:someone@example.org"),
        ("page.html?next=javascript:x", "page.html?next=javascript:x"),
        (" docs/a b.html ", "docs/a b.html"),
    ])
    func safeHrefsAreKept(_ href: String, _ expected: String) {
        #expect(SafeHref.sanitize(href) == expected)
    }

    @Test func hostileSpecCannotInjectMarkup() {
        let evil = "</title><script>alert(1)</script>\"'&"
        let spec = ChartSpec(
            id: "\"><script>", title: evil, description: evil, kind: .groupedBar,
            xAxis: .categories([evil]), series: [ChartSeries(name: evil, values: [1])],
            yAxisLabel: evil, xAxisLabel: evil,
            sourceLine: SourceLine(text: evil, href: "javascript:alert(1)"),
            eventMarks: [EventMark(x: 1, label: evil, href: "data:text/html,x")])
        for output in [ChartRenderer.svg(spec), ChartTableRenderer.html(spec)] {
            #expect(!output.contains("<script"))
            #expect(!output.contains("javascript:") && !output.contains("data:text"))
            #expect(output.contains("&lt;/title&gt;&lt;script&gt;"))
            #expect(!output.contains(evil))
        }
        #expect(ChartRenderer.svg(spec).contains("id=\"chart----script--title\""))
    }

    @Test func sourceLinkIsEscapedInTheAttribute() {
        let spec = ChartSpec(
            id: "s", title: "t", description: "d", kind: .line, xAxis: .years([2000, 2001]),
            series: [ChartSeries(name: "A", values: [1, 2])], yAxisLabel: "",
            sourceLine: SourceLine(text: "Source", href: "https://x.org/?a=1&b=\"2\""))
        let link = "<a href=\"https://x.org/?a=1&amp;b=&quot;2&quot;\">"
        #expect(ChartRenderer.svg(spec).contains(link))
    }
}

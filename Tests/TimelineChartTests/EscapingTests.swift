import Charts
import Testing
import TestSupport
@testable import TimelineChart

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
        "java\tscript:x", "java\nscript:x", "vbscript:msgbox", "VBScript:x",
        "data:text/html,<b>", "DATA:image/svg+xml,x", "", "   ",
    ])
    func unsafeHrefsAreDropped(_ href: String) {
        #expect(SafeHref.sanitize(href) == nil)
    }

    @Test(arguments: [
        ("#event-russo-korean-treaty-1884", "#event-russo-korean-treaty-1884"),
        ("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&c=2"),
        ("../timeline.html#event-x", "../timeline.html#event-x"),
        ("page.html?next=javascript:x", "page.html?next=javascript:x"),
        (" #event-x ", "#event-x"),
    ])
    func safeHrefsAreKept(_ href: String, _ expected: String) {
        #expect(SafeHref.sanitize(href) == expected)
    }

    @Test func hostileSpecCannotInjectMarkup() {
        let evil = "</title><script>alert(1)</script>\"'&"
        let mark = TimelineMark(
            id: evil, label: evil, lane: evil, start: 0, end: 10, precision: .interval,
            href: "javascript:alert(1)", dateText: evil)
        let linked = TimelineMark(
            id: "b", label: "B", lane: evil, start: 5, end: 5, precision: .day,
            href: " JAVASCRIPT:alert(2)", dateText: "")
        let spec = TimelineSpec(
            id: "\"><script>", title: evil, description: evil,
            lanes: [TimelineLane(id: evil, title: evil)], events: [mark, linked])
        let svg = TimelineRenderer.svg(spec)
        #expect(XMLCheck.isWellFormed(svg))
        #expect(!svg.contains("<script"))
        #expect(!svg.lowercased().contains("javascript:"))
        #expect(!svg.contains("<a "))
        #expect(svg.contains("&lt;/title&gt;&lt;script&gt;"))
        #expect(!svg.contains(evil))
        #expect(svg.contains("id=\"timeline----script--title\""))
    }

    @Test func hrefsAreEscapedInTheAttribute() {
        let mark = TimelineMark(id: "a", label: "A", lane: "l", start: 0, end: 0,
                                precision: .day, href: "page.html?a=1&b=\"2\"#x")
        let spec = TimelineSpec(id: "s", title: "t", description: "d",
                                lanes: [TimelineLane(id: "l", title: "L")], events: [mark])
        #expect(TimelineRenderer.svg(spec)
            .contains("<a href=\"page.html?a=1&amp;b=&quot;2&quot;#x\" class=\"timeline-event\">"))
    }
}

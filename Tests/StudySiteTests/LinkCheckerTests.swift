import Testing
@testable import StudySite

@Suite struct LinkCheckerTests {
    func file(_ path: String, _ html: String) -> (path: String, bytes: [UInt8]) { (path, Array(html.utf8)) }

    @Test func resolvesRelativePathsAndFragments() {
        let files = [
            file("index.html", "<a href=\"articles/a.html#p2\">a</a> <a href=\"#top\">t</a><p id=\"top\"></p>"),
            file("articles/a.html", "<p id=\"p2\"></p><a href=\"../index.html\">h</a><a href=\"./a.html\">s</a>"),
        ]
        #expect(LinkChecker.check(files).isEmpty)
    }

    @Test func reportsMissingFilesAndFragments() {
        let files = [
            file("index.html", "<a href=\"articles/missing.html\">a</a><a href=\"articles/a.html#nope\">b</a>"),
            file("articles/a.html", "<img src=\"../assets/x.png\" alt=\"\">"),
        ]
        let broken = LinkChecker.check(files)
        #expect(broken.map(\.href).sorted() == ["../assets/x.png", "articles/a.html#nope", "articles/missing.html"])
        #expect(broken.first { $0.href.hasSuffix("#nope") }?.reason == "no id \"nope\" in articles/a.html")
    }

    @Test func ignoresExternalLinks() {
        let files = [file("index.html", "<a href=\"https://example.org/x\">x</a><a href=\"mailto:a@b.c\">m</a>")]
        #expect(LinkChecker.check(files).isEmpty)
    }
}

import Corpus
import Testing
import TestSupport
@testable import Planner

@Suite struct LayoutModelTests {
    @Test func navigationEntriesWithASchemeAreExternal() {
        #expect(LayoutModel.isExternal("https://example.org/x"))
        #expect(LayoutModel.isExternal("mailto:a@b.c"))
        #expect(!LayoutModel.isExternal("timeline/index.html"))
        #expect(LayoutModel.isExternal("caf\u{E9}:x"))
        #expect(!LayoutModel.isExternal("caf\u{E9}/x.html"))
    }

    /// A tag's slug on the bytes of an ASCII tag is the one the Character loop gives.
    @Test func tagSlugsOnBytesEqualTheCharacterLoop() {
        func characterSlug(_ tag: String) -> String {
            let slug = String(tag.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
            return slug.isEmpty ? "tag" : slug
        }
        #expect(NavigationPages.slug("Cold War") == "cold-war")
        #expect(NavigationPages.slug("") == "tag")
        #expect(NavigationPages.slug("a\r\nb") == "a-b")
        #expect(NavigationPages.slug("Caf\u{E9} 1984") == "caf\u{E9}-1984")
        var random = SplitMix64(seed: 0x7A6)
        let pieces = ["a", "Z", "0", "9", " ", "-", "_", "/", "\r", "\n", "\r\n", "\u{E9}", "\u{301}", "\t", "@", "~", "\u{7F}"]
        for _ in 0..<5_000 {
            let tag = random.text(from: pieces, maxPieces: 10)
            #expect(NavigationPages.slug(tag) == characterSlug(tag), "\(tag.debugDescription)")
        }
    }
}

/// The 404 page's links start at the site's address, wherever a server shows the page.
@Suite struct NotFoundPageLinkTests {
    @Test func siteAddressIsTheBaseURLOrTheServerRoot() {
        #expect(NavigationPages.siteAddress(nil) == "/")
        #expect(NavigationPages.siteAddress("") == "/")
        #expect(NavigationPages.siteAddress("https://example.org/study") == "https://example.org/study/")
        #expect(NavigationPages.siteAddress("HTTP://example.org/") == "HTTP://example.org/")
        // Anything that is not an http(s) address is not put in links.
        #expect(NavigationPages.siteAddress("javascript:alert(1)//") == "/")
        #expect(NavigationPages.siteAddress("example.org/study") == "/")
        #expect(NavigationPages.siteAddress("ftp://example.org/") == "/")
    }

    @Test func layoutLinksStartAtTheBaseWhenOneIsSet() throws {
        // (The menu's links are checked in the fixture site's 404 page, GoldenSiteTests.)
        let site = SiteConfig(title: "S")
        var layout = LayoutModel(site: site, path: "404.html", title: "Page not found")
        layout.breadcrumbs = [("Home", "index.html")]
        let relative = layout.fields()
        layout.linkBase = "/"
        let based = layout.fields()
        func hrefs(_ fields: TemplateFields, _ key: String) -> [String] {
            guard case .list(let items)? = fields[key] else { return [] }
            return items.compactMap { item in
                guard case .object(let object) = item, case .text(let href)? = object["href"] else { return nil }
                return href
            }
        }
        #expect(hrefs(relative, "breadcrumbs") == ["index.html"])
        #expect(hrefs(based, "breadcrumbs") == ["/index.html"])
        #expect(based["root"] == .text("/"))
        #expect(based["home_href"] == .text("/index.html"))
    }
}

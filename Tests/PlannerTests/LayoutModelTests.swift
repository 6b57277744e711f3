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

/// The entity index's order: names compared with `localizedStandardCompare`, stably.
@Suite struct EntityIndexOrderTests {
    @Test func sortedByNameEqualsTheLocalizedSort() {
        func reference(_ names: [String]) -> [String] {
            names.sorted { $0.localizedStandardCompare($1) == .orderedAscending }
        }
        let fixed = ["Zeta", "Äpfel", "apple", "Item 10", "Item 9", "éclair", "Ob", "Öl", "Oz", "alice", "Alice", "ALICE",
                     "Kim Il-sung", "Kim Jong-il", "Kim Il Sung", "O'Brien", "Obrien", "", " lead", "Émile", "Emile"]
        #expect(EntityPages.sortedByName(fixed) { $0 } == reference(fixed))
        // Numbered and accented names, equal names in other cases: each list in several orders.
        var random = SplitMix64(seed: 0xE7_1D)
        let pieces = ["a", "A", "b", "é", "E", "z", "1", "2", "10", " ", "-", "'", "Kim", "kim", "Ö", "o", "ß", "ss"]
        for _ in 0..<2_000 {
            let names = (0..<Int(random.next() % 12)).map { _ in random.text(from: pieces, maxPieces: 5) }
            #expect(EntityPages.sortedByName(names) { $0 } == reference(names), "\(names)")
        }
        // Plain ASCII names, the usual case, take the quick path and give the same order.
        let people = (0..<200).map { "Person \(String(UnicodeScalar(UInt8(65 + $0 % 26))))\($0 * 7919 % 1000)" }
        #expect(EntityPages.sortedByName(people) { $0 } == reference(people))
    }
}

import Corpus
import Linker

/// Tag pages, the 404 page and the sitemap.
struct NavigationPages {
    let site: ResolvedSite

    static let tagSchema: [String: TemplateSchema] = [
        "tag": .text,
        "pages": .list(.object(["title": .text, "href": .text, "summary": .list(.text)])),
        "tags": .list(.object(["name": .text, "href": .text, "count": .text])),
    ]

    static let notFoundSchema: [String: TemplateSchema] = ["links": .list(.object(["title": .text, "href": .text]))]

    /// Tagged pages: articles and documents, by tag.
    func tagged() -> [String: [(title: String, path: String, summary: String?)]] {
        var tags: [String: [(String, String, String?)]] = [:]
        // By index, the fields read where they are (not a copy of each article).
        let articles = site.corpus.articles
        for index in articles.indices where !articles[index].tags.isEmpty {
            let title = articles[index].fullTitle
            let path = PagePath.article(articles[index].slug)
            for tag in articles[index].tags { tags[tag, default: []].append((title, path, articles[index].summary)) }
        }
        for document in site.corpus.documents {
            for tag in document.tags {
                tags[tag, default: []].append((document.title, PagePath.document(document.slug, part: "index"), document.summary))
            }
        }
        return tags
    }

    /// The tag index and one page per tag, each made when it is asked for (at 10,000 articles
    /// the lists of members took 23 ms on the planning thread).
    func tagPages() -> [PageRecipe] {
        let tags = tagged()
        guard !tags.isEmpty else { return [] }
        let site = site
        @Sendable func tagList(from path: String) -> TemplateValue {
            .list(tags.keys.sorted().map { tag in
                .object([
                    "name": .text(tag), "count": .text("\(tags[tag]?.count ?? 0)"),
                    "href": .text(PagePath.link(from: path, to: "tags/\(Self.slug(tag)).html")),
                ])
            })
        }
        var pages: [PageRecipe] = [PageRecipe(path: "tags/index.html") {
            var index = LayoutModel(site: site.corpus.site, path: "tags/index.html", title: "Tags")
            index.breadcrumbs = [("Home", "index.html")]
            return SitePlanner.page(
                index, template: "tag",
                fields: ["tag": .text(""), "pages": .list([]), "tags": tagList(from: "tags/index.html")], source: nil)
        }]
        for (tag, members) in tags.sorted(by: { $0.key < $1.key }) {
            let path = "tags/\(Self.slug(tag)).html"
            pages.append(PageRecipe(path: path) {
                var layout = LayoutModel(site: site.corpus.site, path: path, title: "Tag: \(tag)")
                layout.breadcrumbs = [("Home", "index.html"), ("Tags", "tags/index.html")]
                return SitePlanner.page(
                    layout, template: "tag",
                    fields: [
                        "tag": .text(tag),
                        "pages": .list(members.map {
                            .object(["title": .text($0.title), "href": .text(PagePath.link(from: path, to: $0.path)),
                                     "summary": .optionalText($0.summary)])
                        }),
                        "tags": tagList(from: path),
                    ], source: nil)
            })
        }
        return pages
    }

    static func slug(_ tag: String) -> String {
        // Every article's tags ask, once per page that lists them: an ASCII tag is mapped on
        // its bytes (the Character properties below say the same for ASCII: letters and
        // digits, after lower-casing, stay; anything else becomes "-"; CR LF is one Character).
        if !tag.isEmpty, tag.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            return String(decoding: tag.utf8.map { byte -> UInt8 in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): byte
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 0x20
                default: UInt8(ascii: "-")
                }
            }, as: UTF8.self)
        }
        let slug = String(tag.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
        return slug.isEmpty ? "tag" : slug
    }

    /// The full results page of the client-side search (`search.html?q=…`).
    func searchPage() -> PlannedPage {
        var layout = LayoutModel(site: site.corpus.site, path: "search.html", title: "Search")
        layout.breadcrumbs = [("Home", "index.html")]
        return SitePlanner.page(layout, template: "search", fields: [:], source: nil)
    }

    /// The 404 page. A server shows it at the address that was not found (`/articles/x/y`),
    /// so its links and assets start at the site's address: `base_url` when it is an http(s)
    /// address, else the server's root (`/`). Relative links would point into folders that
    /// do not exist, and the page would have no style and no working link.
    func notFoundPage() -> PlannedPage {
        let path = "404.html"
        var layout = LayoutModel(site: site.corpus.site, path: path, title: "Page not found")
        layout.linkBase = Self.siteAddress(site.corpus.site.baseURL)
        let links: [(String, String)] = [("Home", "index.html")] + site.corpus.site.navigation.dropFirst().map { ($0.title, $0.path) }
        return SitePlanner.page(
            layout, template: "404",
            fields: ["links": .list(links.map {
                .object(["title": .text($0.0), "href": .text(LayoutModel.isExternal($0.1) ? $0.1 : layout.link(to: $0.1))])
            })],
            source: nil)
    }

    /// Where the site's pages start for the 404 page: `base_url` with a final "/" when it is
    /// an http or https address, else "/".
    static func siteAddress(_ baseURL: String?) -> String {
        guard let baseURL, let scheme = baseURL.split(separator: ":", maxSplits: 1).first,
              ["http", "https"].contains(scheme.lowercased()), baseURL.contains("://") else { return "/" }
        return baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
    }

    /// sitemap.xml: absolute addresses when `base_url` is set, else paths relative to the
    /// sitemap (set base_url for search engines).
    static func sitemap(_ paths: [String], baseURL: String?) -> String {
        let base = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? ""
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths where path.hasSuffix(".html") && path != "404.html" {
            let address = base + path
            // Most addresses are ASCII without & or <: then there is nothing to replace, and
            // Foundation's replacing (through NSString) is skipped.
            let plain = address.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "&") && $0 != UInt8(ascii: "<") }
            let escaped = plain ? address : address.replacingOccurrences(of: "&", with: "&amp;")
                .replacingOccurrences(of: "<", with: "&lt;")
            xml += "  <url><loc>\(escaped)</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }
}

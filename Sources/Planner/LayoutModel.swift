import Corpus
import Linker

/// The fields every page has, used by the layout: site name, menu, breadcrumbs, contents.
struct LayoutModel {
    let site: SiteConfig
    let path: String
    let title: String
    var description: String?
    var breadcrumbs: [(title: String, path: String)] = []
    var toc: [(level: Int, id: String, text: String)] = []
    /// When set (the 404 page), links are this base followed by the site path, not relative
    /// to `path`: a server shows the 404 page at whatever address was not found, where a
    /// relative link would point into a folder that does not exist.
    var linkBase: String?

    static let schema: [String: TemplateSchema] = [
        "site_title": .text, "site_subtitle": .list(.text), "lang": .text,
        "page_title": .text, "description": .text, "root": .text,
        "nav": .list(.object(["title": .text, "href": .text, "current": .flag])),
        "breadcrumbs": .list(.object(["title": .text, "href": .text])),
        "toc": .list(.object(["id": .text, "text": .text, "sub": .flag])),
        "home_href": .text, "has_breadcrumbs": .flag, "has_toc": .flag,
    ]

    /// A navigation entry with a scheme ("https:") is used as it is. Foundation's `contains`
    /// bridges to NSString on every call (every entry of every page); in ASCII it finds
    /// exactly the byte, so ASCII paths are looked at as bytes.
    static func isExternal(_ path: String) -> Bool {
        path.utf8.allSatisfy { $0 < 0x80 } ? path.utf8.contains(UInt8(ascii: ":")) : path.contains(":")
    }

    /// Adds the layout's fields to a page's, keeping the page's value where both have a key.
    func add(to fields: inout TemplateFields) {
        fields.addMissing(from: self.fields())
    }

    /// The link from this page to the site path `target`.
    func link(to target: String) -> String {
        linkBase.map { $0 + target } ?? PagePath.link(from: path, to: target)
    }

    /// The items of the lists every page's layout has, made once per page.
    static let navShape = TemplateFields.Shape("title", "href", "current")
    static let breadcrumbShape = TemplateFields.Shape("title", "href")
    static let tocShape = TemplateFields.Shape("id", "text", "sub")

    func fields() -> TemplateFields {
        let nav = site.navigation.map { item in
            TemplateValue.object(TemplateFields(
                Self.navShape, .text(item.title), .text(Self.isExternal(item.path) ? item.path : link(to: item.path)),
                .flag(item.path == path)))
        }
        return TemplateFields(
            Self.shape,
            .text(site.title),
            .list(site.subtitle.map { [.text($0)] } ?? []),
            .text(site.language),
            .text(title),
            .text(description ?? site.description ?? ""),
            .text(linkBase ?? PagePath.root(of: path)),
            .text(link(to: "index.html")),
            .list(nav),
            .list(breadcrumbs.map {
                .object(TemplateFields(Self.breadcrumbShape, .text($0.title), .text(link(to: $0.path))))
            }),
            .flag(!breadcrumbs.isEmpty),
            .flag(toc.contains { $0.level <= 3 }),
            .list(toc.filter { $0.level <= 3 }.map {
                .object(TemplateFields(Self.tocShape, .text($0.id), .text($0.text), .flag($0.level == 3)))
            }))
    }

    /// The layout's keys, hashed once (a literal hashed and checked all twelve for every page).
    static let shape = TemplateFields.Shape(
        "site_title", "site_subtitle", "lang", "page_title", "description", "root", "home_href", "nav", "breadcrumbs",
        "has_breadcrumbs", "has_toc", "toc")
}

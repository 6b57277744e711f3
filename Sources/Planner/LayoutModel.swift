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

    static let schema: [String: TemplateSchema] = [
        "site_title": .text, "site_subtitle": .list(.text), "lang": .text,
        "page_title": .text, "description": .text, "root": .text,
        "nav": .list(.object(["title": .text, "href": .text, "current": .flag])),
        "breadcrumbs": .list(.object(["title": .text, "href": .text])),
        "toc": .list(.object(["id": .text, "text": .text, "sub": .flag])),
        "home_href": .text, "has_breadcrumbs": .flag, "has_toc": .flag,
    ]

    func fields() -> [String: TemplateValue] {
        let nav = site.navigation.map { item in
            TemplateValue.object([
                "title": .text(item.title),
                "href": .text(item.path.contains(":") ? item.path : PagePath.link(from: path, to: item.path)),
                "current": .flag(item.path == path),
            ])
        }
        return [
            "site_title": .text(site.title),
            "site_subtitle": .list(site.subtitle.map { [.text($0)] } ?? []),
            "lang": .text(site.language),
            "page_title": .text(title),
            "description": .text(description ?? site.description ?? ""),
            "root": .text(PagePath.root(of: path)),
            "home_href": .text(PagePath.link(from: path, to: "index.html")),
            "nav": .list(nav),
            "breadcrumbs": .list(breadcrumbs.map {
                .object(["title": .text($0.title), "href": .text(PagePath.link(from: path, to: $0.path))])
            }),
            "has_breadcrumbs": .flag(!breadcrumbs.isEmpty),
            "has_toc": .flag(toc.contains { $0.level <= 3 }),
            "toc": .list(toc.filter { $0.level <= 3 }.map {
                .object(["id": .text($0.id), "text": .text($0.text), "sub": .flag($0.level == 3)])
            }),
        ]
    }
}

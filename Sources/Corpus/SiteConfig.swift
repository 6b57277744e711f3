import Diagnostics

/// `Content/site.yaml`: what the whole site is called and how it behaves.
package struct SiteConfig: Sendable, Equatable {
    package var title: String
    package var subtitle: String?
    package var language: String
    package var description: String?
    package var citationStyle: String
    /// Raw HTML in corpus Markdown is dropped unless this is on.
    package var rawHTML: Bool
    package var navigation: [NavigationItem]
    /// Which mentions of an entity become links: `first-in-section` (default),
    /// `first-on-page`, `every` or `off`.
    package var mentionLinks: String = "first-in-section"
    /// The public address of the site, for sitemap.xml (optional).
    package var baseURL: String?

    package init(
        title: String, subtitle: String? = nil, language: String = "en",
        description: String? = nil, citationStyle: String = "chicago-author-date",
        rawHTML: Bool = false, navigation: [NavigationItem] = []
    ) {
        self.title = title
        self.subtitle = subtitle
        self.language = language
        self.description = description
        self.citationStyle = citationStyle
        self.rawHTML = rawHTML
        self.navigation = navigation
    }
}

/// One entry of the site menu: a title and a path relative to the site root.
package struct NavigationItem: Sendable, Equatable {
    package var title: String
    package var path: String
    package var location: SourceLocation
}

extension SiteConfig {
    static let knownStyles = ["chicago-author-date", "chicago-notes"]

    /// Why a menu path cannot be used, or nil: menu links are relative paths inside the site
    /// (so the site works from file:// and under any sub-path) or web addresses.
    static func navigationProblem(_ path: String) -> String? {
        let lowered = path.lowercased().trimmingCharacters(in: .whitespaces)
        if let colon = lowered.firstIndex(of: ":"), !lowered[..<colon].contains("/") {
            let scheme = lowered[..<colon]
            return ["http", "https", "mailto"].contains(String(scheme)) ? nil : "uses the scheme \"\(scheme):\""
        }
        if path.hasPrefix("/") { return "is absolute" }
        if path.split(separator: "/").contains("..") { return "leaves the site" }
        return nil
    }

    /// Reads site.yaml; problems go to `diagnostics`.
    static func read(_ yaml: YAMLValue, file: String, diagnostics: inout [Diagnostic]) -> SiteConfig {
        var fields = FieldReader(yaml, file: file)
        let title = fields.string("title", required: true) ?? "Untitled site"
        var config = SiteConfig(title: title)
        config.subtitle = fields.string("subtitle")
        config.language = fields.string("language") ?? "en"
        config.description = fields.string("description")
        if let style = fields.string("citation_style") {
            if Self.knownStyles.contains(style) {
                config.citationStyle = style
            } else {
                diagnostics.append(.error(
                    "site-citation-style", "unknown citation style \"\(style)\"",
                    at: fields.location(of: "citation_style"),
                    hint: "use one of: \(Self.knownStyles.joined(separator: ", "))"))
            }
        }
        config.rawHTML = fields.flag("raw_html") ?? false
        if let mentions = fields.string("mention_links") {
            let allowed = ["first-in-section", "first-on-page", "every", "off"]
            if allowed.contains(mentions) {
                config.mentionLinks = mentions
            } else {
                diagnostics.append(.error(
                    "site-mention-links", "unknown mention_links \"\(mentions)\"",
                    at: fields.location(of: "mention_links"),
                    hint: "use one of: \(allowed.joined(separator: ", "))"))
            }
        }
        config.baseURL = fields.string("base_url")
        for item in fields.value("navigation")?.items ?? [] {
            var itemFields = FieldReader(item, file: file)
            let title = itemFields.string("title", required: true)
            let path = itemFields.string("path", required: true)
            diagnostics.append(contentsOf: itemFields.finish(kind: "a navigation item"))
            if let path, let problem = Self.navigationProblem(path) {
                diagnostics.append(.error(
                    "site-navigation-path", "navigation path \"\(path)\" \(problem)",
                    at: itemFields.location(of: "path"),
                    hint: "use a path inside the site such as timeline/index.html, or an http(s) address"))
                continue
            }
            if let title, let path {
                config.navigation.append(NavigationItem(title: title, path: path, location: item.location))
            }
        }
        diagnostics.append(contentsOf: fields.finish(kind: "site.yaml"))
        return config
    }
}

import Corpus

/// Which pages exist and which anchors each defines, keyed the way the corpus names them:
/// `articles/<slug>` and `documents/<slug>` (a document's anchors are those of all its parts).
package struct AnchorIndex: Sendable {
    /// The ids of each page, as the writer listed them (no Set: only a few timeline
    /// references are looked up, and a Set of every id of every article took 2 ms on one
    /// core at 1,000 articles).
    package private(set) var anchors: [String: [String]] = [:]
    /// For a document, which part holds each anchor (`page-12` -> part slug).
    package private(set) var partOfAnchor: [String: [String: String]] = [:]

    package init(_ site: ResolvedSite) {
        // By index, the fields read in place: a copy of each article retained and released
        // every field of it, on the one core left at the end of resolving.
        for index in site.articles.indices {
            anchors["articles/\(site.articles[index].article.slug)"] = site.articles[index].body.rendered.ids
        }
        for document in site.documents {
            let key = "documents/\(document.document.slug)"
            var all: [String] = []
            var parts: [String: String] = [:]
            for (part, body) in zip(document.document.parts, document.bodies) {
                for id in body.rendered.ids where parts[id] == nil {
                    parts[id] = part.slug
                }
                all += body.rendered.ids
            }
            anchors[key] = all
            partOfAnchor[key] = parts
        }
    }

    /// The index after an edit of the bodies of these articles (the rest of the site as it was).
    func updating(_ articles: [ResolvedArticle]) -> AnchorIndex {
        var index = self
        for article in articles { index.anchors["articles/\(article.article.slug)"] = article.body.rendered.ids }
        return index
    }

    /// An index of no pages (for checks run on their own).
    package static let empty = AnchorIndex()

    private init() {}

    package func hasPage(_ key: String) -> Bool { anchors[key] != nil }

    package func has(_ key: String, anchor: String) -> Bool {
        anchors[key]?.contains(anchor) ?? false
    }
}

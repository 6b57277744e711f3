import CommonMark
import Foundation
import Linker

/// The client-side search index, shipped as a script (`search-index.js`) so search works
/// when the site is opened from `file://`, where fetching a JSON file is not allowed.
/// Format: `window.STUDYSITE_SEARCH_INDEX = {"version":1,"pages":[{t,u,k,h,x,e}]}` with
/// `u` relative to the site root. The page script inserts every value as text.
struct SearchIndex {
    struct Entry: Encodable {
        var t: String
        var u: String
        var k: String
        var h: [String]
        var x: String
        var e: [String]
    }

    private(set) var entries: [Entry] = []

    mutating func add(title: String, path: String, kind: String, headings: [String] = [], text: String, names: [String] = []) {
        entries.append(Entry(t: title, u: path, k: kind, h: headings, x: text, e: names))
    }

    /// Pages, entities, references, events and series of a resolved site.
    init(site: ResolvedSite, timeline: TimelineModel, references: ReferencePages) {
        add(title: site.corpus.site.title, path: "index.html", kind: "page",
            headings: site.home.rendered.headings.map(\.text), text: HTMLText.plain(site.home.rendered.html))
        for article in site.articles {
            add(title: [article.article.title, article.article.subtitle].compactMap { $0 }.joined(separator: ": "),
                path: PagePath.article(article.article.slug), kind: "article",
                headings: article.body.rendered.headings.map(\.text), text: HTMLText.plain(article.body.rendered.html))
        }
        for document in site.documents {
            for (part, body) in zip(document.document.parts, document.bodies) {
                add(title: "\(part.title) — \(document.document.title)",
                    path: PagePath.document(document.document.slug, part: part.slug), kind: "document",
                    headings: body.rendered.headings.map(\.text), text: HTMLText.plain(body.rendered.html))
            }
        }
        for entity in site.entities {
            add(title: entity.entity.name, path: SitePaths.entity(entity.entity.slug), kind: "entity",
                text: ([entity.entity.description ?? ""] + [HTMLText.plain(entity.body.rendered.html)]).joined(separator: " "),
                names: [entity.entity.name] + entity.entity.aliases)
        }
        for item in references.list.items {
            let reference = references.list.reference(forKey: item.entry.key)?.plainText ?? item.entry.key
            add(title: reference, path: references.paths.reference(item.entry.key), kind: "reference", text: reference)
        }
        for item in timeline.items {
            let readings = item.readings.compactMap(\.says).joined(separator: "; ")
            add(title: "\(item.readable): \(item.event.title)", path: "timeline/index.html#event-\(item.event.id)",
                kind: "event", text: HTMLText.plain(item.summaryHTML) + " " + readings)
        }
        for series in site.series {
            add(title: series.title, path: "data/index.html#series-\(series.id)", kind: "data",
                text: ([series.unit] + series.notes).joined(separator: " "))
        }
    }

    /// The script file's bytes; keys sorted so the output never varies.
    func script() -> [UInt8] {
        struct Root: Encodable {
            var version = 1
            var pages: [Entry]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(Root(pages: entries))).map { String(decoding: $0, as: UTF8.self) } ?? "{\"version\":1,\"pages\":[]}"
        // "<" is written as \u003c so no text can close a script element, wherever the file is used.
        let safe = json.replacingOccurrences(of: "<", with: "\\u003c")
        return Array("window.STUDYSITE_SEARCH_INDEX = \(safe);\n".utf8)
    }
}

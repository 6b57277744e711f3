import CommonMark
import Corpus
import EDTF
import Linker

/// Events as the timeline shows them: dated, sorted, with each source's reading and whether
/// the sources disagree.
struct TimelineModel {
    struct Reading {
        var sourceTitle: String
        /// Site path with fragment of the passage.
        var target: String
        var says: String?
        var date: String?
    }

    struct Item {
        var event: TimelineEvent
        var value: EDTFValue?
        var readable: String
        var summaryHTML: String
        var readings: [Reading]
        var disputed: Bool
        /// The year the event is filed under (its earliest known year).
        var year: Int?
    }

    let items: [Item]
    let lanes: [Lane]

    init(site: ResolvedSite) {
        lanes = site.corpus.lanes
        let titles = Self.pageTitles(site)
        var items: [Item] = site.corpus.events.map { event in
            let value = try? EDTFValue.parse(event.date.value)
            let readings = event.attestations.map { attestation in
                Reading(
                    sourceTitle: titles[attestation.source.value] ?? attestation.source.value,
                    target: Self.target(of: attestation, in: site),
                    says: attestation.says,
                    date: attestation.date.map { (try? EDTFValue.parse($0.value))?.readable ?? $0.value })
            }
            let readingDates = Set(event.attestations.map { $0.date?.value ?? event.date.value })
            // Summaries get the same budgets as bodies (the linker reports a violation);
            // one that exceeds them is shown as plain text.
            let summary = event.summary.map { text in
                MarkdownLimits.standard.check(text) == nil
                    ? HTMLWriter.render(MarkdownParser.parse(text), options: HTMLRenderOptions(numberParagraphs: false)).html
                    : "<p>" + HTMLEscaping.escape(text) + "</p>"
            } ?? ""
            return Item(
                event: event, value: value, readable: value?.readable ?? event.date.value,
                summaryHTML: summary, readings: readings, disputed: readingDates.count > 1,
                year: value?.earliest?.year ?? value?.latest?.year)
        }
        // Filed by year first, so an open-started interval ("../1950") sits with its year.
        items.sort { lhs, rhs in
            if lhs.year != rhs.year { return (lhs.year ?? Int.max) < (rhs.year ?? Int.max) }
            switch (lhs.value?.sortKey, rhs.value?.sortKey) {
            case let (l?, r?) where l != r: return l < r
            default: return lhs.event.id < rhs.event.id
            }
        }
        self.items = items
    }

    /// "1850s" for years from 1850 on, "17th century" before: the corpus is dense late.
    static func period(of year: Int?) -> String {
        guard let year else { return "Undated" }
        if year >= 1850 { return "\(year / 10 * 10)s" }
        // "the 1600s" reads as the 17th century, as readers (not calendar purists) say it.
        let century = year / 100 + 1
        let suffix = century % 100 >= 11 && century % 100 <= 13 ? "th"
            : [1: "st", 2: "nd", 3: "rd"][century % 10] ?? "th"
        return "\(century)\(suffix) century"
    }

    static func pageTitles(_ site: ResolvedSite) -> [String: String] {
        var titles: [String: String] = [:]
        let articles = site.corpus.articles
        for index in articles.indices {
            titles["articles/\(articles[index].slug)"] = articles[index].fullTitle
        }
        for document in site.corpus.documents { titles["documents/\(document.slug)"] = document.title }
        return titles
    }

    /// The output path and fragment of an attestation's passage.
    static func target(of attestation: Attestation, in site: ResolvedSite) -> String {
        let source = attestation.source.value
        let anchor = attestation.anchor?.value
        if source.hasPrefix("articles/") {
            let path = PagePath.article(String(source.dropFirst("articles/".count)))
            return anchor.map { "\(path)#\($0)" } ?? path
        }
        if source.hasPrefix("documents/") {
            let slug = String(source.dropFirst("documents/".count))
            guard let document = site.documents.first(where: { $0.document.slug == slug }) else {
                return PagePath.document(slug, part: "index")
            }
            for (part, body) in zip(document.document.parts, document.bodies)
            where anchor.map(body.rendered.ids.contains) ?? false {
                return PagePath.document(slug, part: part.slug) + "#" + (anchor ?? "")
            }
            return PagePath.document(slug, part: "index")
        }
        return "index.html"
    }
}

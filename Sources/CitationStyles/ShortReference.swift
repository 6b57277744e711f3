/// The short forms both styles use: names for citations and short notes, short titles.
enum ShortReference {
    /// "Gelman and Levin", or when nobody is named, the paper (unsigned news) or the short
    /// title, italic or quoted like the full title.
    static func author(_ work: CitableWork) -> [StyledRun] {
        if !work.creators.isEmpty { return [.text(ChicagoNames.short(work.creators))] }
        if work.kind == .newspaper, let paper = work.container { return [.italic(paper)] }
        return title(work) ?? [.text(fallbackLabel(work))]
    }

    /// What to cite a work by when it has no creator and no title: BibTeX's `key` field
    /// (meant for this), else where it appeared, else its note, else the citation key.
    static func fallbackLabel(_ work: CitableWork) -> String {
        let entry = work.entry
        return entry["key"] ?? entry["journal"] ?? entry["booktitle"] ?? entry["howpublished"]
            ?? entry["note"] ?? entry.key
    }

    /// The short title: `shorttitle`, else the main title without subtitle and without an
    /// initial "A", "An" or "The" (CMOS 14.32).
    static func titleText(_ work: CitableWork) -> String? {
        if let short = work.entry["shorttitle"] { return short }
        guard var title = work.entry["title"] else { return nil }
        if let colon = title.range(of: ": ") { title = String(title[..<colon.lowerBound]) }
        for article in ["A ", "An ", "The "] where title.hasPrefix(article) {
            let rest = title.dropFirst(article.count)
            if !rest.isEmpty { title = String(rest.prefix(1).uppercased() + rest.dropFirst()) }
            break
        }
        return title
    }

    /// The short title styled: italic for books and reports, otherwise in quotes.
    static func title(_ work: CitableWork) -> [StyledRun]? {
        guard let text = titleText(work) else { return nil }
        return isItalic(work) ? [.italic(text)] : [.text("“\(text)”")]
    }

    static func isItalic(_ work: CitableWork) -> Bool {
        work.kind == .book || work.kind == .report
    }
}

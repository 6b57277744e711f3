import BibTeX

/// A whole bibliography: entries in Chicago order, with letters added to the years of
/// works by the same creators in the same year ("1983a", "1983b"; "n.d.-a") in
/// author-date style, so that each in-text citation names one work.
package final class ReferenceList: Sendable {
    /// One entry and the year label its citations and reference use.
    package struct Item: Sendable, Hashable {
        package let entry: BibEntry
        /// "1984", "1983a", "n.d.", "n.d.-b".
        package let yearLabel: String
    }

    package let style: CitationStyle
    /// The entries in Chicago order.
    package let items: [Item]
    private let indexByKey: [String: Int]
    /// Every entry formatted once, in `items` order: pages ask for the same entries
    /// thousands of times (works cited, cited-by lists, the search index).
    package let formatted: [StyledText]
    /// The same entries as HTML, made once for the same reason.
    private let formattedHTML: [String]
    /// Each entry's in-text citation in author-date style, ready to format with a locator.
    private let authorDate: [AuthorDateCitation]
    /// The same, read without retaining them (`authorDate` keeps them alive): every citation
    /// of every page reads one, and a work cited on pages of both cores had its count changed
    /// by both.
    private let authorDateUnretained: [UnretainedCitation]

    /// `Unmanaged` is not Sendable; the citations are constants.
    private struct UnretainedCitation: @unchecked Sendable {
        let citation: Unmanaged<AuthorDateCitation>
    }

    /// Sorts `entries` and, in author-date style, assigns the year letters.
    package init(_ entries: [BibEntry], style: CitationStyle = .default) {
        self.style = style
        let sorted = entries.map { (ReferenceSortKey($0), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        let labels = style == .chicagoAuthorDate
            ? YearDisambiguator.labels(for: sorted)
            : sorted.map(CitationFormatter.baseYearLabel)
        items = zip(sorted, labels).map { Item(entry: $0, yearLabel: $1) }
        var indexByKey: [String: Int] = [:]
        for (index, item) in items.enumerated() where indexByKey[item.entry.key] == nil {
            indexByKey[item.entry.key] = index
        }
        self.indexByKey = indexByKey
        let formatter = CitationFormatter(style: style)
        formatted = items.map { formatter.reference($0.entry, yearLabel: $0.yearLabel) }
        formattedHTML = formatted.map(\.html)
        authorDate = style == .chicagoAuthorDate
            ? items.map { AuthorDateCitation(work: CitableWork($0.entry), yearLabel: $0.yearLabel) }
            : []
        authorDateUnretained = authorDate.map { UnretainedCitation(citation: .passUnretained($0)) }
    }

    /// The entry with this key (exact case) and its year label.
    package func item(forKey key: String) -> Item? {
        indexByKey[key].map { items[$0] }
    }

    /// `citationHTML` of the entry at `index` of `items`, appended as UTF-8: the linkers
    /// write citations straight into a page's HTML.
    package func appendCitationHTML(at index: Int, locator: String?, form: CitationForm, to html: inout [UInt8]) {
        guard style == .chicagoAuthorDate else {
            let note = CitationFormatter(style: style)
                .citation(items[index].entry, locator: locator, form: form, yearLabel: items[index].yearLabel)
            return html.append(contentsOf: note.html.utf8)
        }
        authorDateUnretained[index].citation._withUnsafeGuaranteedRef {
            $0.appendHTML(locator: locator, form: form, to: &html)
        }
    }

    /// Whether the list has an entry with this key (exact case), without copying it.
    package func contains(key: String) -> Bool {
        indexByKey[key] != nil
    }

    /// The reference-list entry for one key.
    package func reference(forKey key: String) -> StyledText? {
        indexByKey[key].map { formatted[$0] }
    }

    /// `reference(forKey:)?.html`, made once per entry.
    package func referenceHTML(forKey key: String) -> String? {
        indexByKey[key].map { formattedHTML[$0] }
    }

    /// An in-text citation (author-date) or short note (notes-bibliography) for one key,
    /// with the disambiguated year; nil for an unknown key.
    package func citation(
        _ key: String, locator: String? = nil, form: CitationForm = .parenthetical
    ) -> StyledText? {
        guard let index = indexByKey[key] else { return nil }
        if style == .chicagoAuthorDate { return authorDate[index].format(locator: locator, form: form) }
        return CitationFormatter(style: style)
            .citation(items[index].entry, locator: locator, form: form, yearLabel: items[index].yearLabel)
    }

    /// `citation(key, locator:, form:)?.html`, made without the styled runs in author-date
    /// style (the author's HTML is made once per work).
    package func citationHTML(
        _ key: String, locator: String? = nil, form: CitationForm = .parenthetical
    ) -> String? {
        guard let index = indexByKey[key] else { return nil }
        guard style == .chicagoAuthorDate else { return citation(key, locator: locator, form: form)?.html }
        return authorDate[index].html(locator: locator, form: form)
    }

    /// Several works cited together, as in `[@a; @b, pp. 3-5]`: author-date gives
    /// "(A 1984; B 1990, 3–5)", notes-bibliography the short notes joined by "; ".
    /// Unknown keys are skipped; nil when none is known.
    package func citation(_ cites: [(key: String, locator: String?)]) -> StyledText? {
        let known = cites.compactMap { cite in indexByKey[cite.key].map { (index: $0, locator: cite.locator) } }
        guard !known.isEmpty else { return nil }
        switch style {
        case .chicagoAuthorDate:
            return AuthorDateCitation.group(known.map { (authorDate[$0.index], $0.locator) })
        case .chicagoNotesBibliography:
            let formatter = CitationFormatter(style: style)
            var runs: [StyledRun] = []
            for (index, (item, locator)) in known.enumerated() {
                let note = formatter.shortNote(items[item].entry, locator: locator).runs
                if index > 0 { runs.append(.text(" ")) }
                runs.append(contentsOf: index < known.count - 1 ? Self.semicolon(note) : note)
            }
            return StyledText(runs)
        }
    }

    /// Replaces a note's final period with a semicolon, to join notes in one.
    private static func semicolon(_ runs: [StyledRun]) -> [StyledRun] {
        guard case .text(let last)? = runs.last, last.hasSuffix(".") else { return runs }
        return runs.dropLast() + [.text(String(last.dropLast()) + ";")]
    }
}

import BibTeX

/// Formats entries in a Chicago style: reference-list entries, in-text citations, notes.
///
/// Every result is a `StyledText`, whose `html` escapes all text, so titles and names from
/// a .bib file can go into a page as they are. Formatting a single entry never adds a
/// disambiguating letter; use `ReferenceList` for that.
package struct CitationFormatter: Sendable {
    package var style: CitationStyle

    package init(style: CitationStyle = .default) {
        self.style = style
    }

    /// The entry as it appears in the reference list (author-date) or bibliography
    /// (notes-bibliography). `yearLabel` replaces the year, for "1983a".
    package func reference(_ entry: BibEntry, yearLabel: String? = nil) -> StyledText {
        let work = CitableWork(entry)
        let year = yearLabel ?? Self.baseYearLabel(entry)
        return BibliographyFormatter(work: work, style: style, yearLabel: year).format()
    }

    /// A citation in running text. Author-date: "(Gelman and Levin 1984, 12)", or
    /// narrative "Gelman and Levin (1984, 12)". Notes-bibliography: the short note.
    package func citation(
        _ entry: BibEntry, locator: String? = nil, form: CitationForm = .parenthetical,
        yearLabel: String? = nil
    ) -> StyledText {
        let work = CitableWork(entry)
        let year = yearLabel ?? Self.baseYearLabel(entry)
        switch style {
        case .chicagoAuthorDate:
            return AuthorDateCitation(work: work, yearLabel: year)
                .format(locator: locator, form: form)
        case .chicagoNotesBibliography:
            return NoteFormatter(work: work, yearLabel: year).shortNote(locator: locator)
        }
    }

    /// The full note for a work's first citation (notes-bibliography, in either style).
    package func fullNote(_ entry: BibEntry, locator: String? = nil) -> StyledText {
        NoteFormatter(work: CitableWork(entry), yearLabel: Self.baseYearLabel(entry))
            .fullNote(locator: locator)
    }

    /// The short note for later citations: "Gelman and Levin, *Future*, 12."
    package func shortNote(_ entry: BibEntry, locator: String? = nil) -> StyledText {
        NoteFormatter(work: CitableWork(entry), yearLabel: Self.baseYearLabel(entry))
            .shortNote(locator: locator)
    }

    /// The year as printed before any letter is added: the year, or "n.d.".
    package static func baseYearLabel(_ entry: BibEntry) -> String {
        ChicagoDate.year(of: entry) ?? ChicagoDate.noDate
    }
}

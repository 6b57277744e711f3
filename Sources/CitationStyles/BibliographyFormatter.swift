/// Reference-list entries (author-date) and bibliography entries (notes-bibliography).
///
/// Both styles write the same elements in the same order; author-date puts the year right
/// after the names, notes-bibliography puts it with the publication facts.
struct BibliographyFormatter {
    let work: CitableWork
    let style: CitationStyle
    /// The year as cited, with any disambiguating letter ("1983a"), or "n.d.".
    let yearLabel: String

    private var isAuthorDate: Bool { style == .chicagoAuthorDate }

    func format() -> StyledText {
        var writer = SentenceWriter()
        let titleFirst = addCreator(to: &writer)
        if isAuthorDate { writer.add(yearLabel) }
        switch work.kind {
        case .book: addBook(to: &writer, titleFirst: titleFirst)
        case .report: addReport(to: &writer, titleFirst: titleFirst)
        case .chapter: addChapter(to: &writer, titleFirst: titleFirst)
        case .article: addArticle(to: &writer, titleFirst: titleFirst)
        case .newspaper: addNewspaper(to: &writer, titleFirst: titleFirst)
        case .thesis: addThesis(to: &writer, titleFirst: titleFirst)
        case .webPage: addWebPage(to: &writer, titleFirst: titleFirst)
        case .other: addOther(to: &writer, titleFirst: titleFirst)
        }
        if let link = work.link { writer.add([.link(url: link)]) }
        return writer.styled
    }

    /// Writes who the work is by. With no one, an unsigned newspaper article starts with
    /// the paper's name and anything else with its title (CMOS 15.32, 15.49); returns true
    /// when the title was written here.
    private func addCreator(to writer: inout SentenceWriter) -> Bool {
        let creators = work.creators
        if !creators.isEmpty {
            let names = ChicagoNames.bibliography(creators)
            writer.add(work.creatorsAreEditors ? "\(names), \(work.editorLabel)" : names)
            return false
        }
        if work.kind == .newspaper, let paper = work.container {
            writer.add([.italic(paper)])
            return false
        }
        addTitle(to: &writer)
        return true
    }

    /// The title: italic for books and reports, in quotation marks for parts of works
    /// and unpublished material.
    func addTitle(to writer: inout SentenceWriter) {
        switch work.kind {
        case .book, .report:
            if let title = work.title { writer.add([.italic(title)]) }
        default:
            writer.addQuoted(work.title)
        }
    }

    /// Notes-bibliography ends the publication facts with the year: "Boston: Beacon, 1984".
    func withYear(_ text: String?) -> String? {
        guard !isAuthorDate else { return text }
        guard let text else { return yearLabel }
        return "\(text), \(yearLabel)"
    }

    /// "Edited by …", "Translated by …", or "Edited and translated by …" when the same
    /// people did both; editors already named as creators are not repeated.
    func contributors() -> [String] {
        let editors = work.creatorsAreEditors ? [] : work.entry.editors
        let translators = work.entry.translators
        if !editors.isEmpty && editors == translators {
            return ["Edited and translated by \(ChicagoNames.natural(editors))"]
        }
        var lines: [String] = []
        if !editors.isEmpty { lines.append("Edited by \(ChicagoNames.natural(editors))") }
        if !translators.isEmpty {
            lines.append("Translated by \(ChicagoNames.natural(translators))")
        }
        return lines
    }
}

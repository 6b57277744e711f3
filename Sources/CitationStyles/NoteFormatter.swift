/// Footnotes in Chicago notes-bibliography style (CMOS 14.20–14.34): the full note for a
/// work's first citation, the short note after.
struct NoteFormatter {
    let work: CitableWork
    let yearLabel: String

    /// The first, full note: "Harry Gelman and Norman D. Levin, *The Future of
    /// Soviet–North Korean Relations*, Report R-3159-AF (Santa Monica, CA: Rand
    /// Corporation, 1984), 12." The note number is left to the page.
    func fullNote(locator: String?) -> StyledText {
        var writer = NoteWriter()
        let locator = CitationLocator.format(locator)
        addCreator(to: &writer)
        switch work.kind {
        case .book, .report:
            if let title = work.title { writer.add([.italic(title)]) }
            contributors().forEach { writer.add($0) }
            writer.add(work.edition)
            if work.kind == .report { writer.add(work.reportLabel) }
            writer.attach([.text(" (\(publication(work.placeAndPublisher)))")])
        case .chapter:
            writer.addQuoted(work.title)
            if let book = work.container { writer.add([.text("in "), .italic(book)]) }
            if !work.entry.editors.isEmpty {
                writer.add("ed. \(ChicagoNames.natural(work.entry.editors))")
            }
            writer.attach([.text(" (\(publication(work.placeAndPublisher)))")])
        case .article:
            writer.addQuoted(work.title)
            addJournal(to: &writer, locator: locator)
            return finish(&writer, locator: nil)
        case .thesis:
            writer.addQuoted(work.title)
            let facts = [work.thesisLabel, work.publisher, yearLabel].compactMap { $0 }
            writer.attach([.text(" (\(facts.joined(separator: ", ")))")])
        case .newspaper, .webPage, .other:
            writer.addQuoted(work.title)
            addDatedFacts(to: &writer)
        }
        return finish(&writer, locator: locator)
    }

    /// The short note: "Gelman and Levin, *Future of Soviet–North Korean Relations*, 12."
    func shortNote(locator: String?) -> StyledText {
        var writer = NoteWriter()
        if !work.creators.isEmpty { writer.add(ChicagoNames.short(work.creators)) }
        if let title = ShortReference.titleText(work) {
            if ShortReference.isItalic(work) { writer.add([.italic(title)]) }
            else { writer.addQuoted(title) }
        } else if work.creators.isEmpty {
            writer.add(ShortReference.author(work))
        }
        return finish(&writer, locator: CitationLocator.format(locator), withLink: false)
    }

    private func addCreator(to writer: inout NoteWriter) {
        let creators = work.creators
        guard !creators.isEmpty else { return }
        let names = ChicagoNames.note(creators)
        writer.add(work.creatorsAreEditors ? "\(names), \(work.editorLabel)" : names)
    }

    /// "ed. X", "trans. Y", or "ed. and trans. X" (CMOS 14.103–14.104).
    private func contributors() -> [String] {
        let editors = work.creatorsAreEditors ? [] : work.entry.editors
        let translators = work.entry.translators
        if !editors.isEmpty && editors == translators {
            return ["ed. and trans. \(ChicagoNames.natural(editors))"]
        }
        var lines: [String] = []
        if !editors.isEmpty { lines.append("ed. \(ChicagoNames.natural(editors))") }
        if !translators.isEmpty { lines.append("trans. \(ChicagoNames.natural(translators))") }
        return lines
    }

    /// "Santa Monica, CA: Rand Corporation, 1984", or the year alone.
    private func publication(_ placeAndPublisher: String?) -> String {
        placeAndPublisher.map { "\($0), \(yearLabel)" } ?? yearLabel
    }

    /// "*Journal* 50, no. 6 (March 1963): 1145".
    private func addJournal(to writer: inout NoteWriter, locator: String?) {
        guard let journal = work.container else {
            writer.add(yearLabel)
            if let locator { writer.attach([.text(": \(locator)")]) }
            return
        }
        var datePart = yearLabel
        if let month = ChicagoDate.monthName(work.entry["month"]) {
            datePart = "\(month) \(datePart)"
        }
        var details = work.entry["volume"] ?? ""
        if let number = work.entry["number"] { details += ", no. \(number)" }
        details += " (\(datePart))"
        if let locator { details += ": \(locator)" }
        writer.add(CitableWork.journalRuns(journal, details))
    }

    /// Newspapers, web pages and other items: where and when, or when accessed.
    private func addDatedFacts(to writer: inout NoteWriter) {
        if let container = work.container {
            writer.add(work.kind == .newspaper ? [.italic(container)] : [.text(container)])
        }
        if work.kind == .other {
            writer.add(work.entry["howpublished"])
            writer.add(work.entry["note"])
        }
        if let date = ChicagoDate.fullDate(of: work.entry) {
            writer.add(date)
        } else if let accessed = ChicagoDate.accessed(work.entry), work.kind == .webPage {
            writer.add("accessed \(accessed)")
        } else {
            writer.add(yearLabel)
        }
    }

    /// Adds the locator and, in full notes, the DOI or URL; ends the note.
    private func finish(
        _ writer: inout NoteWriter, locator: String?, withLink: Bool = true
    ) -> StyledText {
        writer.add(locator)
        if withLink, let link = work.link { writer.add([.link(url: link)]) }
        return writer.finish()
    }
}

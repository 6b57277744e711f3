/// The elements each kind of work adds after its creator (and, author-date, its year).
extension BibliographyFormatter {
    func addBook(to writer: inout SentenceWriter, titleFirst: Bool) {
        if !titleFirst { addTitle(to: &writer) }
        writer.add(work.edition)
        contributors().forEach { writer.add($0) }
        writer.add(work.volumeLabel)
        writer.add(work.seriesLabel)
        writer.add(withYear(work.placeAndPublisher))
    }

    func addReport(to writer: inout SentenceWriter, titleFirst: Bool) {
        if !titleFirst { addTitle(to: &writer) }
        contributors().forEach { writer.add($0) }
        writer.add(work.reportLabel)
        writer.add(withYear(work.placeAndPublisher))
    }

    /// "In *Book Title*, edited by A and B, 55–65. Place: Publisher."
    func addChapter(to writer: inout SentenceWriter, titleFirst: Bool) {
        if !titleFirst { addTitle(to: &writer) }
        if let book = work.container {
            var runs: [StyledRun] = [.text("In "), .italic(book)]
            if !work.entry.editors.isEmpty {
                runs.append(.text(", edited by \(ChicagoNames.natural(work.entry.editors))"))
            }
            if let pages = work.pages { runs.append(.text(", \(pages)")) }
            writer.add(runs)
        }
        if !work.entry.translators.isEmpty {
            writer.add("Translated by \(ChicagoNames.natural(work.entry.translators))")
        }
        writer.add(withYear(work.placeAndPublisher))
    }

    /// "*Journal* 50 (6): 1143–48" (author-date) or "*Journal* 50, no. 6 (1963): 1143–48".
    func addArticle(to writer: inout SentenceWriter, titleFirst: Bool) {
        if !titleFirst { addTitle(to: &writer) }
        let datePart = style == .chicagoAuthorDate ? nil : articleDate
        guard let journal = work.container else {
            writer.add(datePart)
            return
        }
        writer.add(CitableWork.journalRuns(journal, work.journalDetails(datePart: datePart)))
    }

    /// "*New York Times*, March 8, 2017", the date repeated even after an author-date year.
    func addNewspaper(to writer: inout SentenceWriter, titleFirst: Bool) {
        if !titleFirst { addTitle(to: &writer) }
        let date = ChicagoDate.fullDate(of: work.entry)
        if !work.creators.isEmpty, let paper = work.container {
            writer.add([.italic(paper)] + (date.map { [.text(", \($0)")] } ?? []))
        } else {
            writer.add(date ?? (style == .chicagoAuthorDate ? nil : yearLabel))
        }
    }

    /// "PhD diss., University of Chicago".
    func addThesis(to writer: inout SentenceWriter, titleFirst: Bool) {
        if !titleFirst { addTitle(to: &writer) }
        let label = [work.thesisLabel, work.publisher].compactMap { $0 }.joined(separator: ", ")
        writer.add(withYear(label))
    }

    /// "Site. May 1, 2017. Accessed May 2, 2017." then the URL.
    func addWebPage(to writer: inout SentenceWriter, titleFirst: Bool) {
        if !titleFirst { addTitle(to: &writer) }
        writer.add(work.container)
        // Author-date has given the year already; notes-bibliography gives a known date
        // but no "n.d.", the access date standing in for it (CMOS 14.206).
        let year = style == .chicagoAuthorDate ? nil : ChicagoDate.year(of: work.entry)
        writer.add(ChicagoDate.fullDate(of: work.entry) ?? year)
        writer.add(ChicagoDate.accessed(work.entry).map { "Accessed \($0)" })
    }

    /// Unpublished and miscellaneous works: title, how published, note, year.
    func addOther(to writer: inout SentenceWriter, titleFirst: Bool) {
        if !titleFirst { addTitle(to: &writer) }
        let facts = [work.entry["howpublished"], work.entry["note"]].compactMap { $0 }
        facts.dropLast().forEach { writer.add($0) }
        writer.add(withYear(facts.last))
    }

    /// "1963" or "March 1963" inside a notes-bibliography journal citation.
    var articleDate: String {
        guard let month = ChicagoDate.monthName(work.entry["month"]) else { return yearLabel }
        return "\(month) \(yearLabel)"
    }
}

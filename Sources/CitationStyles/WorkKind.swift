import BibTeX

/// The shape of a citation, decided from the entry type and its fields.
enum WorkKind: Sendable, Hashable {
    /// Books, booklets, manuals, proceedings, collections: an italic title and a publisher.
    case book
    /// Chapters and papers in a book (`incollection`, `inproceedings`, `inbook` with a
    /// `booktitle`).
    case chapter
    case article
    /// An article dated by day or month with no volume or number, or with
    /// `entrysubtype = {magazine}` or `{newspaper}` (the biblatex-chicago convention).
    case newspaper
    case report
    case thesis
    /// `online`, and `misc` with a `url`.
    case webPage
    /// `misc`, `unpublished` and types with no closer match.
    case other

    init(_ entry: BibEntry) {
        switch entry.type {
        case .book, .booklet, .manual, .proceedings:
            self = .book
        case .inbook:
            self = entry["booktitle"] == nil ? .book : .chapter
        case .incollection, .inproceedings:
            self = .chapter
        case .article:
            self = Self.isNewspaper(entry) ? .newspaper : .article
        case .techreport:
            self = .report
        case .mastersthesis, .phdthesis:
            self = .thesis
        case .online:
            self = .webPage
        case .misc:
            self = entry["url"] == nil ? .other : .webPage
        case .unpublished:
            self = .other
        case .other(let name):
            self = Self.otherTypes[name] ?? .other
        }
    }

    /// biblatex types that are not BibTeX's own.
    private static let otherTypes: [String: WorkKind] = [
        "collection": .book, "mvbook": .book, "mvcollection": .book, "reference": .book,
        "mvproceedings": .book, "periodical": .book, "report": .report, "thesis": .thesis,
        "webpage": .webPage, "incollection": .chapter, "inreference": .chapter,
        "suppbook": .chapter, "suppcollection": .chapter,
    ]

    private static func isNewspaper(_ entry: BibEntry) -> Bool {
        if let subtype = entry["entrysubtype"]?.lowercased() {
            return subtype == "magazine" || subtype == "newspaper"
        }
        guard entry["volume"] == nil, entry["number"] == nil else { return false }
        let hasMonth = entry["month"] != nil || entry["day"] != nil
        return hasMonth || (entry["date"]?.count ?? 0) >= 7
    }
}

import BibTeX

/// The facts of one entry that Chicago citations use, each read from the field that
/// holds it in BibTeX or in biblatex.
struct CitableWork: Sendable {
    let entry: BibEntry
    let kind: WorkKind

    init(_ entry: BibEntry) {
        self.entry = entry
        self.kind = WorkKind(entry)
    }

    /// Who the work is by: its authors, or its editors when it has no authors.
    var creators: NameList { entry.authors.isEmpty ? entry.editors : entry.authors }

    /// True when `creators` are editors, who are then labelled "ed." or "eds.".
    var creatorsAreEditors: Bool { entry.authors.isEmpty && !entry.editors.isEmpty }

    /// "ed." or "eds." for the editors standing in for authors.
    var editorLabel: String { entry.editors.count > 1 || entry.editors.andOthers ? "eds." : "ed." }

    /// The title with its subtitle: "Title: Subtitle" (no colon after "?" or "!").
    var title: String? {
        guard let title = entry["title"] else { return nil }
        guard let subtitle = entry["subtitle"] else { return title }
        let last = title.last
        return last == "?" || last == "!" ? "\(title) \(subtitle)" : "\(title): \(subtitle)"
    }

    /// The journal, newspaper, book or website the work appears in.
    var container: String? {
        switch kind {
        case .article, .newspaper: entry["journal"] ?? entry["journaltitle"]
        case .chapter: entry["booktitle"] ?? entry["maintitle"]
        case .webPage: entry["organization"] ?? entry["howpublished"] ?? entry["journal"]
        default: nil
        }
    }

    var place: String? { entry["address"] ?? entry["location"] }

    var publisher: String? {
        switch kind {
        case .report: entry["institution"] ?? entry["publisher"]
        case .thesis: entry["school"] ?? entry["institution"]
        default:
            entry["publisher"] ?? entry["organization"] ?? entry["institution"]
                ?? (entry.type == .booklet ? entry["howpublished"] : nil)
        }
    }

    /// "Place: Publisher", or whichever of the two is known.
    var placeAndPublisher: String? {
        switch (place, publisher) {
        case (let place?, let publisher?): "\(place): \(publisher)"
        case (let place?, nil): place
        case (nil, let publisher?): publisher
        case (nil, nil): nil
        }
    }

    /// "Report R-3159-AF": the `type` (or "Report") and the `number` of a report.
    var reportLabel: String? {
        let label = entry["type"] ?? "Report"
        guard let number = entry["number"] else { return entry["type"] }
        return "\(label) \(number)"
    }

    /// "PhD diss." or "Master’s thesis", unless `type` says otherwise.
    var thesisLabel: String {
        if let type = entry["type"] {
            switch type.lowercased() {
            case "phd", "phdthesis": return "PhD diss."
            case "mathesis", "masters", "mastersthesis": return "Master’s thesis"
            default: return type
            }
        }
        return entry.type == .mastersthesis ? "Master’s thesis" : "PhD diss."
    }

    /// The address of the work online: the DOI as an https URL, else the `url` field.
    var link: String? {
        if let doi = entry["doi"] {
            for prefix in ["https://doi.org/", "http://doi.org/", "http://dx.doi.org/", "doi:"]
            where doi.lowercased().hasPrefix(prefix) {
                return "https://doi.org/" + doi.dropFirst(prefix.count)
            }
            if doi.hasPrefix("http") { return doi }
            return "https://doi.org/" + doi
        }
        return entry["url"]
    }

    var pages: String? { entry["pages"].map(PageRange.chicago) }
}

import BibTeX

extension CitableWork {
    private static let ordinalWords = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
        "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    ]

    /// "2nd ed." from "2", "2nd", "Second"; nil for a first edition; other text + " ed.".
    var edition: String? {
        guard let raw = entry["edition"] else { return nil }
        let word = raw.lowercased().trimmingCharacters(in: ["."])
        let digits = word.prefix { $0.isNumber }
        let number = Self.ordinalWords[word] ?? Int(digits)
        if let number {
            return number == 1 ? nil : "\(Self.ordinal(number)) ed."
        }
        return raw.hasSuffix("ed.") ? raw : "\(raw) ed."
    }

    /// "Vol. 2", from `volume`.
    var volumeLabel: String? { entry["volume"].map { "Vol. \($0)" } }

    /// The series, followed by the number in it: "Studies in History 7".
    var seriesLabel: String? {
        guard let series = entry["series"] else { return nil }
        guard let number = entry["number"], kind == .book else { return series }
        return "\(series) \(number)"
    }

    /// Volume, issue and pages as Chicago prints them after a journal title.
    ///
    /// With `datePart` (notes-bibliography): "50, no. 6 (1963): 1143–48". Without
    /// (author-date): "50 (6): 1143–48", or "50, no. 6 (March): 1143–48" when a month is
    /// known, following the two forms in CMOS 15.9.
    func journalDetails(datePart: String?) -> String {
        var text = entry["volume"] ?? ""
        let month = ChicagoDate.monthName(entry["month"])
        if let number = entry["number"] {
            if datePart == nil && month == nil && !text.isEmpty {
                text += " (\(number))"
            } else {
                text += ", no. \(number)"
            }
        }
        if let datePart {
            text += " (\(datePart))"
        } else if let month, entry["number"] != nil || !text.isEmpty {
            text += " (\(month))"
        }
        if let pages { text += ": \(pages)" }
        return text
    }

    /// The journal title in italics followed by its details, spaced unless the details
    /// start with their own punctuation: "*Journal* 50 (6)", "*Journal*, no. 62".
    static func journalRuns(_ journal: String, _ details: String) -> [StyledRun] {
        let ownSpacing = details.isEmpty || details.first.map { ",: ".contains($0) } == true
        return [.italic(journal), .text((ownSpacing ? "" : " ") + details)]
    }

    static func ordinal(_ number: Int) -> String {
        let tens = number % 100
        let suffix = (11...13).contains(tens) ? "th"
            : number % 10 == 1 ? "st" : number % 10 == 2 ? "nd" : number % 10 == 3 ? "rd" : "th"
        return "\(number)\(suffix)"
    }
}

import BibTeX

/// Years and dates as Chicago writes them: "1984", "n.d.", "May 24, 1984".
enum ChicagoDate {
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ]

    /// What Chicago prints for a work without a date.
    static let noDate = "n.d."

    /// The year of publication: `year`, else the year of a biblatex `date`; nil if none.
    static func year(of entry: BibEntry) -> String? {
        if let year = entry["year"] { return year }
        guard let date = entry["date"] else { return nil }
        let year = date.prefix { $0.isNumber }
        return year.count == 4 ? String(year) : date
    }

    /// A full month name from "5", "05", "may", "May" or "May." ; other text as given.
    static func monthName(_ raw: String?) -> String? {
        guard let raw, !raw.isEmpty else { return nil }
        if let number = Int(raw), (1...12).contains(number) { return months[number - 1] }
        let lowered = raw.lowercased().trimmingCharacters(in: ["."])
        if lowered.count >= 3,
            let month = months.first(where: { $0.lowercased().hasPrefix(lowered) }) {
            return month
        }
        return raw
    }

    /// The month, day and year of a dated item (newspapers, web pages), such as
    /// "May 24, 1984" or "May 1984"; nil when no month is known.
    static func fullDate(of entry: BibEntry) -> String? {
        if let date = entry["date"], let formatted = iso(date) { return formatted }
        guard let month = monthName(entry["month"]) else { return nil }
        let year = Self.year(of: entry)
        switch (entry["day"], year) {
        case (let day?, let year?): return "\(month) \(day), \(year)"
        case (nil, let year?): return "\(month) \(year)"
        case (let day?, nil): return "\(month) \(day)"
        case (nil, nil): return month
        }
    }

    /// When an online source was consulted: `urldate` (ISO dates reformatted) or the
    /// `lastaccessed` field some ACM files use.
    static func accessed(_ entry: BibEntry) -> String? {
        guard let raw = entry["urldate"] ?? entry["lastaccessed"] else { return nil }
        return iso(raw) ?? raw
    }

    /// "1984-05-24" → "May 24, 1984"; "1984-05" → "May 1984"; nil for other forms.
    static func iso(_ text: String) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts[0].count == 4, Int(parts[0]) != nil,
            let month = Int(parts[1]), (1...12).contains(month)
        else { return nil }
        let name = months[month - 1]
        guard parts.count == 3 else { return "\(name) \(parts[0])" }
        guard let day = Int(parts[2].prefix(2)), (1...31).contains(day) else { return nil }
        return "\(name) \(day), \(parts[0])"
    }
}

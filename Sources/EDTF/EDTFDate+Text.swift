extension EDTFDate {
    /// The canonical EDTF text: `1985-04-12`, `193X~`, `1985-XX-XX`, `2001-21`, `Y-170000002`.
    package var iso: String {
        var text = yearISO
        switch precision {
        case .year, .decade, .century:
            break
        case .season:
            text += "-" + String(season?.rawValue ?? 0)
        case .month:
            text += "-" + field(month, unspecified: .month)
        case .day:
            text += "-" + field(month, unspecified: .month) + "-" + field(day, unspecified: .day)
        }
        return text + qualifiers.symbol
    }

    /// English text for display: "July 7, 1884", "July 1884", "1884", "spring 1949",
    /// "the 1930s", "44 BCE"; `~` adds "c. " in front and `?` adds "?" at the end.
    ///
    /// Unspecified months and days are left out (`1985-XX-XX` reads "1985"). `19XX` reads
    /// "the 1900s", the years 1900–1999 it denotes, rather than "the 20th century", which is
    /// 1901–2000. An approximate decade or century drops its "the", as museum labels do
    /// ("c. 1930s"). Years up to 0 read as BCE (0 is "1 BCE").
    package var readable: String {
        let yearText = EnglishNames.year(year)
        let base: String
        switch precision {
        case .day, .month:
            if let month, let day {
                base = "\(EnglishNames.month(month)) \(day), \(yearText)"
            } else if let month {
                base = "\(EnglishNames.month(month)) \(yearText)"
            } else {
                base = yearText
            }
        case .season:
            base = "\(season?.name ?? "season") \(yearText)"
        case .year:
            base = yearText
        case .decade, .century:
            base = isApproximate ? "\(year)s" : "the \(year)s"
        }
        return (isApproximate ? "c. " : "") + base + (isUncertain ? "?" : "")
    }

    /// The year as written: four digits with `X`s and an optional `-`, or the `Y` form.
    private var yearISO: String {
        let sign = year < 0 ? "-" : ""
        guard year.magnitude <= 9999 else { return "Y" + sign + String(year.magnitude) }
        let digits = zeroPadded(year.magnitude, width: 4)
        let hidden = unspecified.unspecifiedYearDigits
        return sign + digits.dropLast(hidden) + String(repeating: "X", count: hidden)
    }

    /// A two-digit month or day, or `XX` when `unspecified` says it was written so.
    private func field(_ value: Int?, unspecified flag: UnspecifiedDigits) -> String {
        guard let value, !unspecified.contains(flag) else { return "XX" }
        return zeroPadded(value, width: 2)
    }
}

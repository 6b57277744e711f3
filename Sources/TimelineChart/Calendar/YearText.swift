/// Prints years and months for tick labels, the same way on every machine.
///
/// Years print without separators ("1850"); years before 1 CE print as BCE years, so
/// astronomical year -43 prints "44 BCE" and year 0 prints "1 BCE".
enum YearText {
    static let monthNames = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    /// The label of astronomical `year`.
    static func year(_ year: Int) -> String {
        year >= 1 ? String(year) : "\(1 - year) BCE"
    }

    /// "Mar 1884", or "Mar" when `withYear` is false; `month` is 1–12.
    static func month(_ month: Int, year: Int, withYear: Bool) -> String {
        let name = monthNames[min(max(month, 1), 12) - 1]
        return withYear ? name + " " + Self.year(year) : name
    }
}

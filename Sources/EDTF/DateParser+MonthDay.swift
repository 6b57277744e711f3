/// What a month field held.
enum MonthField {
    case month(Int)
    case season(Season)
    case unspecified
}

extension DateParser {
    /// Rejects a month after a year that level 1 does not let have one.
    func checkYearTakesMonth(_ year: YearField) throws(EDTFError) {
        if year.isLong {
            throw EDTFError(
                kind: .malformed, message: "a 'Y' year cannot have a month or day", offset: pos,
                hint: "write the year alone, such as Y170000002")
        }
        if !year.unspecified.isEmpty {
            throw EDTFError(
                kind: .unsupported, message: "a year with 'X' digits cannot have a month or day",
                offset: pos, hint: "level 1 allows 'X' in a year written alone, such as 193X")
        }
    }

    /// Reads `MM` (01–12), a season (21–24) or `XX`.
    mutating func parseMonthField(year: Int) throws(EDTFError) -> MonthField {
        guard let value = try readTwoDigitField(named: "month") else { return .unspecified }
        switch value {
        case 1...12:
            return .month(value)
        case 21...24:
            if let season = Season(rawValue: value) { return .season(season) }
        default:
            break
        }
        throw EDTFError(
            kind: .invalidMonth, message: "month \(zeroPadded(value, width: 2)) does not exist",
            offset: pos - 2,
            hint: "months are 01–12; 21–24 are spring, summer, autumn and winter")
    }

    /// Reads `DD` or `XX`, returning `nil` for `XX`; the day must exist in `month` of `year`.
    mutating func parseDayField(year: Int, month: Int?) throws(EDTFError) -> Int? {
        guard let value = try readTwoDigitField(named: "day") else { return nil }
        let offset = pos - 2
        let yearText = (year < 0 ? "-" : "") + zeroPadded(year.magnitude, width: 4)
        guard let month else {
            throw EDTFError(
                kind: .unsupported, message: "a day cannot follow an unspecified month",
                offset: offset, hint: "write \(yearText)-XX-XX, or give the month")
        }
        let lastDay = CalendarDay.daysInMonth(month, year: year)
        if value == 0 {
            throw EDTFError(
                kind: .invalidDay, message: "day 00 does not exist", offset: offset,
                hint: "days start at 01")
        }
        guard value > lastDay else { return value }
        let monthName = EnglishNames.month(month)
        let last = "\(yearText)-\(zeroPadded(month, width: 2))-\(lastDay)"
        if month == 2 && value == 29 {
            // Only reachable in common years; century years are the classic surprise.
            let rule =
                year % 100 == 0
                ? "a century year is a leap year only if divisible by 400; " : ""
            throw EDTFError(
                kind: .invalidDay,
                message: "\(yearText) is not a leap year, so February has only 28 days",
                offset: offset, hint: "\(rule)the last day of February \(yearText) is \(last)")
        }
        throw EDTFError(
            kind: .invalidDay, message: "\(monthName) \(yearText) has only \(lastDay) days",
            offset: offset, hint: "the last day of \(monthName) \(yearText) is \(last)")
    }

    /// Reads a two-character field of digits or `XX`, returning `nil` for `XX`.
    private mutating func readTwoDigitField(named name: String) throws(EDTFError) -> Int? {
        let field = readField()
        try rejectLegacyMarkers(in: field)
        if field.count != 2 {
            throw badFieldLength(field, name: name)
        }
        let digits = text(field)
        if digits == "XX" { return nil }
        if digits.contains("X") {
            throw EDTFError(
                kind: .unsupported, message: "'X' must replace both digits of the \(name)",
                offset: field.lowerBound, hint: "write XX, or give the full \(name)")
        }
        return number(field)
    }

    /// The error for a month or day field that is not two characters long.
    private func badFieldLength(_ field: Range<Int>, name: String) -> EDTFError {
        if field.count < 2, let character = current, character.isQualifier {
            return misplacedQualifier(at: pos)
        }
        if field.count < 2, let character = current, character != "-" {
            let expecting = field.isEmpty ? "a two-digit \(name)" : "a digit"
            return unexpected(character, at: pos, expecting: expecting)
        }
        if field.isEmpty {
            return EDTFError(
                kind: .malformed, message: "expected a two-digit \(name) after '-'",
                offset: pos, hint: "write the \(name) as two digits, such as 04")
        }
        let digits = text(field)
        let year = text(start..<(field.lowerBound - 1))
        // `1985-1990` is a common way to write a span of years.
        let hint =
            name == "month" && field.count == 4 && !digits.contains("X")
            ? "for a span of years write an interval: \(year)/\(digits)"
            : field.count == 1 ? "pad with a zero: 0\(digits)" : "write two digits, such as 04"
        return EDTFError(
            kind: .malformed, message: "a \(name) has two digits, found \(field.count)",
            offset: field.lowerBound, hint: hint)
    }
}

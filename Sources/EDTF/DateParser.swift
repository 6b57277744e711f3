/// Parses one level 0/1 date that occupies part of the text, reporting offsets into the whole
/// text so that errors inside the second date of an interval point at the right column.
struct DateParser {
    /// The whole text being parsed.
    let chars: [Character]
    /// The first character of this date.
    let start: Int
    /// One past the last character of this date.
    let end: Int
    /// The next character to read.
    var pos: Int

    init(chars: [Character], range: Range<Int>) {
        self.chars = chars
        start = range.lowerBound
        end = range.upperBound
        pos = range.lowerBound
    }

    /// The next character, or `nil` at the end of this date.
    var current: Character? { pos < end ? chars[pos] : nil }

    /// Parses `year[-month[-day]][qualifier]` and requires nothing to follow.
    mutating func parse() throws(EDTFError) -> EDTFDate {
        let year = try parseYear()
        var unspecified = year.unspecified
        var precision = year.precision
        var month: Int?
        var day: Int?
        var season: Season?
        if current == "-" {
            try checkYearTakesMonth(year)
            pos += 1
            switch try parseMonthField(year: year.value) {
            case .month(let value): month = value
            case .season(let value): season = value
            case .unspecified: unspecified.insert(.month)
            }
            precision = season == nil ? .month : .season
            if current == "-" {
                if season != nil {
                    throw EDTFError(
                        kind: .malformed, message: "a season cannot have a day", offset: pos,
                        hint: "write the season alone, such as 2001-21")
                }
                pos += 1
                day = try parseDayField(year: year.value, month: month)
                if day == nil { unspecified.insert(.day) }
                precision = .day
            }
        }
        let qualifiers = try parseQualifier()
        try expectEnd()
        return EDTFDate(
            year: year.value, month: month, day: day, season: season, precision: precision,
            qualifiers: qualifiers, unspecified: unspecified)
    }

    /// Reads a run of digits and `X`s (and the rejected `x`, `u`), returning its range.
    mutating func readField() -> Range<Int> {
        let fieldStart = pos
        while let character = current, character.isFieldCharacter { pos += 1 }
        return fieldStart..<pos
    }

    /// The text of `range`.
    func text(_ range: Range<Int>) -> String {
        String(chars[range])
    }

    /// The number written in `range`, reading `X` as 0. Callers check the length first, so
    /// the value cannot overflow.
    func number(_ range: Range<Int>) -> Int {
        chars[range].reduce(0) { $0 * 10 + ($1.asciiDigitValue ?? 0) }
    }

    /// Rejects the pre-2019 `u` and a lowercase `x` for unspecified digits.
    func rejectLegacyMarkers(in range: Range<Int>) throws(EDTFError) {
        guard let bad = range.first(where: { chars[$0] == "x" || chars[$0] == "u" }) else {
            return
        }
        let fixed = String(chars[range].map { $0 == "x" || $0 == "u" ? "X" : $0 })
        let message =
            chars[bad] == "u"
            ? "'u' for an unspecified digit was replaced by 'X' in EDTF 2019"
            : "unspecified digits are written with an uppercase 'X'"
        throw EDTFError(kind: .malformed, message: message, offset: bad, hint: "write \(fixed)")
    }
}

/// A parsed year field.
struct YearField {
    /// The astronomical year, with `X` digits read as 0.
    var value: Int
    /// `.yearOnes` and `.yearTens` for `X` digits.
    var unspecified: UnspecifiedDigits
    /// Whether the year was written with the `Y` prefix.
    var isLong: Bool

    /// The precision of the year on its own.
    var precision: EDTFPrecision {
        switch unspecified.unspecifiedYearDigits {
        case 2: .century
        case 1: .decade
        default: .year
        }
    }
}

extension DateParser {
    /// Reads `YYYY`, `-YYYY`, `YYYX`, `YYXX`, `Y12345...` or `Y-12345...`.
    mutating func parseYear() throws(EDTFError) -> YearField {
        if current == "Y" { return try parseLongYear() }
        let signOffset = pos
        let negative = current == "-"
        if negative { pos += 1 }
        let field = readField()
        try rejectLegacyMarkers(in: field)
        try checkYearLength(field, negative: negative)
        let unspecified = try yearUnspecifiedDigits(field, negative: negative)
        let magnitude = number(field)
        if negative && magnitude == 0 {
            throw EDTFError(
                kind: .malformed, message: "year zero has no sign", offset: signOffset,
                hint: "write 0000 (the year 1 BCE)")
        }
        return YearField(
            value: negative ? -magnitude : magnitude, unspecified: unspecified, isLong: false)
    }

    /// Requires exactly four characters, explaining shorter, longer and empty years.
    private func checkYearLength(_ field: Range<Int>, negative: Bool) throws(EDTFError) {
        guard field.count != 4 else { return }
        let sign = negative ? "-" : ""
        if field.count < 4, let character = current, character.isQualifier {
            throw misplacedQualifier(at: pos)
        }
        if field.count < 4, let character = current, field.isEmpty || character != "-" {
            throw unexpected(character, at: pos, expecting: field.isEmpty ? "a year" : "a digit")
        }
        if field.isEmpty {
            throw EDTFError(
                kind: .malformed, message: "expected a year after '-'", offset: pos,
                hint: "write a negative year with four digits, such as -0044")
        }
        let digits = text(field)
        let isNumeric = !digits.contains("X")
        let significant = String(digits.drop { $0 == "0" })
        if isNumeric && field.count > 4 && significant.count > 4 {
            throw EDTFError(
                kind: .malformed, message: "a year of more than four digits needs the 'Y' prefix",
                offset: field.lowerBound, hint: "write Y\(sign)\(significant)")
        }
        let hint =
            isNumeric
            ? "write \(sign)\(zeroPadded(number(field), width: 4))"
            : "write four characters, such as 193X or 19XX"
        throw EDTFError(
            kind: .malformed, message: "a year has four digits, found \(field.count)",
            offset: field.lowerBound, hint: hint)
    }

    /// Checks where `X` appears in a four-character year and returns the matching mask.
    private func yearUnspecifiedDigits(
        _ field: Range<Int>, negative: Bool
    ) throws(EDTFError) -> UnspecifiedDigits {
        guard let firstX = field.first(where: { chars[$0] == "X" }) else { return [] }
        let digitAfterX = (firstX..<field.upperBound).contains { chars[$0] != "X" }
        if firstX < field.lowerBound + 2 || digitAfterX {
            throw EDTFError(
                kind: .unsupported,
                message: "only the last one or two digits of a year may be 'X' at level 1",
                offset: firstX, hint: "write 193X or 19XX, or an interval such as 1000/1999")
        }
        if negative {
            throw EDTFError(
                kind: .unsupported, message: "'X' digits in a negative year are not supported",
                offset: firstX, hint: "write an interval such as -0199/-0190")
        }
        return field.upperBound - firstX == 2 ? [.yearOnes, .yearTens] : [.yearOnes]
    }

    /// Reads a `Y`-prefixed year of five to nine digits.
    private mutating func parseLongYear() throws(EDTFError) -> YearField {
        let prefixOffset = pos
        pos += 1
        let negative = current == "-"
        if negative { pos += 1 }
        let sign = negative ? "-" : ""
        let digitsStart = pos
        while let character = current, character.asciiDigitValue != nil { pos += 1 }
        let field = digitsStart..<pos
        if current == "E" || current == "S" {
            throw EDTFError(
                kind: .unsupported,
                message: "exponential years and significant digits are level 2 features",
                offset: pos, hint: "write all the digits of the year, such as Y170000002")
        }
        if let character = current, character.isFieldCharacter {
            throw EDTFError(
                kind: .unsupported, message: "'\(character)' is not allowed in a 'Y' year",
                offset: pos, hint: "write all the digits of the year, such as Y170000002")
        }
        guard !field.isEmpty else {
            throw EDTFError(
                kind: .malformed, message: "expected digits after 'Y\(sign)'", offset: pos,
                hint: "write a year of more than four digits, such as Y\(sign)170000002")
        }
        if chars[digitsStart] == "0" {
            throw EDTFError(
                kind: .malformed, message: "a 'Y' year has no leading zeros",
                offset: digitsStart,
                hint: "remove the zeros after 'Y\(sign)'")
        }
        if field.count <= 4 {
            throw EDTFError(
                kind: .malformed,
                message: "the 'Y' prefix is only for years of more than four digits",
                offset: prefixOffset, hint: "write \(sign)\(zeroPadded(number(field), width: 4))")
        }
        if field.count > 9 {
            throw EDTFError(
                kind: .yearOutOfRange, message: "years of more than nine digits are not supported",
                offset: digitsStart, hint: "the largest supported year is Y999999999")
        }
        let magnitude = number(field)
        return YearField(value: negative ? -magnitude : magnitude, unspecified: [], isLong: true)
    }
}

extension DateParser {
    /// Reads an optional trailing `?`, `~` or `%`, rejecting repeated or inner qualifiers.
    mutating func parseQualifier() throws(EDTFError) -> EDTFQualifiers {
        guard let symbol = current, let qualifiers = EDTFQualifiers(symbol: symbol) else {
            return []
        }
        let offset = pos
        pos += 1
        if let next = current, let second = EDTFQualifiers(symbol: next) {
            // `?~` was the 2012 draft's spelling of what EDTF 2019 writes as `%`.
            let hint =
                qualifiers.union(second) == .both && qualifiers != second
                ? "use % alone for uncertain and approximate"
                : "remove the repeated '\(next)'"
            throw EDTFError(
                kind: .misplacedQualifier, message: "a date takes a single qualifier",
                offset: pos, hint: hint)
        }
        if current == "-" {
            throw misplacedQualifier(at: offset)
        }
        return qualifiers
    }

    /// The error for a qualifier inside a date, with the date rewritten with it at the end.
    func misplacedQualifier(at offset: Int) -> EDTFError {
        let symbol = chars[offset]
        let isInsideNumber =
            offset > start && chars[offset - 1].isFieldCharacter
            && offset + 1 < end && chars[offset + 1].isFieldCharacter
        // Moving a qualifier out of the middle of `19?4` would change the number, so only a
        // qualifier between fields gets the date rewritten in the hint.
        let others = chars[start..<end].indices.filter { $0 != offset }.map { chars[$0] }
        let hint =
            isInsideNumber
            ? "level 1 qualifies the whole date; put it after the last digit, such as 1984?"
            : "level 1 qualifies the whole date; write \(String(others) + String(symbol))"
        return EDTFError(
            kind: .misplacedQualifier, message: "a qualifier must come at the end of the date",
            offset: offset, hint: hint)
    }

    /// Requires the date to be fully read, explaining the usual leftovers.
    func expectEnd() throws(EDTFError) {
        guard let character = current else { return }
        if character == "-" {
            throw EDTFError(
                kind: .malformed, message: "unexpected '-' after the day", offset: pos,
                hint: "a date has at most a year, a month and a day: 1985-04-12")
        }
        throw unexpected(character, at: pos, expecting: "the end of the date")
    }

    /// The error for a stray `character`, with a hint for common slips.
    func unexpected(_ character: Character, at offset: Int, expecting: String) -> EDTFError {
        let found = "expected \(expecting), found '\(character)'"
        switch character {
        case "T":
            return EDTFError(
                kind: .unsupported, message: "times of day are not supported", offset: offset,
                hint: "remove '\(text(offset..<end))' to keep the calendar date")
        case "–", "—":
            return EDTFError(
                kind: .malformed, message: found, offset: offset,
                hint: "separate the two dates of an interval with '/': 1858/1861")
        case "y":
            return EDTFError(
                kind: .malformed, message: found, offset: offset,
                hint: "write the year prefix as an uppercase 'Y', such as Y170000002")
        case ".":
            return EDTFError(
                kind: .malformed, message: found, offset: offset,
                hint: "'..' stands alone as an interval end: ../1950 or 1950/..")
        case _ where character.isWhitespace:
            return EDTFError(
                kind: .malformed, message: "unexpected whitespace", offset: offset,
                hint: "remove spaces; EDTF has none, even in intervals (1858/1861)")
        default:
            return EDTFError(
                kind: .malformed, message: found, offset: offset,
                hint: "a date looks like 1985-04-12, 1985-04 or 1985")
        }
    }
}

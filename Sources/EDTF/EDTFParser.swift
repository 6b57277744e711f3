/// Splits EDTF text into one date or the two ends of an interval, and checks interval order.
///
/// Works on an array of `Character`s so that every offset it reports is a `Character` offset.
struct EDTFParser {
    /// The whole text being parsed.
    let chars: [Character]

    init(text: String) {
        chars = Array(text)
    }

    /// Parses the whole text as a date or an interval.
    func parseValue() throws(EDTFError) -> EDTFValue {
        guard !chars.isEmpty else {
            throw EDTFError(
                kind: .empty, message: "the date is empty", offset: 0,
                hint: "write a date such as 1985-04-12 or an interval such as 1964/2008")
        }
        let slashes = chars.indices.filter { chars[$0] == "/" }
        guard let slash = slashes.first else {
            return .date(try parseDate(chars.indices))
        }
        if slashes.count > 1 {
            throw EDTFError(
                kind: .malformed, message: "an interval has exactly one '/'",
                offset: slashes[1], hint: "write start/end, such as 1964/2008")
        }
        return .interval(try parseInterval(slash: slash))
    }

    private func parseDate(_ range: Range<Int>) throws(EDTFError) -> EDTFDate {
        var parser = DateParser(chars: chars, range: range)
        return try parser.parse()
    }

    private func parseInterval(slash: Int) throws(EDTFError) -> EDTFInterval {
        let start = try parseEndpoint(0..<slash)
        let end = try parseEndpoint((slash + 1)..<chars.count)
        guard let startDate = start.date, let endDate = end.date else {
            if start.date == nil && end.date == nil {
                throw EDTFError(
                    kind: .malformed, message: "an interval needs a date at one end at least",
                    offset: 0, hint: "write ../1950 for 'until 1950' or 1950/.. for 'from 1950'")
            }
            return EDTFInterval(start: start, end: end)
        }
        // Compare strict bounds: `1985/1985-03` may well be a real span (some time in 1985 up
        // to March), but nothing that starts after the end's last possible day can be.
        if startDate.earliest > endDate.latest {
            throw EDTFError(
                kind: .reversedInterval,
                message: "the interval ends (\(endDate.iso)) before it starts (\(startDate.iso))",
                offset: slash + 1, hint: "swap the dates: \(endDate.iso)/\(startDate.iso)")
        }
        return EDTFInterval(start: start, end: end)
    }

    private func parseEndpoint(_ range: Range<Int>) throws(EDTFError) -> EDTFEndpoint {
        if range.isEmpty { return .unknown }
        let text = chars[range]
        if text.elementsEqual("..") { return .open }
        if text.starts(with: "..") {
            let after = range.lowerBound + 2
            if chars[after].isQualifier {
                throw EDTFError(
                    kind: .misplacedQualifier, message: "an open end '..' cannot be qualified",
                    offset: after, hint: "remove '\(chars[after])' after '..'")
            }
            throw EDTFError(
                kind: .malformed, message: "unexpected '\(chars[after])' after '..'",
                offset: after, hint: "'..' stands alone as an interval end: ../1950 or 1950/..")
        }
        return .date(try parseDate(range))
    }
}

import EDTF

extension FuzzCheck {
    /// `EDTFValue.parse` on the text. An accepted value must round-trip through `iso`, have
    /// ordered bounds whose day numbers convert back, and read as non-empty English; a
    /// rejection must point inside the text.
    package static func edtf(_ bytes: [UInt8]) -> [String] {
        let text = Self.text(bytes)
        var problems = Problems()
        do {
            let value = try EDTFValue.parse(text)
            problems.expect(value.iso == text, "accepted \(text.debugDescription) but iso is \(value.iso.debugDescription)")
            problems.expect(
                (try? EDTFValue.parse(value.iso)) == value, "parse(iso) differs for \(text.debugDescription)")
            problems.expect(!value.readable.isEmpty, "empty readable text for \(text.debugDescription)")
            let dates = [value.date, value.interval?.start.date, value.interval?.end.date]
            for case let date? in dates {
                problems.expect(date.earliest <= date.latest,
                                "\(date.iso): earliest \(date.earliest) after latest \(date.latest)")
                for day in [date.earliest, date.latest] {
                    problems.expect(CalendarDay(dayNumber: day.dayNumber) == day,
                                    "\(date.iso): day number of \(day) does not convert back")
                }
            }
            if let earliest = value.earliest, let latest = value.latest {
                problems.expect(value.contains(day: earliest) && value.contains(day: latest),
                                "\(text.debugDescription) does not contain its own bounds")
            }
            _ = value.sortKey
        } catch {
            let length = Array(text).count
            problems.expect((0...length).contains(error.offset),
                            "error offset \(error.offset) outside 0...\(length) for \(text.debugDescription)")
            problems.expect(!error.message.isEmpty, "empty error message for \(text.debugDescription)")
        }
        return problems.list
    }
}

import EDTF
import Testing

/// Expected strict bounds of a value, as ISO day strings; `nil` for an open or unknown end.
struct BoundsCase: Sendable, CustomTestStringConvertible {
    let text: String
    let earliest: String?
    let latest: String?

    init(_ text: String, _ earliest: String?, _ latest: String?) {
        self.text = text
        self.earliest = earliest
        self.latest = latest
    }

    var testDescription: String { text }
}

@Suite("Bounds")
struct BoundsTests {
    static let dates: [BoundsCase] = [
        BoundsCase("1985-04-12", "1985-04-12", "1985-04-12"),
        BoundsCase("1985-04", "1985-04-01", "1985-04-30"),
        BoundsCase("1985", "1985-01-01", "1985-12-31"),
        BoundsCase("193X", "1930-01-01", "1939-12-31"),
        BoundsCase("19XX", "1900-01-01", "1999-12-31"),
        BoundsCase("201X", "2010-01-01", "2019-12-31"),
        BoundsCase("1985-XX", "1985-01-01", "1985-12-31"),
        BoundsCase("1985-04-XX", "1985-04-01", "1985-04-30"),
        BoundsCase("1985-XX-XX", "1985-01-01", "1985-12-31"),
        BoundsCase("1984~", "1984-01-01", "1984-12-31"),
        BoundsCase("2004-06-11%", "2004-06-11", "2004-06-11"),
        BoundsCase("-0044", "-0044-01-01", "-0044-12-31"),
        BoundsCase("-1985-04", "-1985-04-01", "-1985-04-30"),
        BoundsCase("0000", "0000-01-01", "0000-12-31"),
        BoundsCase("Y170000002", "170000002-01-01", "170000002-12-31"),
        BoundsCase("Y-170000002", "-170000002-01-01", "-170000002-12-31"),
    ]

    static let leapDays: [BoundsCase] = [
        BoundsCase("2000-02", "2000-02-01", "2000-02-29"),
        BoundsCase("1900-02", "1900-02-01", "1900-02-28"),
        BoundsCase("1981-02", "1981-02-01", "1981-02-28"),
        BoundsCase("1980-02-XX", "1980-02-01", "1980-02-29"),
        BoundsCase("2000-02-29", "2000-02-29", "2000-02-29"),
        BoundsCase("0000-02", "0000-02-01", "0000-02-29"),
        BoundsCase("-0004-02", "-0004-02-01", "-0004-02-29"),
        BoundsCase("-0100-02", "-0100-02-01", "-0100-02-28"),
    ]

    static let intervals: [BoundsCase] = [
        BoundsCase("1964/2008", "1964-01-01", "2008-12-31"),
        BoundsCase("2004-06/2006-08", "2004-06-01", "2006-08-31"),
        BoundsCase("2004-02-01/2005", "2004-02-01", "2005-12-31"),
        BoundsCase("193X/1945-05-08", "1930-01-01", "1945-05-08"),
        BoundsCase("1985/1985-03", "1985-01-01", "1985-03-31"),
        BoundsCase("2001-24/2002-02", "2001-12-01", "2002-02-28"),
        BoundsCase("../1985", nil, "1985-12-31"),
        BoundsCase("../1985-04", nil, "1985-04-30"),
        BoundsCase("1985/..", "1985-01-01", nil),
        BoundsCase("1985-04-12/..", "1985-04-12", nil),
        BoundsCase("/1985-04", nil, "1985-04-30"),
        BoundsCase("1985-04-12/", "1985-04-12", nil),
        BoundsCase("-0100/-0044", "-0100-01-01", "-0044-12-31"),
    ]

    @Test("single dates", arguments: dates)
    func singleDate(_ expected: BoundsCase) throws {
        try expectBounds(expected)
    }

    @Test("months with a leap day", arguments: leapDays)
    func leapDay(_ expected: BoundsCase) throws {
        try expectBounds(expected)
    }

    @Test("intervals, with nil for open and unknown ends", arguments: intervals)
    func interval(_ expected: BoundsCase) throws {
        try expectBounds(expected)
    }

    @Test(
        "day numbers count from 1970-01-01",
        arguments: [
            ("1970-01-01", 0), ("1969-12-31", -1), ("1985-04-12", 5580), ("2000-01-01", 10957),
            ("2000-02-29", 11016), ("1884-07-07", -31223), ("1582-10-15", -141427),
            ("0001-01-01", -719162), ("0000-01-01", -719528), ("-0001-01-01", -719893),
            ("9999-12-31", 2_932_896),
        ])
    func dayNumber(text: String, number: Int) throws {
        let value = try EDTFValue.parse(text)
        #expect(value.earliestDayNumber == number)
        #expect(value.latestDayNumber == number)
    }

    @Test func dayNumbersOfADecade() throws {
        let value = try EDTFValue.parse("193X")
        #expect(value.earliestDayNumber == -14610)
        #expect(value.latestDayNumber == -10959)
        let date = try #require(value.date)
        #expect(date.earliestDayNumber == -14610)
        #expect(date.latestDayNumber == -10959)
    }

    @Test func openAndUnknownEndsHaveNoDayNumber() throws {
        let open = try EDTFValue.parse("../1985")
        #expect(open.earliestDayNumber == nil)
        #expect(open.latestDayNumber == (try EDTFValue.parse("1985")).latestDayNumber)
        let unknown = try EDTFValue.parse("1985/")
        #expect(unknown.latestDayNumber == nil)
        #expect(unknown.interval?.earliest == unknown.earliest)
    }

    private func expectBounds(_ expected: BoundsCase) throws {
        let value = try EDTFValue.parse(expected.text)
        #expect(value.earliest?.iso == expected.earliest)
        #expect(value.latest?.iso == expected.latest)
        #expect(value.earliestDayNumber == value.earliest?.dayNumber)
        #expect(value.latestDayNumber == value.latest?.dayNumber)
        if let earliest = value.earliest, let latest = value.latest {
            #expect(earliest <= latest)
        }
    }
}

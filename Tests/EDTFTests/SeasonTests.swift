import EDTF
import Testing

@Suite("Seasons")
struct SeasonTests {
    @Test(
        "northern-hemisphere meteorological seasons",
        arguments: [
            ("2001-21", "2001-03-01", "2001-05-31", "spring 2001"),
            ("2001-22", "2001-06-01", "2001-08-31", "summer 2001"),
            ("2001-23", "2001-09-01", "2001-11-30", "autumn 2001"),
            ("2001-24", "2001-12-01", "2002-02-28", "winter 2001"),
        ])
    func season(text: String, earliest: String, latest: String, readable: String) throws {
        let value = try EDTFValue.parse(text)
        #expect(value.earliest?.iso == earliest)
        #expect(value.latest?.iso == latest)
        #expect(value.readable == readable)
        #expect(value.date?.precision == .season)
    }

    @Test(
        "winter ends in February of the next year, leap day included",
        arguments: [
            ("2003-24", "2004-02-29"), ("1999-24", "2000-02-29"), ("1899-24", "1900-02-28"),
            ("2000-24", "2001-02-28"), ("-0001-24", "0000-02-29"), ("-0002-24", "-0001-02-28"),
        ])
    func winterCrossesTheYear(text: String, latest: String) throws {
        let value = try EDTFValue.parse(text)
        #expect(value.latest?.iso == latest)
        #expect(
            value.contains(day: try #require(CalendarDay(year: 2004, month: 1, day: 15)))
                == (text == "2003-24"))
    }

    @Test(arguments: Season.allCases)
    func seasonsAreThreeWholeMonths(season: Season) {
        let first = season.firstDay(in: 2023)
        let last = season.lastDay(in: 2023)
        #expect(first.day == 1)
        #expect(first.month == season.firstMonth)
        let days = last.dayNumber - first.dayNumber + 1
        #expect((89...92).contains(days))
        #expect(season.name == "\(season)")
    }

    @Test func seasonCodes() {
        #expect(Season.allCases.map(\.rawValue) == [21, 22, 23, 24])
        #expect(Season(rawValue: 20) == nil)
    }

    @Test func seasonsTakeQualifiers() throws {
        #expect(try EDTFValue.parse("1949-22~").readable == "c. summer 1949")
        #expect(try EDTFValue.parse("1949-23?").readable == "autumn 1949?")
    }
}

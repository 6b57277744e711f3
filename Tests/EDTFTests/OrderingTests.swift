import EDTF
import Testing

@Suite("Ordering, containment and overlap")
struct OrderingTests {
    /// Sorted by earliest day, then latest day, then EDTF text.
    static let ordered = [
        "../1900", "/1900", "1899/1950", "1930-01-01", "1930-01", "1930", "1930%", "1930-XX",
        "1930?", "1930~", "193X", "1930/..", "1930-21", "1930-24", "1931",
    ]

    @Test func sortKeyOrdersByEarliestThenLatestThenText() throws {
        // Sort from the reverse order so the result cannot come from the input order.
        let values = try Self.ordered.reversed().map { try EDTFValue.parse($0) }
        let sorted = values.sorted { $0.sortKey < $1.sortKey }
        #expect(sorted.map(\.iso) == Self.ordered)
    }

    @Test func equalSortKeysMeanEqualValues() throws {
        let values = try Self.ordered.map { try EDTFValue.parse($0) }
        for first in values {
            for second in values {
                #expect((first.sortKey == second.sortKey) == (first == second))
            }
        }
    }

    @Test func sortKeyFields() throws {
        let key = try EDTFValue.parse("../1970-01-01").sortKey
        #expect(key.earliest == .min)
        #expect(key.latest == 0)
        #expect(key.iso == "../1970-01-01")
        #expect(try EDTFValue.parse("1970/").sortKey.latest == .max)
    }

    @Test(
        "contains(day:)",
        arguments: [
            ("1985", 1985, 6, 15, true),
            ("1985", 1986, 1, 1, false),
            ("1985-04-XX", 1985, 4, 30, true),
            ("193X", 1939, 12, 31, true),
            ("193X", 1940, 1, 1, false),
            ("2001-24", 2002, 2, 28, true),
            ("2001-24", 2002, 3, 1, false),
            ("2001-24", 2001, 11, 30, false),
            ("../1950", -44, 3, 15, true),
            ("../1950", 1951, 1, 1, false),
            ("1950/", 3000, 1, 1, true),
            ("1950/", 1949, 12, 31, false),
        ])
    func contains(text: String, year: Int, month: Int, day: Int, expected: Bool) throws {
        let calendarDay = try #require(CalendarDay(year: year, month: month, day: day))
        #expect(try EDTFValue.parse(text).contains(day: calendarDay) == expected)
    }

    @Test(
        "overlaps(_:) is symmetric",
        arguments: [
            ("1950/1960", "1960/1970", true),
            ("1950/1959", "1960/1970", false),
            ("../1950", "1950-12-31", true),
            ("1951/..", "../1950", false),
            ("1951/", "/1950", false),
            ("193X", "1935-06", true),
            ("2001-24", "2002-01", true),
            ("2001-24", "2002-03", false),
            ("19XX", "2000", false),
        ])
    func overlaps(first: String, second: String, expected: Bool) throws {
        let a = try EDTFValue.parse(first)
        let b = try EDTFValue.parse(second)
        #expect(a.overlaps(b) == expected)
        #expect(b.overlaps(a) == expected)
        #expect(a.overlaps(a))
    }
}

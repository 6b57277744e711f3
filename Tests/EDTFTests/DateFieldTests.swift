import EDTF
import Testing

/// The fields a parsed date exposes.
struct FieldCase: Sendable, CustomTestStringConvertible {
    let text: String
    let year: Int
    var month: Int?
    var day: Int?
    var season: Season?
    let precision: EDTFPrecision
    var qualifiers: EDTFQualifiers = []
    var unspecified: UnspecifiedDigits = []

    var testDescription: String { text }
}

@Suite("Date fields")
struct DateFieldTests {
    static let cases: [FieldCase] = [
        FieldCase(text: "1985-04-12", year: 1985, month: 4, day: 12, precision: .day),
        FieldCase(text: "1985-04", year: 1985, month: 4, precision: .month),
        FieldCase(text: "1985", year: 1985, precision: .year),
        FieldCase(text: "0000", year: 0, precision: .year),
        FieldCase(text: "-0044", year: -44, precision: .year),
        FieldCase(text: "-1985-04-12", year: -1985, month: 4, day: 12, precision: .day),
        FieldCase(text: "Y170000002", year: 170_000_002, precision: .year),
        FieldCase(text: "Y-170000002", year: -170_000_002, precision: .year),
        FieldCase(text: "Y10000", year: 10_000, precision: .year),
        FieldCase(text: "2001-21", year: 2001, season: .spring, precision: .season),
        FieldCase(text: "2001-24", year: 2001, season: .winter, precision: .season),
        FieldCase(text: "1984?", year: 1984, precision: .year, qualifiers: .uncertain),
        FieldCase(
            text: "2004-06~", year: 2004, month: 6, precision: .month, qualifiers: .approximate),
        FieldCase(
            text: "2004-06-11%", year: 2004, month: 6, day: 11, precision: .day,
            qualifiers: .both),
        FieldCase(text: "201X", year: 2010, precision: .decade, unspecified: .yearOnes),
        FieldCase(
            text: "20XX", year: 2000, precision: .century, unspecified: [.yearOnes, .yearTens]),
        FieldCase(text: "2004-XX", year: 2004, precision: .month, unspecified: .month),
        FieldCase(
            text: "1985-04-XX", year: 1985, month: 4, precision: .day, unspecified: .day),
        FieldCase(
            text: "1985-XX-XX", year: 1985, precision: .day, unspecified: [.month, .day]),
        FieldCase(
            text: "193X~", year: 1930, precision: .decade, qualifiers: .approximate,
            unspecified: .yearOnes),
        FieldCase(
            text: "2001-23?", year: 2001, season: .autumn, precision: .season,
            qualifiers: .uncertain),
    ]

    @Test(arguments: cases)
    func fields(_ expected: FieldCase) throws {
        let date = try EDTFDate.parse(expected.text)
        #expect(date.year == expected.year)
        #expect(date.month == expected.month)
        #expect(date.day == expected.day)
        #expect(date.season == expected.season)
        #expect(date.precision == expected.precision)
        #expect(date.qualifiers == expected.qualifiers)
        #expect(date.unspecified == expected.unspecified)
        #expect(date.isUncertain == expected.qualifiers.contains(.uncertain))
        #expect(date.isApproximate == expected.qualifiers.contains(.approximate))
        #expect(date.iso == expected.text)
    }

    @Test func unqualifiedDropsOnlyTheQualifier() throws {
        let date = try EDTFDate.parse("2004-06-11%")
        #expect(date.unqualified == (try EDTFDate.parse("2004-06-11")))
    }

    @Test func parsingADateRejectsAnInterval() {
        #expect(throws: EDTFError.self) { try EDTFDate.parse("1985/1990") }
        do {
            _ = try EDTFDate.parse("1985/1990")
        } catch {
            #expect(error.kind == .malformed)
            #expect(error.offset == 4)
        }
    }

    @Test func intervalEndsAreExposed() throws {
        let interval = try #require(try EDTFValue.parse("1984-06-02?/..").interval)
        #expect(interval.start.date == (try EDTFDate.parse("1984-06-02?")))
        #expect(interval.end == .open)
        #expect(interval.end.date == nil)
        let unknown = try #require(try EDTFValue.parse("/1985").interval)
        #expect(unknown.start == .unknown)
        #expect(unknown.start.iso == "")
    }

    @Test("qualifier symbols map both ways", arguments: ["?", "~", "%"])
    func qualifierSymbols(symbol: String) throws {
        let character = try #require(symbol.first)
        #expect(EDTFQualifiers(symbol: character)?.symbol == symbol)
    }
}

import EDTF
import Testing

/// Every date and interval example of EDTF levels 0 and 1 in the Library of Congress
/// specification (2019), plus the level 1 qualified-interval examples that implementations
/// commonly test, in 2019 syntax.
@Suite("Specification examples")
struct SpecExampleTests {
    static let level0Dates = ["1985-04-12", "1985-04", "1985"]

    static let level0Intervals = [
        "1964/2008", "2004-06/2006-08", "2004-02-01/2005-02-08", "2004-02-01/2005-02",
        "2004-02-01/2005", "2005/2006-02",
    ]

    static let level1Dates = [
        "Y170000002", "Y-170000002",  // letter-prefixed calendar year
        "2001-21", "2001-22", "2001-23", "2001-24",  // seasons
        "1984?", "2004-06~", "2004-06-11%",  // qualification of a date
        "201X", "20XX", "2004-XX", "1985-04-XX", "1985-XX-XX",  // unspecified digits
        "-1985",  // negative calendar year
    ]

    static let level1Intervals = [
        "1985-04-12/..", "1985-04/..", "1985/..",
        "../1985-04-12", "../1985-04", "../1985",
        "1985-04-12/", "1985-04/", "1985/",
        "/1985-04-12", "/1985-04", "/1985",
        "1984~/2004-06", "1984/2004-06~", "1984~/2004~", "1984?/2004%",
        "1984-06?/2004-08?", "1984-06-02?/2004-08-08~", "1984-06-02?/",
    ]

    static let allExamples = level0Dates + level0Intervals + level1Dates + level1Intervals

    @Test("level 0 and 1 dates parse as single dates", arguments: level0Dates + level1Dates)
    func datesParse(text: String) throws {
        let value = try EDTFValue.parse(text)
        #expect(value.date != nil)
        #expect(value.interval == nil)
    }

    @Test(
        "level 0 and 1 intervals parse as intervals", arguments: level0Intervals + level1Intervals)
    func intervalsParse(text: String) throws {
        let value = try EDTFValue.parse(text)
        #expect(value.interval != nil)
        #expect(value.date == nil)
    }

    @Test("iso reproduces the text and parses back to the same value", arguments: allExamples)
    func roundTrip(text: String) throws {
        let value = try EDTFValue.parse(text)
        #expect(value.iso == text)
        #expect(value.description == text)
        #expect(try EDTFValue.parse(value.iso) == value)
        #expect(EDTFValue(text) == value)
    }

    @Test(
        "date-time examples of level 0 are rejected as unsupported at the 'T'",
        arguments: [
            "1985-04-12T23:20:30", "1985-04-12T23:20:30Z", "1985-04-12T23:20:30-04",
            "1985-04-12T23:20:30+04:30",
        ])
    func timesAreUnsupported(text: String) {
        let error = parseError(text)
        #expect(error?.kind == .unsupported)
        #expect(error?.offset == 10)
    }
}

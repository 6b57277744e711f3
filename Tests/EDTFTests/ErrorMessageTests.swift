import EDTF
import Testing

/// The wording of the errors an author is most likely to meet.
struct MessageCase: Sendable, CustomTestStringConvertible {
    let text: String
    let message: String
    let hint: String

    var testDescription: String { "\"\(text)\"" }
}

@Suite("Error messages and hints")
struct ErrorMessageTests {
    static let cases: [MessageCase] = [
        MessageCase(
            text: "", message: "the date is empty",
            hint: "write a date such as 1985-04-12 or an interval such as 1964/2008"),
        MessageCase(
            text: "1980-02-30", message: "February 1980 has only 29 days",
            hint: "the last day of February 1980 is 1980-02-29"),
        MessageCase(
            text: "1981-02-29", message: "1981 is not a leap year, so February has only 28 days",
            hint: "the last day of February 1981 is 1981-02-28"),
        MessageCase(
            text: "1900-02-29", message: "1900 is not a leap year, so February has only 28 days",
            hint: "a century year is a leap year only if divisible by 400; "
                + "the last day of February 1900 is 1900-02-28"),
        MessageCase(
            text: "1985-04-31", message: "April 1985 has only 30 days",
            hint: "the last day of April 1985 is 1985-04-30"),
        MessageCase(
            text: "1985-13", message: "month 13 does not exist",
            hint: "months are 01–12; 21–24 are spring, summer, autumn and winter"),
        MessageCase(
            text: "1990/1980", message: "the interval ends (1980) before it starts (1990)",
            hint: "swap the dates: 1980/1990"),
        MessageCase(
            text: "1984?-06", message: "a qualifier must come at the end of the date",
            hint: "level 1 qualifies the whole date; write 1984-06?"),
        MessageCase(
            text: "1984?~", message: "a date takes a single qualifier",
            hint: "use % alone for uncertain and approximate"),
        MessageCase(
            text: "1985-1990", message: "a month has two digits, found 4",
            hint: "for a span of years write an interval: 1985/1990"),
        MessageCase(
            text: "44", message: "a year has four digits, found 2", hint: "write 0044"),
        MessageCase(
            text: "170000", message: "a year of more than four digits needs the 'Y' prefix",
            hint: "write Y170000"),
        MessageCase(
            text: "Y2001", message: "the 'Y' prefix is only for years of more than four digits",
            hint: "write 2001"),
        MessageCase(
            text: "199u", message: "'u' for an unspecified digit was replaced by 'X' in EDTF 2019",
            hint: "write 199X"),
        MessageCase(
            text: "1858–1861", message: "expected the end of the date, found '–'",
            hint: "separate the two dates of an interval with '/': 1858/1861"),
        MessageCase(
            text: "1985-04-12T23:20:30", message: "times of day are not supported",
            hint: "remove 'T23:20:30' to keep the calendar date"),
    ]

    @Test(arguments: cases)
    func wording(_ expected: MessageCase) throws {
        let error = try #require(parseError(expected.text))
        #expect(error.message == expected.message)
        #expect(error.hint == expected.hint)
    }

    @Test func descriptionCombinesAllParts() throws {
        let error = try #require(parseError("1985-13"))
        #expect(
            error.description
                == "offset 5: month 13 does not exist (hint: months are 01–12; "
                + "21–24 are spring, summer, autumn and winter)")
    }

    @Test func offsetsCountCharacters() throws {
        // "e\u{301}" is one Character made of two Unicode scalars (three UTF-8 bytes); the
        // second '/' is Character 6, scalar 7 and byte 8.
        let text = "e\u{301}/1985/1990"
        let error = try #require(parseError(text))
        #expect(error.offset == 6)
        #expect(Array(text)[error.offset] == "/")
    }

    @Test func offsetsInsideTheSecondDateCountFromTheStartOfTheText() throws {
        let error = try #require(parseError("1985-04-12/1986-05-0é"))
        #expect(error.offset == 20)
        #expect(error.message == "expected a digit, found 'é'")
    }
}

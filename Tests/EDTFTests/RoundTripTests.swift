import EDTF
import Testing

@Suite("Round trip of iso")
struct RoundTripTests {
    static let accepted = [
        "0000", "0001", "9999", "-0001", "-0044-03-15", "-9999-12-31", "Y10000", "Y-10000",
        "Y999999999", "2000-02-29", "0000-02-29", "-0004-02-29", "1999-24", "1949-21~",
        "1949-22%", "193X?", "19XX~", "000X", "1985-XX?", "1985-04-XX%", "1985-XX-XX~",
        "1950/1950", "1985/1985-03", "1985-06/1985", "2001-24/2002-01", "1985-04-XX/1985-04-12",
        "193X/194X", "-0100/-0044", "Y-170000002/Y170000002", "../Y170000002", "2001-21?/..",
        "/193X~", "1984~/",
    ]

    @Test(arguments: accepted)
    func roundTrip(text: String) throws {
        let value = try EDTFValue.parse(text)
        #expect(value.iso == text)
        #expect(try EDTFValue.parse(value.iso) == value)
        if let date = value.date {
            #expect(try EDTFDate.parse(date.iso) == date)
        }
    }

    @Test func textThatIsNotEDTFGivesNilFromTheStringInitializer() {
        #expect(EDTFValue("1985-13") == nil)
        #expect(EDTFValue("1985")?.date?.year == 1985)
    }
}

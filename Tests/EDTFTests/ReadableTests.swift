import EDTF
import Testing

@Suite("Readable English")
struct ReadableTests {
    @Test(
        "dates",
        arguments: [
            ("1884-07-07", "July 7, 1884"),
            ("1884-07", "July 1884"),
            ("1884", "1884"),
            ("1985-04-XX", "April 1985"),
            ("1985-XX", "1985"),
            ("1985-XX-XX", "1985"),
            ("1949-21", "spring 1949"),
            ("1949-24", "winter 1949"),
            ("193X", "the 1930s"),
            ("19XX", "the 1900s"),
            ("16XX", "the 1600s"),
            ("201X", "the 2010s"),
            ("0044", "44"),
            ("0001", "1"),
            ("0000", "1 BCE"),
            ("-0001", "2 BCE"),
            ("-0043", "44 BCE"),
            ("-0044", "45 BCE"),
            ("-0043-03-15", "March 15, 44 BCE"),
            ("Y10000", "10,000"),
            ("Y170000002", "170,000,002"),
            ("Y-170000002", "170,000,003 BCE"),
        ])
    func date(text: String, readable: String) throws {
        #expect(try EDTFValue.parse(text).readable == readable)
    }

    @Test(
        "qualifiers",
        arguments: [
            ("1949~", "c. 1949"),
            ("1949?", "1949?"),
            ("1949%", "c. 1949?"),
            ("2004-06~", "c. June 2004"),
            ("2004-06-11%", "c. June 11, 2004?"),
            ("193X~", "c. 1930s"),
            ("19XX%", "c. 1900s?"),
            ("193X?", "the 1930s?"),
            ("-0043~", "c. 44 BCE"),
        ])
    func qualified(text: String, readable: String) throws {
        #expect(try EDTFValue.parse(text).readable == readable)
    }

    @Test(
        "intervals",
        arguments: [
            ("1858/1861", "1858–1861"),
            ("1950-07/1953-07", "July 1950 – July 1953"),
            ("1950/1953-07-27", "1950 – July 27, 1953"),
            ("1949-21/1950", "spring 1949 – 1950"),
            ("193X/194X", "the 1930s – the 1940s"),
            ("196X/199X", "the 1960s – the 1990s"),
            ("1965/2000~", "1965 – c. 2000"),
            ("1948-09/..", "from September 1948"),
            ("1858?/1861", "1858?–1861"),
            ("1858~/1861", "c. 1858 – 1861"),
            ("-0100/-0044", "101 BCE – 45 BCE"),
            ("../1950", "until 1950"),
            ("../1950-07", "until July 1950"),
            ("1950/..", "from 1950"),
            ("1950~/..", "from c. 1950"),
            ("/1950", "? – 1950"),
            ("1950/", "1950 – ?"),
            ("1950-07-04/", "July 4, 1950 – ?"),
        ])
    func interval(text: String, readable: String) throws {
        let value = try EDTFValue.parse(text)
        #expect(value.readable == readable)
        #expect(value.interval?.readable == readable)
    }

    @Test("every month has its English name", arguments: Array(1...12))
    func monthNames(month: Int) throws {
        let names = [
            "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December",
        ]
        let text = "2001-" + (month < 10 ? "0" : "") + String(month)
        #expect(try EDTFValue.parse(text).readable == "\(names[month - 1]) 2001")
    }
}

import Testing
import TestSupport
@testable import CitationStyles

/// Locators and page ranges as Chicago prints them (CMOS 9.61).
@Suite struct PageRangeTests {
    @Test(arguments: [
        ("p. 12", "12"), ("pp. 3-5", "3–5"), ("pp.3--5", "3–5"), ("12", "12"),
        ("pages 71-72", "71–72"), ("pp. 96-117", "96–117"), ("pp. 100-104", "100–104"),
        ("pp. 1100-1113", "1100–1113"), ("pp. 101-108", "101–8"), ("pp. 808-833", "808–33"),
        ("pp. 1103-1104", "1103–4"), ("pp. 321-328", "321–28"), ("pp. 498-532", "498–532"),
        ("pp. 1087-1089", "1087–89"), ("pp. 11564-11615", "11564–615"),
        ("pp. 12991-13001", "12991–3001"), ("pp. 1496-1504", "1496–1504"),
        ("pp. 2787-2816", "2787–2816"), ("p. xiii", "xiii"), ("pp. vii-xi", "vii–xi"),
        ("chap. 3", "chap. 3"), ("para. 4", "para. 4"), ("pp. 3-5, 10-12", "3–5, 10–12"),
        ("73+", "73+"), ("  ", nil),
    ] as [(String, String?)])
    func locators(raw: String, printed: String?) {
        #expect(CitationLocator.format(raw) == printed)
    }

    @Test func noLocator() {
        #expect(CitationLocator.format(nil) == nil)
    }

    /// Remembered results are what formatting gives, twice over, and two spellings of the
    /// same text each keep their own bytes.
    @Test func rememberedLocatorsKeepTheirSpelling() {
        for raw in ["chap. caf\u{E9}", "chap. cafe\u{301}", "chap. caf\u{E9}", "pp. 101-108", "pp. 101-108"] {
            let printed = CitationLocator.format(raw)
            #expect(printed.map { Array($0.utf8) } == CitationLocator.formatUncached(raw).map { Array($0.utf8) })
        }
    }

    /// The byte reading of plain pages ("p. 12", "12") against formatting, on random
    /// locators made of page labels, digits, spaces and other characters.
    @Test func plainPagesReadAsFormattingReadsThem() {
        var random = SplitMix64(seed: 0x10CA_7042)
        let pieces = ["p.", "p", "pp.", " ", "  ", "1", "0", "9", "42", "-", "x", "i", "\t", "\u{661}", "P.", ".", ",", "\u{A0}"]
        var plain = 0
        for _ in 0..<20_000 {
            let raw = random.text(from: pieces, maxPieces: 5)
            guard let page = CitationLocator.plainPage(raw) else { continue }
            plain += 1
            #expect(Array(page.utf8) == CitationLocator.formatUncached(raw).map { Array($0.utf8) }, "\(raw.debugDescription)")
        }
        #expect(plain > 1_000)
    }
}

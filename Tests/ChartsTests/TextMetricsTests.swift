import Testing
@testable import Charts

/// Text width estimates, wrapping and shortening.
struct TextMetricsTests {
    @Test func widthsGrowWithTextAndWeight() {
        let plain = TextMetrics.width("Millions of U.S. dollars", fontSize: 12)
        #expect(plain > 100 && plain < 180)
        #expect(TextMetrics.width("iiii", fontSize: 12) < TextMetrics.width("MMMM", fontSize: 12))
        #expect(TextMetrics.width("Title", fontSize: 16, bold: true)
            > TextMetrics.width("Title", fontSize: 16))
        #expect(TextMetrics.width("", fontSize: 12) == 0)
    }

    @Test func wrapsAtSpacesAndShortensLongWords() {
        let lines = TextMetrics.wrapped("one two three four five six", maxWidth: 60, fontSize: 12)
        #expect(lines.count > 1)
        #expect(lines.joined(separator: " ") == "one two three four five six")
        #expect(lines.allSatisfy { TextMetrics.width($0, fontSize: 12) <= 60 })
        let long = TextMetrics.wrapped(String(repeating: "x", count: 100), maxWidth: 50,
                                       fontSize: 12)
        #expect(long.count == 1 && long[0].hasSuffix("\u{2026}"))
        #expect(TextMetrics.wrapped("   ", maxWidth: 50, fontSize: 12).isEmpty)
    }

    @Test func truncationKeepsShortText() {
        #expect(TextMetrics.truncated("short", maxWidth: 200, fontSize: 12) == "short")
        #expect(TextMetrics.truncated("long text here", maxWidth: 1, fontSize: 12) == "\u{2026}")
    }
}

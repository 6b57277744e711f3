import Testing
@testable import Charts

/// Deterministic number and coordinate formatting.
struct NumberTextTests {
    @Test func noFloatNoise() {
        #expect(NumberText.format(0.1 + 0.2) == "0.3")
        #expect(NumberText.format(0.1 + 0.2, fractionDigits: 1) == "0.3")
        #expect(NumberText.format(1.0 / 3.0) == "0.333333")
        #expect(NumberText.format(2.675, fractionDigits: 2) == "2.67")  // 2.67499999…
    }

    @Test(arguments: [
        (0.0, 0, "0"), (-0.0, 0, "0"), (-0.001, 2, "0.00"), (999, 0, "999"),
        (1_000, 0, "1,000"), (-1_234.5, 1, "-1,234.5"), (1_234_567.891, 2, "1,234,567.89"),
        (12.5, 3, "12.500"), (1e21, 0, "1,000,000,000,000,000,000,000"),
    ])
    func fixedDigitsWithCommas(_ value: Double, _ digits: Int, _ expected: String) {
        #expect(NumberText.format(value, fractionDigits: digits) == expected)
    }

    @Test func shortestDigits() {
        #expect(NumberText.format(12.50) == "12.5")
        #expect(NumberText.format(2_204) == "2,204")
        #expect(NumberText.format(-3.25) == "-3.25")
        #expect(NumberText.format(.nan) == "N.A.")
        #expect(NumberText.format(.infinity) == "N.A.")
        #expect(NumberText.fractionDigits(for: 0.125) == 3)
    }

    @Test(arguments: [
        (0.0, "0"), (12.0, "12"), (12.5, "12.5"), (12.25, "12.25"), (12.006, "12.01"),
        (-0.004, "0"), (-3.1, "-3.1"), (0.05, "0.05"), (1e12, "1000000000"),
        (Double.nan, "0"), (-Double.infinity, "0"),
    ])
    func svgCoordinates(_ value: Double, _ expected: String) {
        #expect(SVGNumber.format(value) == expected)
    }
}

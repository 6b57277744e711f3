import Testing
@testable import StrictCSV

/// Numeric cells: plain decimals, explicit missing markers, and helpful refusals.
struct CSVValueParserTests {
    @Test(arguments: [("12", 12.0), ("-3.5", -3.5), ("0", 0), ("-0", 0), ("0.25", 0.25),
                      ("007", 7), ("1234567.125", 1_234_567.125)])
    func acceptsPlainDecimals(_ cell: String, _ expected: Double) {
        #expect(CSVValueParser.parse(cell) == .success(.number(expected)))
    }

    @Test(arguments: ["N.A.", "NA", "n.a.", ""])
    func missingMarkers(_ cell: String) {
        #expect(CSVValueParser.parse(cell) == .success(.missing))
        #expect(CSVValue.missing.number == nil)
    }

    @Test(arguments: [("1,234", "1234"), ("-12,345.5", "-12345.5"), ("1 234", "1234"),
                      ("1\u{2009}000\u{2009}000", "1000000")])
    func thousandsSeparatorsAreErrorsWithTheFix(_ cell: String, _ plain: String) throws {
        let problem = try #require(CSVValueParser.parse(cell).failure)
        #expect(problem.rule == .thousandsSeparator)
        #expect(problem.hint == "write it without separators: \(plain)")
    }

    @Test(arguments: [
        ("n/a", "N.A."), ("-", "N.A."), ("\u{2014}", "N.A."), ("+5", "plus"),
        ("12%", "percent"), ("$5", "currency"), (".5", "0.5"), ("5.", "trailing"),
        ("1e3", "exponent"), ("3,5", "decimal separator"), ("110*", "footnote"),
        (" 5", "spaces"), ("banana", "digits"), ("1,23", "decimal separator"),
        ("12,3456", "decimal separator"), ("1.2.3", "digits"), ("--5", "digits"),
    ])
    func rejectsOtherTextWithAHint(_ cell: String, _ hintWord: String) throws {
        let problem = try #require(CSVValueParser.parse(cell).failure)
        #expect(problem.rule == .notANumber)
        #expect(problem.hint.contains(hintWord), "\(cell): \(problem.hint)")
    }

    @Test func hugeNumbersAreOutOfRange() {
        let cell = String(repeating: "9", count: 400)
        #expect(CSVValueParser.parse(cell).failure?.rule == .numberOutOfRange)
    }

    @Test func diagnosticCarriesThePosition() {
        let result = CSVValueParser.parse("1,234", at: CSVPosition(line: 4, column: 6))
        guard case .failure(let diagnostic) = result else {
            Issue.record("expected a failure")
            return
        }
        #expect(diagnostic.position == CSVPosition(line: 4, column: 6))
        #expect(diagnostic.ruleID == "csv-thousands-separator")
    }
}

extension Result {
    /// The error, if this is a failure.
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}

import Testing
@testable import StrictCSV

/// Broken input: every problem is reported, at the right place, and reading goes on.
struct StrictCSVDiagnosticTests {
    /// The diagnostics for `text` as `rule@line:column` strings.
    private func problems(_ text: String) -> [String] {
        StrictCSVReader.read(text).diagnostics.map { "\($0.ruleID)@\($0.position)" }
    }

    @Test(arguments: ["", "\u{FEFF}", "\n", "\r\n\n\n", "\u{FEFF}\n"])
    func emptyFileHasNoTable(_ text: String) {
        let result = StrictCSVReader.read(text)
        #expect(result.table == nil)
        #expect(result.diagnostics.map(\.rule) == [.empty])
        #expect(result.diagnostics.first?.position == CSVPosition(line: 1, column: 1))
        #expect(result.diagnostics.first?.hint.contains("header") == true)
    }

    @Test func raggedRowsTooFewAndTooMany() {
        let result = StrictCSVReader.read("a,b,c\n1,2\n1,2,3,4,5\n7,8,9\n")
        #expect(result.diagnostics.map { "\($0.ruleID)@\($0.position)" } == [
            "csv-ragged-row@2:4", "csv-ragged-row@3:7",
        ])
        #expect(result.diagnostics[0].message == "row has 2 fields, but the header has 3")
        #expect(result.diagnostics[1].hint.contains("quote"))
        // The good row after the bad ones is still read.
        #expect(result.table?.rows.map(\.fields) == [["7", "8", "9"]])
    }

    @Test func unterminatedQuoteDoesNotSwallowTheRest() {
        let text = "a,b\n1,\"open\n2,3\n4,5,6\n7,8\n"
        let result = StrictCSVReader.read(text)
        #expect(problems(text) == ["csv-unterminated-quote@2:3", "csv-ragged-row@4:5"])
        #expect(result.table?.rows.map(\.fields) == [["2", "3"], ["7", "8"]])
        #expect(result.table?.rows.map(\.line) == [3, 5])
    }

    @Test func quoteClosedLinesLaterWithTextAfterItIsUnterminated() {
        let text = "a,b\n1,\"open\n2,3\n\"x\"y,4\n5,6\n"
        #expect(problems(text) == ["csv-unterminated-quote@2:3", "csv-text-after-quote@4:4"])
        let diagnostic = StrictCSVReader.read(text).diagnostics[0]
        #expect(diagnostic.message.contains("4:1"))
    }

    @Test func multilineFieldWithWrongShapeHintsAtTheQuote() {
        let text = "a,b,c\n1,\"x\n2,3\",4,5\n"
        #expect(problems(text) == ["csv-ragged-row@3:8"])
        let diagnostic = StrictCSVReader.read(text).diagnostics[0]
        #expect(diagnostic.hint.contains("2:3"))
    }

    @Test func quoteInsideUnquotedField() {
        let text = "a,b\n1,say \"hi\"\n3,4\n"
        #expect(problems(text) == ["csv-bad-quote@2:7"])
        #expect(StrictCSVReader.read(text).table?.rows.map(\.line) == [3])
    }

    @Test func spaceBeforeOpeningQuoteGetsItsOwnHint() {
        let diagnostic = StrictCSVReader.read("a,b\n1, \"x\"\n").diagnostics.first
        #expect(diagnostic?.rule == .badQuote)
        #expect(diagnostic?.hint == "remove the space before the opening quote")
    }

    @Test func strayTextAfterClosingQuote() {
        let text = "a,b\n\"x\"y,2\n\"z\" ,3\n4,5\n"
        #expect(problems(text) == ["csv-text-after-quote@2:4", "csv-text-after-quote@3:4"])
        let result = StrictCSVReader.read(text)
        #expect(result.diagnostics[1].hint.contains("space"))
        #expect(result.table?.rows.map(\.fields) == [["4", "5"]])
    }

    @Test func blankLinesInsideAndBeforeData() {
        #expect(problems("\na,b\n1,2\n\n3,4\n") == ["csv-blank-line@1:1", "csv-blank-line@4:1"])
    }

    @Test func headerProblems() {
        #expect(problems("a,,a,b\n1,2,3,4\n") == [
            "csv-empty-header@1:3", "csv-duplicate-header@1:4",
        ])
        #expect(problems("1955,12\n1956,13\n") == ["csv-header-looks-like-data@1:1"])
    }

    @Test func brokenHeaderGivesNoTableButRowsAreStillChecked() {
        let result = StrictCSVReader.read("a,\"b\nc\"d\n1,2,3\n")
        #expect(result.table == nil)
        #expect(problems("a,\"b\nc\"d\n1,2,3\n") == [
            "csv-unterminated-quote@1:3", "csv-bad-quote@2:2", "csv-ragged-row@3:5",
        ])
    }

    @Test func reportsEveryProblemInOnePass() {
        let text = """
            year,total,note
            1955,1,"ok"
            1956,2
            1957,3,"x"y
            1958,4,a"b

            1960,6,fine,extra
            1961,7,"never closed
            1962,8,last

            """
        #expect(problems(text) == [
            "csv-ragged-row@3:7", "csv-text-after-quote@4:11", "csv-bad-quote@5:9",
            "csv-blank-line@6:1", "csv-ragged-row@7:13", "csv-unterminated-quote@8:8",
        ])
        #expect(StrictCSVReader.read(text).table?.rows.map(\.line) == [2, 9])
    }
}

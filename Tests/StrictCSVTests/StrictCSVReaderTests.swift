import Testing
@testable import StrictCSV

/// Well-formed input: what the reader accepts and the values it produces.
struct StrictCSVReaderTests {
    private func table(_ text: String) throws -> CSVTable {
        let result = StrictCSVReader.read(text)
        #expect(result.diagnostics.isEmpty, "unexpected: \(result.diagnostics)")
        return try #require(result.table)
    }

    @Test func readsHeaderAndRows() throws {
        let table = try table("year,total\n1955,12.5\n1956,N.A.\n")
        #expect(table.header == ["year", "total"])
        #expect(table.rows.map(\.fields) == [["1955", "12.5"], ["1956", "N.A."]])
        #expect(table.rows.map(\.line) == [2, 3])
        #expect(table.columnIndex(named: "total") == 1)
        #expect(table.columnIndex(named: "nope") == nil)
    }

    @Test func headerOnlyIsAnEmptyTable() throws {
        let table = try table("year,total")
        #expect(table.header == ["year", "total"])
        #expect(table.rows.isEmpty)
    }

    @Test func stripsByteOrderMark() throws {
        let table = try table("\u{FEFF}year,total\r\n1955,1\r\n")
        #expect(table.header == ["year", "total"])
        #expect(table.rows[0].positions == [
            CSVPosition(line: 2, column: 1), CSVPosition(line: 2, column: 6),
        ])
    }

    @Test(arguments: ["a,b\r\n1,2\r\n3,4\r\n", "a,b\n1,2\n3,4\n", "a,b\n1,2\r\n3,4",
                      "a,b\r1,2\r3,4\r"])
    func acceptsLineEndStyles(_ text: String) throws {
        let table = try table(text)
        #expect(table.rows.map(\.fields) == [["1", "2"], ["3", "4"]])
        #expect(table.rows.map(\.line) == [2, 3])
    }

    @Test func quotedFieldsHoldCommasQuotesAndNewlines() throws {
        let text = "name,note\n\"a, b\",\"say \"\"hi\"\"\"\n\"two\r\nlines\",\"\"\nlast,x\n"
        let table = try table(text)
        #expect(table.rows.map(\.fields) == [
            ["a, b", "say \"hi\""], ["two\nlines", ""], ["last", "x"],
        ])
        // The record after a two-line field starts on line 5, not 4.
        #expect(table.rows.map(\.line) == [2, 3, 5])
        #expect(table.rows[1].position(ofField: 1) == CSVPosition(line: 4, column: 8))
    }

    @Test func lineNumbersStayRightAfterMultilineFieldsAndErrors() {
        let text = "a,b\n\"x\n\ny\",1\n2\n"
        let result = StrictCSVReader.read(text)
        #expect(result.table?.rows.map(\.line) == [2])
        #expect(result.diagnostics.map(\.position) == [CSVPosition(line: 5, column: 2)])
    }

    @Test func trailingBlankLinesAreIgnored() throws {
        let table = try table("a,b\n1,2\n\n\r\n\n")
        #expect(table.rows.count == 1)
    }

    @Test func emptyFieldsAndTrailingCommaAreFields() throws {
        let table = try table("a,b,c\n,,\n1,,\n")
        #expect(table.rows.map(\.fields) == [["", "", ""], ["1", "", ""]])
    }

    @Test func quotedEmptyLineIsNotBlank() throws {
        let table = try table("a\n\"\"\n1\n")
        #expect(table.rows.map(\.fields) == [[""], ["1"]])
    }

    @Test func columnsCountUnicodeScalars() throws {
        let table = try table("k,v\nKorea \u{D55C}\u{AD6D},1\n")
        #expect(table.rows[0].position(ofField: 1) == CSVPosition(line: 2, column: 10))
        #expect(table.rows[0].position(ofField: 7) == CSVPosition(line: 2, column: 1))
    }

    @Test func diagnosticFormatsLikeACompiler() {
        let diagnostic = CSVDiagnostic(
            rule: .raggedRow, message: "row has 1 field, but the header has 2",
            at: CSVPosition(line: 3, column: 2), hint: "add it")
        #expect(diagnostic.formatted(file: "data/t.csv") == """
            data/t.csv:3:2: error: row has 1 field, but the header has 2 [csv-ragged-row]
              hint: add it
            """)
        #expect(diagnostic.description.hasPrefix("3:2: error:"))
        #expect(diagnostic.ruleID == "csv-ragged-row")
    }
}

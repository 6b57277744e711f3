import Corpus
import Diagnostics
import Testing
@testable import Linker

@Suite struct DataSeriesTests {
    func series(_ csv: String, _ yaml: String) -> (DataSeries?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let description = YAMLReader.read(yaml, file: "d.yaml", diagnostics: &diagnostics) else {
            return (nil, diagnostics)
        }
        let file = DataSeriesFile(id: "d", csvFile: "d.csv", csvText: csv, yamlFile: "d.yaml", description: description)
        let table = DataSeriesReader(file: file).read(diagnostics: &diagnostics)
        return (table, diagnostics)
    }

    let yaml = """
        title: Trade
        unit: millions of U.S. dollars
        source: {ref: x, locator: "p. 11"}
        columns:
          - {id: year, title: Year, type: year}
          - {id: exports, title: Exports, type: number}
          - {id: imports, title: Imports, type: number}
          - {id: total, title: Total, type: number}
          - {id: share, title: Share, type: percent}
        derived:
          - {column: total, sum: [exports, imports], tolerance: 0.1}
          - {column: share, percent: exports, of: total, tolerance: 0.1}
        """

    @Test func missingValuesStayMissingAndNumbersParse() throws {
        let (table, diagnostics) = series("year,exports,imports,total,share\n1990,1,2,3,33.3\n1991,N.A.,2,N.A.,N.A.\n", yaml)
        #expect(diagnostics.isEmpty)
        let rows = try #require(table?.rows)
        #expect(rows[0].cells[1] == .number(1, printed: "1"))
        #expect(rows[1].cells[1] == .missing)
        #expect(rows[1].cells[1].display == "N.A.")
    }

    @Test func derivedColumnsAreRecomputedAndMismatchesNamed() throws {
        let (table, _) = series("year,exports,imports,total,share\n1990,1,2,4,33.3\n1991,1,1,2,40\n", yaml)
        let check = DataSeriesCheck(series: [try #require(table)], index: AnchorIndex.empty, referenceKeys: ["x"])
        let warnings = check.run().filter { $0.rule == "data-derived-mismatch" }
        #expect(warnings.count == 3)
        #expect(warnings.contains { $0.message.contains("row 1990, column total") && $0.location?.line == 2 && $0.location?.column == 10 })
        #expect(warnings.contains { $0.message.contains("row 1991, column share") })
    }

    @Test func raggedRowsBadNumbersAndDuplicateKeysArePositioned() {
        let (_, diagnostics) = series("year,exports,imports,total,share\n1990,1,2,3\n1991,1\"x,2,3,4\n1992,1,234,5,6,7\n1993,a,1,1,1\n1993,1,1,2,50\n1993,1,1,2,50\n", yaml)
        let rules = diagnostics.map(\.rule)
        #expect(rules.contains("csv-ragged-row"))
        #expect(rules.contains("csv-bad-quote"))
        #expect(rules.contains("csv-not-a-number"))
        #expect(rules.contains("data-duplicate-key"))
        #expect(diagnostics.allSatisfy { $0.location?.file == "d.csv" })
    }

    @Test func headerMustMatchDeclaredColumns() {
        let (table, diagnostics) = series("\u{FEFF}year,exports\r\n1990,1\r\n", yaml)
        #expect(table == nil)
        #expect(diagnostics.first?.rule == "data-columns-mismatch")
    }

    @Test func missingUnitIsAnError() {
        let (table, diagnostics) = series("year\n1990\n", "title: T\nsource: {ref: x}\ncolumns: [{id: year, type: year}]\n")
        #expect(table == nil)
        #expect(diagnostics.contains { $0.rule == "front-matter-missing-key" && $0.message.contains("unit") })
    }
}

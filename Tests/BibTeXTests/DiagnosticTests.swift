import Testing
import BibTeX

/// Broken input: each problem is reported where it is, and reading carries on.
@Suite struct DiagnosticTests {
    private func read(_ text: String) -> (keys: [String], found: [String]) {
        let (entries, diagnostics) = BibTeXReader.read(text)
        return (entries.map(\.key), diagnostics.map { "\($0.location) \($0.ruleID)" })
    }

    @Test func missingClosingBraceBeforeNextEntry() {
        let result = read("@article{a,\n  title = {A},\n@book{b, title = {B}}")
        #expect(result.keys == ["a", "b"])
        #expect(result.found == ["1:1 bibtex-syntax"])
    }

    @Test func missingCommaBetweenFields() {
        let (entries, diagnostics) = BibTeXReader.read(
            "@article{a,\n  title = {A}\n  year = 1984\n}")
        #expect(entries.first?["year"] == "1984")
        #expect(diagnostics.map(\.location) == [BibLocation(line: 2, column: 14)])
        #expect(diagnostics.first?.message == "missing comma after field “title”")
        #expect(diagnostics.first?.hint == "separate fields with commas")
    }

    @Test func garbageBetweenEntries() {
        let result = read("@misc{a, title = {A}}\n junk = {x}\n@misc{b, title = {B}}")
        #expect(result.keys == ["a", "b"])
        #expect(result.found == ["2:7 bibtex-stray-text"])
    }

    @Test func unterminatedQuoteStoppedByClosingBrace() {
        let (entries, diagnostics) = BibTeXReader.read(
            "@misc{a, title = \"Open\n}\n@misc{b, title = {B}}")
        #expect(entries.map(\.key) == ["a", "b"])
        #expect(entries.first?["title"] == nil)
        #expect(diagnostics.map(\.location) == [BibLocation(line: 1, column: 18)])
        #expect(diagnostics.first?.severity == .error)
    }

    @Test func unterminatedQuoteAtEndOfFile() {
        #expect(read("@misc{a, title = \"Open").found == ["1:18 bibtex-syntax"])
    }

    @Test func unbalancedBraceStopsAtNextEntry() {
        let result = read("@misc{a, title = {Open\n@misc{b, title = {B}}")
        #expect(result.keys == ["a", "b"])
        #expect(result.found == ["1:18 bibtex-syntax"])
    }

    @Test func duplicateKeysKeepTheFirst() {
        let (entries, diagnostics) = BibTeXReader.read(
            "@misc{Same, title={1}}\n@misc{same, title={2}}")
        #expect(entries.map { $0["title"] } == ["1"])
        #expect(diagnostics.map(\.rule) == [.duplicateKey])
        #expect(diagnostics.first?.location == BibLocation(line: 2, column: 1))
        #expect(diagnostics.first?.message
            == "duplicate key “same”: first used at line 1 as “Same”")
    }

    @Test func undefinedString() {
        let (entries, diagnostics) = BibTeXReader.read("@misc{a, publisher = nopub # { Press}}")
        #expect(entries.first?["publisher"] == "Press")
        #expect(diagnostics.map(\.rule) == [.undefinedString])
        #expect(diagnostics.first?.location == BibLocation(line: 1, column: 22))
        #expect(diagnostics.first?.severity == .warning)
    }

    @Test(arguments: [
        ("@misc{, title = {T}}", "1:7"), ("@misc{title = {T}}", "1:7"),
        ("@misc a", "1:7"), ("@, x", "1:1"), ("@misc{a, title = {T}", "1:1"),
    ])
    func brokenEntriesWithoutUsableKey(text: String, location: String) {
        #expect(read(text).found == ["\(location) bibtex-syntax"])
    }

    @Test func fieldLevelErrorsKeepTheRestOfTheEntry() {
        for (text, location) in [
            ("@misc{a, title {T}, year = 1990}", "1:16"),
            ("@misc{a, title = , year = 1990}", "1:18"),
            ("@misc{a title = {T}, year = 1990}", "1:9"),
            ("@misc{a, {junk}, year = 1990}", "1:10"),
        ] {
            let (entries, diagnostics) = BibTeXReader.read(text)
            #expect(entries.first?["year"] == "1990", "\(text)")
            #expect(diagnostics.map { "\($0.location)" } == [location], "\(text)")
        }
    }

    @Test func duplicateFieldKeepsTheFirst() {
        let (entries, diagnostics) = BibTeXReader.read("@misc{a, year = 1, YEAR = 2}")
        #expect(entries.first?["year"] == "1")
        #expect(diagnostics.map(\.rule) == [.duplicateField])
    }

    @Test func diagnosticsPrintLikeACompiler() {
        let diagnostic = BibTeXReader.read("@misc{a, publisher = nopub}").diagnostics[0]
        #expect(diagnostic.description
            == "1:22: warning: undefined @string “nopub” [bibtex-undefined-string]")
    }
}

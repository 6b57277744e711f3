import Testing
import BibTeX

/// `crossref` inheritance.
@Suite struct CrossrefTests {
    private let text = """
        @incollection{westfahl:space,
          author = {Westfahl, Gary}, title = {The True Frontier}, pages = {55--65},
          crossref = {Westfahl:Frontier},
        }
        @collection{westfahl:frontier,
          editor = {Westfahl, Gary}, title = {Space and Beyond},
          publisher = {Greenwood}, address = {Westport, CT}, year = 2000,
          crossref = {series},
        }
        @misc{series, series = {Contributions to the Study of Science Fiction}, year = 1999}
        """

    @Test func childInheritsMissingFieldsAndKeepsItsOwn() throws {
        let (entries, diagnostics) = BibTeXReader.read(text)
        #expect(diagnostics.isEmpty)
        let child = try #require(entries.first)
        #expect(child["title"] == "The True Frontier")
        #expect(child["booktitle"] == "Space and Beyond")
        #expect(child["publisher"] == "Greenwood")
        #expect(child["year"] == "2000")
        #expect(child["pages"] == "55–65")
        #expect(child.editors.first?.family == "Westfahl")
        // Fields come down a chain of crossrefs too.
        #expect(child["series"] == "Contributions to the Study of Science Fiction")
        #expect(child.fieldLocations["booktitle"] == nil)
    }

    @Test func missingParentIsReported() {
        let (entries, diagnostics) = BibTeXReader.read(
            "@inbook{a, title = {T}, crossref = {nothere}}")
        #expect(entries.count == 1)
        #expect(diagnostics.map(\.ruleID) == ["bibtex-missing-crossref"])
        #expect(diagnostics.first?.location == BibLocation(line: 1, column: 25))
    }

    @Test func loopsAreReportedNotFollowedForever() {
        let (entries, diagnostics) = BibTeXReader.read("""
            @misc{a, crossref = {b}, title = {A}}
            @misc{b, crossref = {a}, note = {B}}
            """)
        #expect(entries.first?["note"] == "B")
        #expect(entries.last?["title"] == "A")
        #expect(diagnostics.map(\.rule) == [.crossrefCycle, .crossrefCycle])
    }
}

import Testing
import BibTeX
import CitationStyles

/// Sorting a whole bibliography and telling same-author, same-year works apart.
@Suite struct ReferenceListTests {
    private let entries = BibTeXReader.read("""
        @book{b, author = {Gelman, Harry}, title = {Soviet Policy}, year = 1983}
        @book{a, author = {Gelman, Harry}, title = {The Brezhnev Politburo}, year = 1983}
        @book{c, author = {Gelman, Harry and Levin, Norman D.}, title = {Future}, year = 1984}
        @book{d, author = {Gelman, Harry}, title = {Later Work}, year = 1990}
        @book{e, author = {{\\'E}mile Abel}, title = {First}, year = 2000}
        @book{f, author = {Zed, Zoe}, title = {Undated One}}
        @book{g, author = {Zed, Zoe}, title = {Another Undated}}
        @book{h, author = {Zed, Zoe}, title = {Dated}, year = 1950}
        """).entries

    @Test func chicagoOrder() {
        let list = ReferenceList(entries)
        // Family name (accents ignored), single author before co-authors, year, title.
        #expect(list.items.map(\.entry.key) == ["e", "a", "b", "d", "c", "h", "g", "f"])
    }

    @Test func lettersForSameAuthorSameYear() {
        let list = ReferenceList(entries)
        #expect(list.items.map(\.yearLabel)
            == ["2000", "1983a", "1983b", "1990", "1984", "1950", "n.d.-a", "n.d.-b"])
        #expect(list.citation("b", locator: "p. 7")?.plainText == "(Gelman 1983b, 7)")
        #expect(list.citation("f", form: .narrative)?.plainText == "Zed (n.d.-b)")
        #expect(list.reference(forKey: "a")?.html
            == "Gelman, Harry. 1983a. <i>The Brezhnev Politburo</i>.")
        #expect(list.citation("missing") == nil)
    }

    @Test func groupedCitation() {
        let list = ReferenceList(entries)
        let cite = list.citation([(key: "c", locator: "p. 12"), (key: "x", locator: nil),
                                  (key: "a", locator: "pp. 3-5")])
        #expect(cite?.plainText == "(Gelman and Levin 1984, 12; Gelman 1983a, 3–5)")
    }

    @Test func notesStyleNeedsNoLetters() {
        let list = ReferenceList(entries, style: .chicagoNotesBibliography)
        #expect(list.item(forKey: "a")?.yearLabel == "1983")
        #expect(list.formatted.first?.plainText == "Abel, Émile. First. 2000.")
        let cite = list.citation([(key: "a", locator: "4"), (key: "d", locator: nil)])
        #expect(cite?.html == "Gelman, <i>Brezhnev Politburo</i>, 4; Gelman, <i>Later Work</i>.")
    }

    @Test func lettersRunPastZ() {
        let many = (0..<28).map { "@book{k\($0), author = {A, B}, title = {T\($0)}, year = 2000}" }
        let list = ReferenceList(BibTeXReader.read(many.joined(separator: "\n")).entries)
        #expect(Set(list.items.map(\.yearLabel)).count == 28)
        #expect(list.items.map(\.yearLabel).contains("2000ab"))
    }
}

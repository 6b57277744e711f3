import Testing
import BibTeX
import CitationStyles

/// Author-date citations in running text (CMOS 15.21–15.29).
@Suite struct InTextCitationTests {
    private let formatter = CitationFormatter()

    private func cite(
        _ key: String, _ locator: String? = nil, _ form: CitationForm = .parenthetical
    ) -> String {
        formatter.citation(Samples.entry(key), locator: locator, form: form).html
    }

    @Test func parentheticalAndNarrative() {
        #expect(cite("gelman1984future", "p. 12") == "(Gelman and Levin 1984, 12)")
        #expect(cite("gelman1984future", "p. 12", .narrative) == "Gelman and Levin (1984, 12)")
        #expect(cite("gelman1984future") == "(Gelman and Levin 1984)")
        #expect(cite("gelman1984future", "pp. 3-5") == "(Gelman and Levin 1984, 3–5)")
    }

    @Test func oneTwoThreeAndFourAuthors() {
        #expect(cite("lankov2002stalin") == "(Lankov 2002)")
        #expect(cite("gelman1984future") == "(Gelman and Levin 1984)")
        #expect(cite("oaho1983notions") == "(Oaho, Ullman, and Yannakakis 1983)")
        #expect(cite("four2001") == "(Smith et al. 2001)")
    }

    @Test func andOthersMeansEtAl() {
        let entry = BibTeXReader.read(
            "@book{k, author = {Gelman, Harry and others}, title = {T}, year = 1984}").entries[0]
        #expect(formatter.citation(entry).plainText == "(Gelman et al. 1984)")
        #expect(formatter.reference(entry).plainText == "Gelman, Harry, et al. 1984. T.")
    }

    @Test func editorsCorporateAuthorsAndParticles() {
        #expect(cite("chung1992korea") == "(Chung and Kim 1992)")
        #expect(cite("undated", "p. 4") == "(Rand Corporation n.d., 4)")
        let entry = BibTeXReader.read(
            "@article{a, author = {W.M.P. van der Aalst}, title = {T}, year = 2016}").entries[0]
        #expect(formatter.citation(entry).plainText == "(van der Aalst 2016)")
    }

    @Test func unsignedWorksAreCitedByPaperOrTitle() {
        #expect(cite("pravda19840524") == "(<i>Pravda</i> 1984)")
        let entry = BibTeXReader.read(
            "@book{k, title = {The Chicago Manual of Style}, year = 2017}").entries[0]
        #expect(formatter.citation(entry, form: .narrative).html
            == "<i>Chicago Manual of Style</i> (2017)")
    }

    @Test func givenYearLabelIsUsed() {
        let citation = formatter.citation(
            Samples.entry("lankov2002stalin"), locator: "p. 9", yearLabel: "2002b")
        #expect(citation.plainText == "(Lankov 2002b, 9)")
    }
}

extension InTextCitationTests {
    @Test func styleNames() {
        #expect(CitationStyle(name: "chicago-author-date") == .chicagoAuthorDate)
        #expect(CitationStyle(name: "Chicago-Notes") == .chicagoNotesBibliography)
        #expect(CitationStyle(name: "chicago-notes-bibliography") == .chicagoNotesBibliography)
        #expect(CitationStyle(name: "apa") == nil)
        #expect(CitationStyle.default == .chicagoAuthorDate)
    }
}

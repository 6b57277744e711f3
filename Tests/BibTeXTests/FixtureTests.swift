import Testing
import BibTeX

/// Real .bib files written by other projects, read end to end.
@Suite struct FixtureTests {
    @Test(arguments: [
        ("xampl.bib", 34), ("averroes.bib", 4), ("scientific-thesis-template.bib", 2),
        ("acmart-sample-base.bib", 98),
    ])
    func readsEveryEntryWithoutDiagnostics(name: String, count: Int) throws {
        let (entries, diagnostics) = BibTeXReader.read(try Fixture.text(name))
        #expect(entries.count == count)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test func xamplStringsCrossrefsAndConcatenation() throws {
        let (entries, _) = BibTeXReader.read(try Fixture.text("xampl.bib"))
        let byKey = Dictionary(uniqueKeysWithValues: entries.map { ($0.key, $0) })
        // This copy redefines the month macros in Polish; `#` joins them.
        #expect(byKey["inbook-full"]?["month"] == "10\u{A0}styczeń")
        #expect(byKey["manual-full"]?["month"] == "kwiecień-maj")
        #expect(byKey["inbook-full"]?["pages"] == "10–119")
        #expect(byKey["inproceedings-crossref"]?["booktitle"]
            == "Proc. Fifteenth Annual Symposium on the Theory of Computing")
        #expect(byKey["inproceedings-crossref"]?["address"] == "Boston")
        // A field present but empty in the child is not inherited.
        #expect(byKey["inproceedings-crossref"]?.fields["organization"] == "")
        #expect(byKey["article-crossref"]?["journal"] == "G-Animal's Journal")
        #expect(byKey["article-crossref"]?["note"] == "This is a cross-referencing ARTICLE entry")
        #expect(byKey["techreport-full"]?["title"] == "An O(n log n / log log n) Sorting Algorithm")
        #expect(byKey["phdthesis-full"]?["type"] == "PhD Dissertation")
        #expect(byKey["inproceedings-full"]?.authors.map(\.family)
            == ["Oaho", "Ullman", "Yannakakis"])
        #expect(byKey["misc-full"]?.type == .misc)
        #expect(byKey["whole-set"]?["year"] == "1973–1968")
    }

    @Test func averroesAccentsAndTranslators() throws {
        let (entries, _) = BibTeXReader.read(try Fixture.text("averroes.bib"))
        let hannes = try #require(entries.first { $0.key == "averroes/hannes" })
        #expect(hannes["title"] == "Des Averroës Abhandlung: “Über die Möglichkeit der "
            + "Conjunktion” oder “Über den materiellen Intellekt”")
        #expect(hannes.translators.first?.invertedName == "Hannes, Ludwig")
        #expect(hannes["publisher"] == "C.\u{A0}A. Kaemmerer")
        let bland = try #require(entries.first)
        #expect(bland.authors.first == PersonName(family: "Averroes"))
        #expect(bland["date"] == "1982")
        #expect(bland.raw.hasPrefix("@book{averroes/bland,"))
        #expect(bland.raw.hasSuffix("field},\n}"))
        #expect(bland.location == BibLocation(line: 11, column: 1))
    }

    @Test func thesisTemplateParticles() throws {
        let (entries, _) = BibTeXReader.read(try Fixture.text("scientific-thesis-template.bib"))
        let article = try #require(entries.last)
        #expect(article.type == .article)
        #expect(article.authors.last
            == PersonName(given: "W.M.P.", particle: "van der", family: "Aalst"))
        #expect(article["month"] == "February")
        #expect(article["publisher"] == "Elsevier BV")
        #expect(entries.first?.authors.count == 5)
    }

    @Test func acmartOddities() throws {
        let (entries, _) = BibTeXReader.read(try Fixture.text("acmart-sample-base.bib"))
        let byKey = Dictionary(uniqueKeysWithValues: entries.map { ($0.key, $0) })
        // Later @String definitions replace earlier ones.
        #expect(byKey["Cohen07"]?["journal"] == "J. ACM")
        #expect(byKey["JCohen96"]?["journal"] == "Commun. ACM")
        #expect(byKey["JCohen96"]?.type == .other("periodical"))
        // "Last,, First" has an empty "Jr" part.
        #expect(byKey["384253"]?.authors.last
            == PersonName(given: "Arlindo", particle: "da", family: "Conceicão"))
        #expect(byKey["6:1:1"]?.authors.first?.family == "Archer, Jr.")
        #expect(byKey["R"]?.authors.first == .literal("R Core Team"))
        #expect(byKey["Mumford:1987:MES:54905.54911"]?["publisher"] == "John Wiley & Sons, Inc.")
        #expect(byKey["Thornburg01"]?["url"] == "http://ccrma.stanford.edu/~jos/bayes/bayes.html")
        #expect(byKey["knuth:texbook"]?["title"] == "The TeXbook")
        #expect(byKey["Lamport:LaTeX"]?["title"] == "LaTeX: A Document Preparation System")
        #expect(byKey["MR781537"]?["mrreviewer"] == "Min You Qi")
        #expect(byKey["Bornmann2019"]?.type == .other("eprint"))
        #expect(byKey["Fear05"]?["note"] == "http://www.ctan.org/pkg/booktabs")
        #expect(byKey["Zhou:2010:MMS:1721695.1721705"]?.authors.count == 7)
        // Entries commented out with a leading % are not read.
        #expect(byKey["DK:73-inbook-full"] == nil)
    }
}

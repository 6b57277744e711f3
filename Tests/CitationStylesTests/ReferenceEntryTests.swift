import Testing
import BibTeX
import CitationStyles

/// Reference-list entries in Chicago author-date style, one per kind of work.
@Suite struct ReferenceEntryTests {
    private let formatter = CitationFormatter()

    private func html(_ key: String) -> String {
        formatter.reference(Samples.entry(key)).html
    }

    @Test func bookWithSubtitle() {
        #expect(html("lankov2002stalin") == "Lankov, Andrei. 2002. <i>From Stalin to Kim Il Sung: "
            + "The Formation of North Korea, 1945–1960</i>. New Brunswick, NJ: Rutgers "
            + "University Press.")
    }

    @Test func technicalReportWithNumber() {
        #expect(html("gelman1984future") == "Gelman, Harry, and Norman D. Levin. 1984. "
            + "<i>The Future of Soviet–North Korean Relations</i>. Report R-3159-AF. "
            + "Santa Monica, CA: Rand Corporation.")
    }

    @Test func editedBook() {
        #expect(html("chung1992korea") == "Chung, Chin O., and Young Kim, eds. 1992. "
            + "<i>Korea and the Powers</i>. Seoul: Example Press.")
        #expect(html("westfahl2000space")
            == "Westfahl, Gary, ed. 2000. <i>Space and Beyond</i>. Westport, CT: Greenwood.")
    }

    @Test func editedAndTranslatedBookInSeries() {
        #expect(html("averroes1982epistle") == "Averroes. 1982. "
            + "<i>The Epistle on the Possibility of Conjunction</i>. "
            + "Edited and translated by Kalman P. Bland. Moreshet 7. "
            + "New York: Jewish Theological Seminary of America.")
    }

    @Test func translatedBook() {
        let entry = BibTeXReader.read("""
            @book{lahiri, author = {Lahiri, Jhumpa}, translator = {Goldstein, Ann},
              title = {In Other Words}, publisher = {Knopf}, address = {New York}, year = 2016}
            """).entries[0]
        #expect(formatter.reference(entry).plainText == "Lahiri, Jhumpa. 2016. In Other Words. "
            + "Translated by Ann Goldstein. New York: Knopf.")
    }

    @Test func chapterInEditedBookThroughCrossref() {
        #expect(html("westfahl2000frontier") == "Westfahl, Gary. 2000. “The True Frontier.” "
            + "In <i>Space and Beyond</i>, edited by Gary Westfahl, 55–65. Westport, CT: "
            + "Greenwood.")
    }

    @Test func paperInProceedingsWithThreeAuthors() {
        #expect(html("oaho1983notions") == "Oaho, Alfred V., Jeffrey D. Ullman, and Mihalis "
            + "Yannakakis. 1983. “On Notions of Information Transfer in VLSI Circuits.” In "
            + "<i>Proc. Fifteenth Annual ACM Symposium on the Theory of Computing</i>, edited by "
            + "Wizard V. Oz and Mihalis Yannakakis, 133–39. Boston: Academic Press.")
    }

    @Test func journalArticles() {
        #expect(html("cohen1963independence") == "Cohen, P. J. 1963. “The Independence of the "
            + "Continuum Hypothesis.” <i>Proceedings of the National Academy of Sciences</i> "
            + "50 (6): 1143–48.")
        #expect(html("keng2017expanding") == "Keng, Shao-Hsun, Chun-Hung Lin, and Peter F. "
            + "Orazem. 2017. “Expanding College Access in Taiwan, 1978–2014.” <i>Journal of "
            + "Human Capital</i> 11, no. 1 (Spring): 1–34. <a href=\"https://doi.org/10.1086/"
            + "690235\">https://doi.org/10.1086/690235</a>.")
    }

    @Test func fourAuthorsAreAllListed() {
        #expect(html("four2001") == "Smith, Jane, John Doe, Richard Roe, and Edgar Poe. 2001. "
            + "“Four Authors Wrote This.” <i>Journal of Tests</i> 12 (3): 101–8.")
    }

    @Test func newspaperArticles() {
        #expect(formatter.reference(Samples.entry("manjoo2017snap")).plainText
            == "Manjoo, Farhad. 2017. “Snap Makes a Bet on the Cultural Supremacy of the "
            + "Camera.” New York Times, March 8, 2017. "
            + "https://www.nytimes.com/2017/03/08/technology/snap.html.")
        #expect(html("pravda19840524")
            == "<i>Pravda</i>. 1984. “Friendship Delegation Arrives.” May 24, 1984.")
    }

    @Test func theses() {
        #expect(html("phony1988fighting") == "Phony-Baloney, F. Phidias. 1988. “Fighting Fire "
            + "with Fire: Festooning French Phrases.” PhD diss., Fanstord University.")
        #expect(html("masterly1988mastering") == "Masterly, Edouard. 1988. "
            + "“Mastering Thesis Writing.” Master’s thesis, Stanford University.")
    }

    @Test func undatedWebPageWithAccessDate() {
        #expect(formatter.reference(Samples.entry("yale-facts")).plainText
            == "Yale University. n.d. “About Yale: Yale Facts.” Accessed May 1, 2017. "
            + "https://www.yale.edu/about-yale/yale-facts.")
    }

    @Test func undatedBookByCorporateAuthor() {
        #expect(html("undated") == "Rand Corporation. n.d. <i>Annual Report</i>. "
            + "Santa Monica, CA: Rand Corporation.")
    }

    @Test func unpublishedTalk() {
        #expect(html("underwood1988lower") == "Underwood, Ulrich, Ned Net, and Paul Pot. 1988. "
            + "“Lower Bounds for Wishful Research Results.” Talk at Fanstord University.")
    }

    @Test func titleEndingInQuestionMarkGetsNoPeriod() {
        let entry = BibTeXReader.read("""
            @article{b, author = {Batson, C. Daniel}, title = {How Social Is the Animal?},
              journal = {American Psychologist}, volume = 45, pages = {336--346}, year = 1990}
            """).entries[0]
        #expect(formatter.reference(entry).plainText == "Batson, C. Daniel. 1990. "
            + "“How Social Is the Animal?” American Psychologist 45: 336–46.")
    }

    @Test func elevenOrMoreAuthorsShowSevenAndEtAl() {
        let authors = (1...11).map { "Author\($0), A." }.joined(separator: " and ")
        let entry = BibTeXReader.read("@book{m, author = {\(authors)}, title = {T}, year = 2000}")
            .entries[0]
        #expect(formatter.reference(entry).plainText == "Author1, A., A. Author2, A. Author3, "
            + "A. Author4, A. Author5, A. Author6, A. Author7, et al. 2000. T.")
    }
}

extension ReferenceEntryTests {
    @Test func journalWithoutVolume() {
        let entries = BibTeXReader.read("""
            @article{a, author = {Beattie, J. M.}, title = {The Pattern of Crime},
              journal = {Past and Present}, number = 62, pages = {47--95}, year = 1974}
            @article{b, author = {Doe, J.}, title = {T}, journal = {J}, pages = {5--9}, year = 1990}
            """).entries
        let notes = CitationFormatter(style: .chicagoNotesBibliography)
        #expect(notes.reference(entries[0]).plainText == "Beattie, J. M. “The Pattern of Crime.” "
            + "Past and Present, no. 62 (1974): 47–95.")
        #expect(notes.fullNote(entries[1], locator: "6").plainText == "J. Doe, “T,” J (1990): 6.")
        #expect(formatter.reference(entries[1]).plainText == "Doe, J. 1990. “T.” J: 5–9.")
    }
}

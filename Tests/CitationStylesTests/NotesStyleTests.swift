import Testing
import BibTeX
import CitationStyles

/// Chicago notes-bibliography: full notes, short notes, bibliography entries.
@Suite struct NotesStyleTests {
    private let formatter = CitationFormatter(style: .chicagoNotesBibliography)

    private func full(_ key: String, _ locator: String? = "p. 12") -> String {
        formatter.fullNote(Samples.entry(key), locator: locator).html
    }

    private func short(_ key: String, _ locator: String? = "12") -> String {
        formatter.shortNote(Samples.entry(key), locator: locator).html
    }

    private func bibliography(_ key: String) -> String {
        formatter.reference(Samples.entry(key)).html
    }

    @Test func report() {
        #expect(full("gelman1984future") == "Harry Gelman and Norman D. Levin, <i>The Future of "
            + "Soviet–North Korean Relations</i>, Report R-3159-AF (Santa Monica, CA: Rand "
            + "Corporation, 1984), 12.")
        #expect(short("gelman1984future")
            == "Gelman and Levin, <i>Future of Soviet–North Korean Relations</i>, 12.")
        #expect(bibliography("gelman1984future") == "Gelman, Harry, and Norman D. Levin. "
            + "<i>The Future of Soviet–North Korean Relations</i>. Report R-3159-AF. "
            + "Santa Monica, CA: Rand Corporation, 1984.")
    }

    @Test func bookEditedBookAndTranslation() {
        #expect(full("lankov2002stalin") == "Andrei Lankov, <i>From Stalin to Kim Il Sung: The "
            + "Formation of North Korea, 1945–1960</i> (New Brunswick, NJ: Rutgers University "
            + "Press, 2002), 12.")
        #expect(short("lankov2002stalin") == "Lankov, <i>From Stalin to Kim Il Sung</i>, 12.")
        #expect(full("chung1992korea", nil)
            == "Chin O. Chung and Young Kim, eds., <i>Korea and the Powers</i> (Seoul: Example "
            + "Press, 1992).")
        #expect(full("averroes1982epistle") == "Averroes, <i>The Epistle on the Possibility of "
            + "Conjunction</i>, ed. and trans. Kalman P. Bland (New York: Jewish Theological "
            + "Seminary of America, 1982), 12.")
    }

    @Test func chapter() {
        #expect(full("westfahl2000frontier") == "Gary Westfahl, “The True Frontier,” in "
            + "<i>Space and Beyond</i>, ed. Gary Westfahl (Westport, CT: Greenwood, 2000), 12.")
        #expect(short("westfahl2000frontier") == "Westfahl, “True Frontier,” 12.")
        #expect(bibliography("westfahl2000frontier") == "Westfahl, Gary. “The True Frontier.” "
            + "In <i>Space and Beyond</i>, edited by Gary Westfahl, 55–65. Westport, CT: "
            + "Greenwood, 2000.")
    }

    @Test func journalArticle() {
        #expect(full("cohen1963independence", "p. 1145") == "P. J. Cohen, “The Independence of "
            + "the Continuum Hypothesis,” <i>Proceedings of the National Academy of Sciences</i> "
            + "50, no. 6 (1963): 1145.")
        #expect(short("cohen1963independence", "1145")
            == "Cohen, “Independence of the Continuum Hypothesis,” 1145.")
        #expect(bibliography("cohen1963independence") == "Cohen, P. J. “The Independence of the "
            + "Continuum Hypothesis.” <i>Proceedings of the National Academy of Sciences</i> "
            + "50, no. 6 (1963): 1143–48.")
        #expect(full("four2001", nil) == "Jane Smith et al., “Four Authors Wrote This,” "
            + "<i>Journal of Tests</i> 12, no. 3 (2001).")
    }

    @Test func newspaperThesisWebAndUndated() {
        #expect(full("pravda19840524", nil)
            == "“Friendship Delegation Arrives,” <i>Pravda</i>, May 24, 1984.")
        #expect(full("phony1988fighting") == "F. Phidias Phony-Baloney, “Fighting Fire with Fire: "
            + "Festooning French Phrases” (PhD diss., Fanstord University, 1988), 12.")
        #expect(formatter.fullNote(Samples.entry("yale-facts")).plainText == "Yale University, "
            + "“About Yale: Yale Facts,” accessed May 1, 2017, "
            + "https://www.yale.edu/about-yale/yale-facts.")
        #expect(formatter.reference(Samples.entry("yale-facts")).plainText
            == "Yale University. “About Yale: Yale Facts.” Accessed May 1, 2017. "
            + "https://www.yale.edu/about-yale/yale-facts.")
        #expect(bibliography("undated")
            == "Rand Corporation. <i>Annual Report</i>. Santa Monica, CA: Rand Corporation, n.d.")
        #expect(bibliography("underwood1988lower") == "Underwood, Ulrich, Ned Net, and Paul Pot. "
            + "“Lower Bounds for Wishful Research Results.” Talk at Fanstord University, 1988.")
    }

    @Test func shortNotesCarryNoLink() {
        #expect(short("keng2017expanding")
            == "Keng, Lin, and Orazem, “Expanding College Access in Taiwan, 1978–2014,” 12.")
    }

    @Test func citationInNotesStyleIsTheShortNote() {
        #expect(formatter.citation(Samples.entry("lankov2002stalin"), locator: "p. 3").html
            == "Lankov, <i>From Stalin to Kim Il Sung</i>, 3.")
    }
}

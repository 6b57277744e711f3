import BibTeX
import CitationStyles
import CommonMark
import Corpus
import Testing
@testable import Linker

/// The table of cited works against what it stands in for: the reference list's and the
/// paths' own answers, and the link `PagePath.link` makes, from every kind of page.
@Suite struct CitationTargetsTests {
    static let bibliography = """
        @book{kim1990, author = {Kim, A.}, title = {One}, year = {1990}, publisher = {P}}
        @article{lee2001, author = {Lee, B.}, title = {Two}, journal = {J}, year = {2001}}
        @book{lee2001b, author = {Lee, B.}, title = {Three}, year = {2001}, publisher = {P}}
        @misc{anon, title = {Anonymous & <odd>}, year = {1975}}
        @book{caf\u{E9}, author = {Caf\u{E9}, D.}, title = {Four}, year = {1980}, publisher = {P}}
        @book{kim1990, author = {Again, K.}, title = {Duplicate}, year = {1999}, publisher = {P}}
        """

    @Test(arguments: [CitationStyle.chicagoAuthorDate, .chicagoNotesBibliography])
    func targetsAnswerAsTheListAndPathsDo(style: CitationStyle) {
        let entries = BibTeXReader.read(Self.bibliography).entries
        let references = ReferenceList(entries, style: style)
        let corpus = Corpus(site: SiteConfig(title: "T"), home: MarkdownSource(file: "index.md", text: "", firstLine: 1))
        let paths = SitePaths(corpus: corpus, references: entries, parsedParts: [:])
        let targets = CitationTargets(references: references, paths: paths)
        let pages = ["articles/a.html", "index.html", "bibliography/x.html", "documents/d/p.html", "entities/\u{E9}.html",
                     "a//b.html", "/a.html", "articles/"]
        var checked = 0
        for key in entries.map(\.key) + ["unknown", "Kim1990"] {
            #expect((targets.position(of: key) != nil) == references.contains(key: key), "\(key)")
            guard let position = targets.position(of: key) else { continue }
            let target = targets[position]
            // The first entry with the key, the one the list formats for it.
            #expect(target.index == references.items.firstIndex { $0.entry.key == key })
            #expect(target.path == paths.reference(key))
            #expect(target.isHosted == (paths.hostedDocument(for: key) != nil))
            for locator in [nil, "p. 12", "", "  ", "xiv", "pp. 12-15", "chap. 3"] as [String?] {
                for form in [CitationForm.parenthetical, .narrative] {
                    var html: [UInt8] = []
                    references.appendCitationHTML(at: target.index, locator: locator, form: form, to: &html)
                    #expect(String(decoding: html, as: UTF8.self) == references.citationHTML(key, locator: locator, form: form))
                    checked += 1
                }
            }
            for page in pages {
                var expected: [UInt8] = []
                let expectedIsLink = HTMLWriter.appendLinkStart(
                    destination: PagePath.link(from: page, to: paths.reference(key)), title: "", to: &expected)
                guard let folder = PagePath.subfolder(of: page), let targetFolder = target.folder,
                      folder != targetFolder else { continue }
                #expect(target.linkStartFromSubfolder == expected, "\(page) \(key)")
                #expect(target.isLinkFromSubfolder == expectedIsLink)
            }
        }
        #expect(checked > 50)
        #expect(PagePath.subfolder(of: "articles/a.html") == "articles")
        #expect(PagePath.subfolder(of: "documents/d/p.html") == nil)
        #expect(PagePath.subfolder(of: "index.html") == nil)
    }
}

import Foundation
import Testing
import BibTeX
import CitationStyles

/// Every entry of the real .bib fixtures (kept with the BibTeX tests) formats in every
/// form without losing its escaping.
@Suite struct RealFileFormattingTests {
    private static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("BibTeXTests/Fixtures")

    private func entries(_ name: String) throws -> [BibEntry] {
        let url = Self.fixtures.appendingPathComponent(name)
        return BibTeXReader.read(try String(contentsOf: url, encoding: .utf8)).entries
    }

    @Test(arguments: ["xampl.bib", "averroes.bib", "acmart-sample-base.bib"])
    func everyEntryFormats(name: String) throws {
        let all = try entries(name)
        for style in CitationStyle.allCases {
            let formatter = CitationFormatter(style: style)
            for entry in all {
                let forms = [
                    formatter.reference(entry), formatter.citation(entry, locator: "p. 1"),
                    formatter.fullNote(entry), formatter.shortNote(entry),
                ]
                for form in forms {
                    #expect(!form.plainText.isEmpty, "\(entry.key)")
                    let tagsOnly = form.html.replacingOccurrences(
                        of: "<(/?i|a href=\"[^\"]*\"|/a)>", with: "", options: .regularExpression)
                    #expect(!tagsOnly.contains("<"), "\(entry.key): \(form.html)")
                }
            }
            #expect(ReferenceList(all, style: style).items.count == all.count)
        }
    }

    @Test func acmartReferenceListIsOrderedAndDisambiguated() throws {
        let list = ReferenceList(try entries("acmart-sample-base.bib"))
        #expect(list.items.prefix(2).map(\.entry.key) == ["Ablamowicz07", "Abril07"])
        // Two works by Kong, Wei-Chang of 2001, lettered by title ("E-commerce…" before
        // "The implementation…"), and two identical Buss et al. reports of 1987.
        #expect(list.item(forKey: "KAGM:2001")?.yearLabel == "2001a")
        #expect(list.item(forKey: "KA:2001")?.yearLabel == "2001b")
        #expect(list.item(forKey: "897367")?.yearLabel == "1987a")
        #expect(list.citation("Buss:1987:VTB:897367")?.plainText
            == "(Buss, Rosenberg, and Knott 1987b)")
        #expect(list.reference(forKey: "Fear05")?.html
            == "Fear, Simon. 2005. <i>Publication quality tables in LaTeX</i>.")
        // No creator and no title: cited by its journal.
        #expect(list.citation("1984:1040142")?.plainText
            == "(SIGCOMM Comput. Commun. Rev. 1984)")
    }

    /// The HTML made without styled runs is the styled citation's HTML, for every entry of
    /// every fixture, in both styles and forms, with and without locators.
    @Test(arguments: ["xampl.bib", "averroes.bib", "acmart-sample-base.bib"])
    func citationHTMLIsTheStyledCitationsHTML(name: String) throws {
        let all = try entries(name)
        for style in CitationStyle.allCases {
            let list = ReferenceList(all, style: style)
            for entry in all {
                for locator in [nil, "p. 12", "12-15", "xiii", "  ", "<b>&"] as [String?] {
                    for form in [CitationForm.parenthetical, .narrative] {
                        let styled = list.citation(entry.key, locator: locator, form: form)?.html
                        #expect(list.citationHTML(entry.key, locator: locator, form: form) == styled,
                                "\(entry.key) \(locator ?? "-") \(form)")
                    }
                }
            }
            #expect(list.citationHTML("no-such-key") == nil)
        }
    }
}

import Corpus
import Foundation
import Testing

/// The default corpus against its seed: counts, and spot checks of dates, figures and names
/// copied from `Content/sources/` (the raw seed texts kept for provenance).
@Suite struct DefaultCorpusContentTests {
    let corpus: Corpus
    let seed: String

    init() throws {
        var loader = CorpusLoader(contentPath: TestPaths.content)
        let loaded = loader.load()
        corpus = try #require(loaded)
        #expect(loader.diagnostics.isEmpty, "\(loader.diagnostics)")
        seed = try String(contentsOfFile: TestPaths.content + "/sources/000_487c1c37cc4179e5.txt", encoding: .utf8)
    }

    @Test func articlesAreCompleteAndVerbatim() throws {
        #expect(corpus.articles.map(\.slug) == ["korea-russia", "korea-united-states"])
        let russia = try #require(corpus.articles.first)
        #expect(russia.author == "Andrei Lankov")
        #expect(corpus.articles.last?.author == "David Park")
        let paragraphs = russia.body.text.split(separator: "\n").filter { !$0.isEmpty }
        #expect(paragraphs.count == 11)
        for paragraph in paragraphs {
            #expect(seed.contains(paragraph), "not verbatim: \(paragraph.prefix(60))")
        }
        #expect(russia.seeAlso.map(\.text).contains("korean war"))
        #expect(russia.bibliography.count == 3)
    }

    @Test func countsOfEntitiesEventsSeriesAndReferences() {
        #expect(corpus.entities.count >= 46)
        #expect(Set(corpus.entities.map(\.kind)) == Set(Entity.Kind.allCases))
        #expect(corpus.events.count >= 47)
        #expect(corpus.lanes.map(\.id).contains("russia-korea"))
        #expect(corpus.lanes.map(\.id).contains("us-korea"))
        #expect(corpus.dataSeries.count >= 10)
        #expect(corpus.sources.count == 2)
    }

    @Test func spotCheckDatesAgainstTheSeed() throws {
        let treaty = try #require(corpus.events.first { $0.date.value == "1884-07-07" })
        #expect(treaty.attestations.first?.says == "July 7, 1884")
        #expect(seed.contains("July 7, 1884"))
        let stalin = try #require(corpus.events.first { event in
            event.attestations.contains { $0.says == "late 1949" }
        })
        #expect(stalin.date.value.hasPrefix("1949"))
        for event in corpus.events {
            for attestation in event.attestations where attestation.source.value.hasPrefix("articles/") {
                if let says = attestation.says {
                    #expect(seed.contains(says), "event \(event.id): \"\(says)\" is not in the seed")
                }
            }
        }
    }

    @Test func spotCheckFiguresAndNames() throws {
        let trade = try #require(corpus.dataSeries.first { $0.id == "russia-korea-trade" })
        #expect(trade.csvText.contains("1990,2.3,N.A."))
        #expect(trade.csvText.contains("2001,N.A.,2.9"))
        #expect(seed.contains("from 2.3 billion USD in 1990 to 0.1 billion USD in 1995"))
        #expect(seed.contains("$2.9 billion"))
        let kim = try #require(corpus.entities.first { $0.slug == "kim-il-sung" })
        #expect(kim.aliases.contains("Kim Il-song"))
        let bib = corpus.bibliography?.text ?? ""
        #expect(bib.contains("Balance of Intrigue"))
        #expect(bib.contains("Tallahassee"))
        #expect(seed.contains("Tallahassee: University Presses of Florida"))
    }
}

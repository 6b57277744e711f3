import Corpus
import Foundation
import Testing
@testable import Linker

/// A build that ends with the process hands each article's Markdown to the job that parses it
/// (`Corpus.takeArticleTexts`, `HandedText`): the site resolved that way is the one resolved
/// from the whole corpus, but for the texts, which no resolved body keeps.
@Suite struct HandedTextsTests {
    @Test func handedTextsResolveTheSameSiteAndAreNotKept() throws {
        // The default corpus with 300 more articles (copies of one) and without its
        // bibliography, so that most articles are parsed by their own jobs, not ahead while
        // the bibliography is read (both ways hand the text over).
        let original = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Content")
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("handed-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let content = scratch.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: original, to: content)
        try FileManager.default.removeItem(at: content.appendingPathComponent("references.bib"))
        let article = try Data(contentsOf: content.appendingPathComponent("articles/korea-russia.md"))
        for index in 1...300 {
            try article.write(to: content.appendingPathComponent("articles/copy-\(index).md"))
        }
        var loader = CorpusLoader(contentPath: content.path)
        let loaded = loader.load()
        let corpus = try #require(loaded)
        #expect(corpus.articles.count > 300)
        let whole = SiteResolver().resolution(corpus)

        var taken = corpus
        let texts = taken.takeArticleTexts()
        #expect(texts == corpus.articles.map(\.body.text))
        #expect(taken.articles.allSatisfy { $0.body.text.isEmpty })
        let boxes = texts.map(HandedText.init)
        let handed = SiteResolver().resolution(taken, articleTexts: boxes)

        #expect(handed.site.articles.map(\.body.rendered) == whole.site.articles.map(\.body.rendered))
        #expect(handed.site.mentions == whole.site.mentions)
        #expect(handed.site.citations == whole.site.citations)
        #expect(handed.diagnostics.map(\.message) == whole.diagnostics.map(\.message))
        #expect(handed.site.articles.allSatisfy { $0.body.source.text.isEmpty })
        // Every text was taken by its job: the boxes hold nothing, so the text went with it.
        #expect(boxes.allSatisfy { $0.take().isEmpty })
    }
}

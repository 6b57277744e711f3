import Foundation
import Testing
@testable import Corpus

/// The load cache of `serve`: unchanged files are not read again, changed ones are, and
/// deleted ones are forgotten.
@Suite struct LoadCacheTests {
    /// A new content folder with a `site.yaml` and an empty `articles/`.
    static func contentFolder(_ prefix: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try "title: Test site\n".write(to: folder.appendingPathComponent("site.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func readsOnlyChangedFilesAndForgetsDeletedOnes() throws {
        let folder = try Self.contentFolder("loadcache")
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["one", "two"] {
            try "---\ntitle: \(name)\n---\nBody of \(name).\n"
                .write(to: folder.appendingPathComponent("articles/\(name).md"), atomically: true, encoding: .utf8)
        }
        let cache = LoadCache()
        var reads = 0
        func load() -> Corpus? {
            var loader = CorpusLoader(contentPath: folder.path)
            loader.cache = cache
            defer { reads = cache.reads; cache.endBuild() }
            return loader.load()
        }
        let first = try #require(load())
        #expect(first.articles.map(\.title) == ["one", "two"])
        #expect(reads == 3 && cache.keptTexts == 3)

        let unchanged = try #require(load())
        #expect(unchanged == first)
        #expect(reads == 0, "nothing changed, nothing read")

        try "---\ntitle: one, edited\n---\nBody.\n"
            .write(to: folder.appendingPathComponent("articles/one.md"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("articles/two.md"))
        let edited = try #require(load())
        #expect(edited.articles.map(\.title) == ["one, edited"])
        #expect(reads == 1, "only the edited file is read")
        #expect(cache.keptTexts == 2, "the deleted file is forgotten")
    }

    /// A full build makes the articles' values on every core as it reads their files; `serve`
    /// (with a cache) makes them one by one as before. Both give the same articles and the
    /// same diagnostics in the same order, for good files and bad ones (a name that is no
    /// slug, no front matter, broken YAML, a missing title, an unknown key, a bad date).
    @Test func articlesMadeAheadEqualArticlesMadeInTurn() throws {
        let folder = try Self.contentFolder("prefetch")
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = [
            "a-good.md": "---\ntitle: Good\ntags: [x, y]\n---\nBody.\n",
            "B_bad-name.md": "---\ntitle: Bad name\n---\nBody.\n",
            "c-no-front-matter.md": "Just text.\n",
            "d-broken-yaml.md": "---\ntitle: [unclosed\n---\nBody.\n",
            "e-no-title.md": "---\nsummary: none\n---\nBody.\n",
            "f-unknown-key.md": "---\ntitle: Unknown\ncolour: red\n---\nBody.\n",
            "g-bad-date.md": "---\ntitle: Dated\ndate: 1984-13-45\n---\nBody.\n",
            "h-good.md": "---\ntitle: Also good\n---\nMore.\n",
            "notes.txt": "not an article\n",
        ]
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent("articles/\(name)"), atomically: true, encoding: .utf8)
        }
        var ahead = CorpusLoader(contentPath: folder.path)
        let madeAhead = ahead.load()
        var inTurn = CorpusLoader(contentPath: folder.path)
        inTurn.cache = LoadCache()
        let madeInTurn = inTurn.load()
        #expect(madeAhead?.articles.isEmpty == false)
        #expect(madeAhead == madeInTurn)
        #expect(ahead.diagnostics == inTurn.diagnostics)
        #expect(ahead.diagnostics.count >= 5)
    }
}

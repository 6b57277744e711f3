import Foundation
import Testing
@testable import Corpus

/// The load cache of `serve`: unchanged files are not read again, changed ones are, and
/// deleted ones are forgotten.
@Suite struct LoadCacheTests {
    @Test func readsOnlyChangedFilesAndForgetsDeletedOnes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("loadcache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try "title: Test site\n".write(to: folder.appendingPathComponent("site.yaml"), atomically: true, encoding: .utf8)
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
}

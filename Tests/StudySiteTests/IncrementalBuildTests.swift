import Foundation
import Testing
@testable import StudySite

/// A rebuild that reuses the previous build's parses and pages gives exactly the bytes of a
/// full build, and redoes only what an edit affects.
@Suite struct IncrementalBuildTests {
    @Test func editedRebuildEqualsAFullBuild() throws {
        let scratch = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let content = scratch.appendingPathComponent("Content")
        try FileManager.default.copyItem(atPath: TestPaths.content, toPath: content.path)
        let cache = BuildCache()
        func build(_ output: String, cached: Bool) -> BuildReport {
            var builder = SiteBuilder(options: BuildOptions(
                contentPath: content.path, templatesPath: TestPaths.templates,
                outputPath: scratch.appendingPathComponent(output).path))
            if cached { builder.cache = cache }
            return builder.build()
        }
        let first = build("Incremental", cached: true)
        #expect(first.succeeded)
        #expect(first.incremental?.renderReused == 0)

        // Nothing changed: nothing is parsed or rendered again.
        let unchanged = build("Incremental", cached: true)
        #expect(unchanged.incremental?.parsed == 0)
        #expect(unchanged.incremental?.rendered == 0)

        // Edit one entity's description: its page, pages that show it, and the indexes change.
        let entity = content.appendingPathComponent("entities/people/josef-stalin.md")
        let text = try String(contentsOf: entity, encoding: .utf8)
        try (text.replacingOccurrences(of: "description: \"", with: "description: \"Edited. ")
            + "\nAn added sentence.\n").write(to: entity, atomically: true, encoding: .utf8)
        let edited = build("Incremental", cached: true)
        let full = build("Full", cached: false)
        #expect(edited.succeeded && full.succeeded)
        #expect(edited.incremental?.parsed == 1, "only the edited file is parsed again")
        let rendered = edited.incremental?.rendered ?? 0
        #expect(rendered > 0 && rendered < edited.pages / 2, "re-rendered \(rendered) of \(edited.pages)")
        let incremental = snapshot(scratch.appendingPathComponent("Incremental"))
        let reference = snapshot(scratch.appendingPathComponent("Full"))
        let differing = Set(incremental.keys).union(reference.keys).filter { incremental[$0] != reference[$0] }.sorted()
        #expect(differing.isEmpty, "incremental output differs from a full build in \(differing)")
        #expect(String(decoding: incremental["entities/josef-stalin.html"] ?? Data(), as: UTF8.self).contains("Edited."))
    }
}

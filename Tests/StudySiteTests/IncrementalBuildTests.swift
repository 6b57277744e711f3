import Foundation
import Testing
import TestSupport
@testable import StudySite

/// A rebuild that reuses the previous build's parses and pages gives exactly the bytes of a
/// full build, and redoes only what an edit affects.
@Suite struct IncrementalBuildTests {
    @Test func editedRebuildEqualsAFullBuild() throws {
        let site = try ScratchSite()
        defer { site.remove() }
        let (scratch, content) = (site.scratch, site.content)
        func build(_ output: String, cached: Bool) -> BuildReport { site.build(output, cached: cached) }
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

    /// The fast path for edits of article bodies (re-link only those bodies, re-plan only the
    /// pages that show them, write only changed files) against full builds, after each of
    /// many seeded random edits: paragraphs added with mentions, citations and footnotes,
    /// paragraphs deleted (which can break anchors that events point at), headings added,
    /// words changed, and a citation of an unknown work that fails the build and is then
    /// taken out. Output bytes and diagnostics must be equal every time.
    @Test func articleBodyEditsEqualFullBuilds() throws {
        let site = try ScratchSite()
        defer { site.remove() }
        let (scratch, content) = (site.scratch, site.content)
        func build(_ output: String, cached: Bool) -> BuildReport { site.build(output, cached: cached) }
        #expect(build("Incremental", cached: true).succeeded)
        let articles = ["korea-russia.md", "korea-united-states.md"]
        let additions = [
            "Kim Il-sung met Josef Stalin in Moscow [@chung1992korea, p. 12].",
            "A new paragraph about the Korean War and Vladivostok, citing @lensen1982balance.",
            "Nothing to link here at all.",
            "A note on Pyongyang.[^new]\n\n[^new]: Added footnote naming Syngman Rhee.",
            "## An added section\n\nWith the Soviet Union named in it.",
        ]
        var random = SplitMix64(seed: 11)
        var fastPathBuilds = 0
        var failedBuilds = 0
        // Round 3 cites a work that is not in references.bib (both builds fail with the same
        // error and keep the previous output); round 4 takes it out again.
        let unknownCitation = "A claim resting on [@no-such-work, p. 9]."
        for round in 0..<12 {
            let pick = Int(random.next() % 2)
            let file = content.appendingPathComponent("articles/\(articles[round == 3 || round == 4 ? 0 : pick])")
            let text = try String(contentsOf: file, encoding: .utf8)
            let fence = text.range(of: "\n---\n", range: text.index(after: text.startIndex)..<text.endIndex)!
            let frontMatter = String(text[..<fence.upperBound])
            var paragraphs = String(text[fence.upperBound...]).components(separatedBy: "\n\n")
            switch round == 3 ? 10 : round == 4 ? 11 : random.next() % 4 {
            case 10:
                paragraphs.append(unknownCitation)
            case 11:
                paragraphs.removeAll { $0.trimmingCharacters(in: .whitespacesAndNewlines) == unknownCitation }
            case 0:
                let at = Int(random.next() % UInt64(paragraphs.count + 1))
                paragraphs.insert(additions[Int(random.next() % UInt64(additions.count))], at: at)
            case 1 where paragraphs.count > 3:
                paragraphs.remove(at: Int(random.next() % UInt64(paragraphs.count)))
            case 2:
                let at = Int(random.next() % UInt64(paragraphs.count))
                paragraphs[at] = paragraphs[at].replacingOccurrences(of: " the ", with: " the edited \(round) ")
            default:
                paragraphs.append(additions[round % additions.count])
            }
            try (frontMatter + paragraphs.joined(separator: "\n\n")).write(to: file, atomically: true, encoding: .utf8)

            let incremental = build("Incremental", cached: true)
            let full = build("Full-\(round)", cached: false)
            if incremental.incremental?.editedArticleBodies == 1 { fastPathBuilds += 1 }
            #expect(incremental.succeeded == full.succeeded, "round \(round)")
            if !full.succeeded { failedBuilds += 1 }
            #expect(incremental.diagnostics == full.diagnostics, "round \(round): diagnostics differ")
            guard full.succeeded else { continue }
            let mine = snapshot(scratch.appendingPathComponent("Incremental"))
            let reference = snapshot(scratch.appendingPathComponent("Full-\(round)"))
            let differing = Set(mine.keys).union(reference.keys).filter { mine[$0] != reference[$0] }.sorted()
            #expect(differing.isEmpty, "round \(round): incremental output differs in \(differing)")
            try? FileManager.default.removeItem(at: scratch.appendingPathComponent("Full-\(round)"))
        }
        #expect(failedBuilds == 1, "round 3 fails, and only round 3")
        #expect(fastPathBuilds >= 10, "the fast path was taken \(fastPathBuilds) times of 12")

        // A front-matter edit takes the full path, with the same result.
        let file = content.appendingPathComponent("articles/korea-russia.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "subtitle: \"The Russian side\"", with: "subtitle: \"The Russian side, edited\"")
            .write(to: file, atomically: true, encoding: .utf8)
        let incremental = build("Incremental", cached: true)
        let full = build("Full", cached: false)
        #expect(incremental.succeeded && full.succeeded)
        #expect(incremental.incremental?.editedArticleBodies == nil)
        #expect(incremental.diagnostics == full.diagnostics)
        let mine = snapshot(scratch.appendingPathComponent("Incremental"))
        let reference = snapshot(scratch.appendingPathComponent("Full"))
        #expect(Set(mine.keys).union(reference.keys).filter { mine[$0] != reference[$0] }.isEmpty)
    }
}

/// A copy of the default corpus in a scratch folder, built into folders beside it, with or
/// without the cache a `serve` process keeps.
private struct ScratchSite {
    let scratch = TestPaths.scratch()
    let content: URL
    let cache = BuildCache()

    init() throws {
        content = scratch.appendingPathComponent("Content")
        try FileManager.default.copyItem(atPath: TestPaths.content, toPath: content.path)
    }

    func build(_ output: String, cached: Bool) -> BuildReport {
        var builder = SiteBuilder(options: BuildOptions(
            contentPath: content.path, templatesPath: TestPaths.templates,
            outputPath: scratch.appendingPathComponent(output).path))
        if cached { builder.cache = cache }
        return builder.build()
    }

    func remove() { try? FileManager.default.removeItem(at: scratch) }
}

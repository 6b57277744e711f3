import Foundation
import Testing
@testable import StudySite

/// End to end: the default corpus builds without a warning, every internal link resolves,
/// and two builds are byte-identical.
@Suite(.serialized) struct DefaultSiteTests {
    @Test func defaultCorpusBuildsCleanlyAndDeterministically() throws {
        let scratch = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let first = scratch.appendingPathComponent("One")
        let second = scratch.appendingPathComponent("Two")
        let report = build(content: TestPaths.content, output: first, strict: true)
        #expect(report.succeeded, "\(report.formattedDiagnostics().joined(separator: "\n"))")
        #expect(report.warnings == 0)
        _ = build(content: TestPaths.content, output: second)
        let one = snapshot(first)
        let two = snapshot(second)
        #expect(one.count > 10)
        let differing = Set(one.keys).union(two.keys).filter { one[$0] != two[$0] }.sorted()
        #expect(differing.isEmpty, "two builds of the same input differ in \(differing)")
    }

    @Test func bothArticlesAndEveryReportPartRender() throws {
        let scratch = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("Output")
        _ = build(content: TestPaths.content, output: output)
        let files = snapshot(output)
        func page(_ path: String) -> String { String(decoding: files[path] ?? Data(), as: UTF8.self) }
        #expect(page("articles/korea-russia.html").contains("Russo-Korean Treaty of Amity and Commerce"))
        #expect(page("articles/korea-russia.html").contains("By Andrei Lankov"))
        #expect(page("articles/korea-united-states.html").contains("General Sherman"))
        #expect(page("articles/korea-united-states.html").contains("By David Park"))
        #expect(page("documents/rand-r3159/index.html").contains("R-3159-AF"))
        let parts = files.keys.filter { $0.hasPrefix("documents/rand-r3159/") }
        #expect(parts.count >= 9)
        #expect(page("index.html").contains("articles/korea-russia.html"))
    }

    @Test func checkWritesNothing() {
        let scratch = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("Output")
        let report = build(content: TestPaths.content, output: output, write: false)
        #expect(report.succeeded)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}

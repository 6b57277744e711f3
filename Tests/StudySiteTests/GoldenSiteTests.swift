import Foundation
import Testing
@testable import StudySite

/// Builds small fixture sites and compares every output file with the expected files beside
/// them. Re-record with `RECORD_GOLDEN=1 swift test` and review the diff.
@Suite struct GoldenSiteTests {
    @Test func minimalSiteMatchesExpectedOutput() throws {
        let fixture = TestPaths.fixtures.appendingPathComponent("minimal")
        let scratch = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("Output")
        let report = build(content: fixture.appendingPathComponent("Content").path, output: output)
        #expect(report.errors == 0, "\(report.formattedDiagnostics())")
        #expect(report.warnings == 0, "\(report.formattedDiagnostics())")
        var actual = snapshot(output)
        actual = actual.filter { !$0.key.hasPrefix("assets/") }
        let expectedFolder = fixture.appendingPathComponent("expected")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(at: expectedFolder)
            for (path, data) in actual {
                let target = expectedFolder.appendingPathComponent(path)
                try FileManager.default.createDirectory(
                    at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: target)
            }
        }
        let expected = snapshot(expectedFolder)
        #expect(Set(actual.keys) == Set(expected.keys))
        for (path, data) in expected.sorted(by: { $0.key < $1.key }) {
            let got = actual[path].map { String(decoding: $0, as: UTF8.self) } ?? "<missing>"
            let want = String(decoding: data, as: UTF8.self)
            #expect(got == want, "\(path) differs from the expected output")
        }
    }

    @Test func minimalSiteEscapesTitlesAndKeepsFeatures() throws {
        let fixture = TestPaths.fixtures.appendingPathComponent("minimal/Content")
        let scratch = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("Output")
        _ = build(content: fixture.path, output: output)
        let files = snapshot(output)
        let article = String(decoding: files["articles/first.html"] ?? Data(), as: UTF8.self)
        #expect(article.contains("First &lt;article&gt;"))
        #expect(article.contains("<del>old</del>"))
        #expect(article.contains("id=\"fn-1\""))
        #expect(article.contains("href=\"../assets/style.css\""))
        let part = String(decoding: files["documents/report/body.html"] ?? Data(), as: UTF8.self)
        #expect(part.contains("id=\"page-2\""))
        #expect(part.contains("rel=\"prev\" href=\"index.html\""))
        #expect(part.contains("<span class=\"illegible\">[illegible]</span>"))
    }
}

import Foundation
import Testing
@testable import StudySite

/// Broken and hostile corpora, each with the exact diagnostics (severity, rule id,
/// file:line:col) and exit code it must give, in `Fixtures/hostile/<case>/expected.txt`.
/// Re-record with `RECORD_GOLDEN=1` and review the diff.
@Suite struct HostileCorpusTests {
    static let root = TestPaths.fixtures.appendingPathComponent("hostile")
    static let cases: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? [])
        .filter { !$0.hasPrefix(".") }.sorted()

    /// The build's outcome as the expected file writes it.
    static func outcome(of report: BuildReport, base: String) -> String {
        var lines = ["exit \(report.exitCode)"]
        for diagnostic in report.diagnostics {
            var line = "\(diagnostic.severity.rawValue) \(diagnostic.rule)"
            if let location = diagnostic.location {
                let file = location.file.hasPrefix(base + "/") ? String(location.file.dropFirst(base.count + 1)) : location.file
                line += " \(file):\(location.line):\(location.column)"
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test(arguments: cases)
    func caseGivesExactlyItsDiagnostics(_ name: String) throws {
        let folder = Self.root.appendingPathComponent(name)
        let scratch = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let clock = ContinuousClock()
        let start = clock.now
        let report = build(content: folder.appendingPathComponent("Content").path,
                           output: scratch.appendingPathComponent("Output"))
        // Hostile input is refused quickly, never by hanging the parser.
        #expect(start.duration(to: clock.now) < .seconds(5))
        let actual = Self.outcome(of: report, base: folder.path)
        let expectedFile = folder.appendingPathComponent("expected.txt")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try actual.write(to: expectedFile, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedFile, encoding: .utf8)
        #expect(actual == expected, "\(name):\n\(report.formattedDiagnostics().joined(separator: "\n"))")
        if report.exitCode != 0 {
            #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("Output").path),
                    "a failed build must not write output")
        }
    }

    @Test func hugeFileIsRefusedWithItsSize() throws {
        let content = TestPaths.scratch().appendingPathComponent("Content")
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        try FileManager.default.createDirectory(at: content.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try "title: Huge\n".write(to: content.appendingPathComponent("site.yaml"), atomically: true, encoding: .utf8)
        let huge = "---\ntitle: Big\n---\n" + String(repeating: "word ", count: 1_000_000)
        try huge.write(to: content.appendingPathComponent("articles/big.md"), atomically: true, encoding: .utf8)
        let report = build(content: content.path, output: content.deletingLastPathComponent().appendingPathComponent("Out"))
        #expect(report.exitCode == 1)
        #expect(report.diagnostics.map(\.rule) == ["file-too-large"])
        #expect(report.diagnostics.first?.location?.file.hasSuffix("articles/big.md") == true)
    }

    @Test func symlinksOutOfContentAreRefused() throws {
        let content = TestPaths.scratch().appendingPathComponent("Content")
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        try FileManager.default.createDirectory(at: content.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try "title: Links\n".write(to: content.appendingPathComponent("site.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: content.appendingPathComponent("articles/passwd.md").path, withDestinationPath: "/etc/passwd")
        try FileManager.default.createSymbolicLink(
            atPath: content.appendingPathComponent("references.bib").path, withDestinationPath: "/etc/hostname")
        let report = build(content: content.path, output: content.deletingLastPathComponent().appendingPathComponent("Out"))
        #expect(report.exitCode == 1)
        #expect(report.diagnostics.filter { $0.rule == "path-outside-content" }.count == 2)
    }

    @Test func outputInsideTheProjectFolderItselfIsRefused() throws {
        let fixture = TestPaths.fixtures.appendingPathComponent("minimal/Content").path
        for forbidden in [FileManager.default.currentDirectoryPath, "/", fixture,
                          URL(fileURLWithPath: fixture).deletingLastPathComponent().path] {
            let report = SiteBuilder(options: BuildOptions(
                contentPath: fixture, templatesPath: TestPaths.templates, outputPath: forbidden)).build()
            #expect(report.exitCode == 1)
            #expect(report.diagnostics.map(\.rule) == ["output-forbidden"], "\(forbidden)")
        }
    }

    @Test func templateErrorsFailTheBuildBeforeAnythingIsWritten() throws {
        let scratch = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let templates = scratch.appendingPathComponent("Templates")
        try FileManager.default.copyItem(atPath: TestPaths.templates, toPath: templates.path)
        let page = templates.appendingPathComponent("pages/document.md")
        try (String(contentsOf: page, encoding: .utf8) + "\n{{#unclosed}}\n").write(to: page, atomically: true, encoding: .utf8)
        let report = build(content: TestPaths.fixtures.appendingPathComponent("minimal/Content").path,
                           templates: templates.path, output: scratch.appendingPathComponent("Out"))
        #expect(report.exitCode == 1)
        #expect(report.diagnostics.contains { $0.rule == "template-syntax" && $0.location?.file.hasSuffix("pages/document.md") == true })
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("Out").path))
    }
}

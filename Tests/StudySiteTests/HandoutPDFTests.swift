import Diagnostics
import Foundation
import Testing
@testable import StudySite

/// Handouts printed to PDF with headless Chromium: every handout of the default site stays
/// within its designed length on A4 and US Letter, and its links are printed as endnotes.
/// Needs Debian's chromium and poppler-utils (scripts/test.sh installs them).
@Suite(.serialized, .enabled(if: HandoutPrinter.findChromium() != nil, "needs chromium (scripts/test.sh installs it)"))
struct HandoutPDFTests {
    func tool(_ name: String) -> String? {
        ["/usr/bin/\(name)", "/usr/local/bin/\(name)"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func everyHandoutPrintsWithinItsLengthWithEndnotes() throws {
        let pdftotext = try #require(tool("pdftotext"), "needs poppler-utils")
        let pdftoppm = try #require(tool("pdftoppm"))
        let scratch = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("Output")
        var options = BuildOptions(contentPath: TestPaths.content, templatesPath: TestPaths.templates,
                                   outputPath: output.path, strict: true)
        options.pdf = true
        let report = SiteBuilder(options: options).build()
        // --strict: a handout longer than its max_pages is a warning, so this fails too.
        #expect(report.succeeded, "\(report.formattedDiagnostics().joined(separator: "\n"))")
        let handouts = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("handouts").path)
        let pdfs = handouts.filter { $0.hasSuffix(".pdf") }.sorted()
        #expect(pdfs.count >= 6, "three handouts, A4 and Letter each: \(pdfs)")
        for pdf in pdfs {
            let path = output.appendingPathComponent("handouts/\(pdf)").path
            let text = try run(pdftotext, ["-layout", path, "-"])
            #expect(text.contains("Links"), "\(pdf): no endnotes")
            #expect(text.contains("Page 1 of"), "\(pdf): no page numbers")
            // Each page becomes a PNG (to look at; the test checks they are made).
            let prefix = scratch.appendingPathComponent(pdf).path
            _ = try run(pdftoppm, ["-png", "-r", "40", path, prefix])
            let pngs = try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter { $0.hasPrefix(pdf) }
            #expect(!pngs.isEmpty)
        }
        // Printing again gives the same bytes (Chromium's dates are fixed by the printer).
        let first = try #require(pdfs.first { $0.hasSuffix("-a4.pdf") })
        let slug = String(first.dropLast("-a4.pdf".count))
        var files: [(path: String, bytes: [UInt8])] = []
        for folder in ["handouts", "assets"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent(folder).path) {
                files.append(("\(folder)/\(name)", [UInt8](try Data(contentsOf: output.appendingPathComponent("\(folder)/\(name)")))))
            }
        }
        var diagnostics: [Diagnostic] = []
        let again = HandoutPrinter.print([.init(slug: slug, maxPages: 9, source: nil)], files: files, diagnostics: &diagnostics)
        #expect(again.first { $0.path == "handouts/\(first)" }?.bytes
            == [UInt8](try Data(contentsOf: output.appendingPathComponent("handouts/\(first)"))), "\(first) differs when printed again")
    }

    @Test func aMissingChromiumIsAClearErrorAndTheHTMLIsStillWritten() throws {
        let scratch = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        var diagnostics: [Diagnostic] = []
        let files = HandoutPrinter.print(
            [.init(slug: "x", maxPages: 1, source: nil)], files: [], searchPath: "/nonexistent", diagnostics: &diagnostics)
        #expect(files.isEmpty)
        #expect(diagnostics.map(\.rule) == ["pdf-chromium-missing"])
        var options = BuildOptions(
            contentPath: TestPaths.fixtures.appendingPathComponent("minimal/Content").path,
            templatesPath: TestPaths.templates, outputPath: scratch.appendingPathComponent("Out").path)
        options.pdf = true
        options.browserSearchPath = "/nonexistent"
        let report = SiteBuilder(options: options).build()
        #expect(report.exitCode == 1)
        #expect(report.diagnostics.map(\.rule) == ["pdf-chromium-missing"])
        #expect(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("Out/handouts/demo.html").path))
    }
}

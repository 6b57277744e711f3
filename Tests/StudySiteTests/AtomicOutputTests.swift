import Foundation
import Publisher
import Testing
import TestSupport
@testable import StudySite

/// A build that fails while writing leaves the previous output as it was and no staging
/// folder behind; builds of the same corpus are byte-identical however its files were made.
@Suite struct AtomicOutputTests {
    let content = TestPaths.fixtures.appendingPathComponent("minimal/Content").path

    // search/0.js: a shard of the search index, which the planner writes as it makes it.
    @Test(arguments: [("sitemap.xml", CocoaError.Code.fileWriteOutOfSpace),
                      ("search/0.js", CocoaError.Code.fileWriteOutOfSpace),
                      ("index.html", CocoaError.Code.fileWriteNoPermission),
                      ("timeline/index.html", CocoaError.Code.fileWriteUnknown)])
    func failedWriteKeepsThePreviousOutput(failOn: String, error: CocoaError.Code) throws {
        let scratch = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("Output")
        #expect(build(content: content, output: output).succeeded)
        let before = snapshot(output)
        var builder = SiteBuilder(options: BuildOptions(
            contentPath: content, templatesPath: TestPaths.templates, outputPath: output.path))
        builder.fileSystem = FailingDisk(failOn: failOn, error: error)
        let report = builder.build()
        #expect(report.exitCode == 1)
        #expect(report.diagnostics.map(\.rule) == ["output-write-failed"])
        #expect(snapshot(output) == before, "the previous output changed")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["Output"],
                "a staging folder was left behind")
    }

    /// The staging folder is made before planning (the search index is written into it as
    /// it is made); templates that fail after that must not leave it behind.
    @Test func templatesThatFailLeaveNoStagingFolder() throws {
        let scratch = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let templates = try templatesWithUnknownVariable(in: scratch)
        let output = scratch.appendingPathComponent("Output")
        let report = build(content: content, templates: templates.path, output: output)
        #expect(report.exitCode == 1)
        #expect(report.diagnostics.map(\.rule) == ["template-variable-unknown"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["Templates"],
                "a staging folder or an output was left behind")
    }

    @Test func buildsOfCopiesMadeInDifferentOrdersAreIdentical() throws {
        let scratch = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let source = URL(fileURLWithPath: TestPaths.content)
        let files = snapshot(source).sorted { $0.key < $1.key }
        for (name, order) in [("forward", files), ("backward", files.reversed())] {
            let copy = scratch.appendingPathComponent(name).appendingPathComponent("Content")
            for (path, data) in order {
                let target = copy.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: target)
            }
            let report = build(content: copy.path, output: scratch.appendingPathComponent(name).appendingPathComponent("Output"))
            #expect(report.succeeded)
        }
        let forward = snapshot(scratch.appendingPathComponent("forward/Output"))
        let backward = snapshot(scratch.appendingPathComponent("backward/Output"))
        #expect(forward.count > 100)
        let differing = Set(forward.keys).union(backward.keys).filter { forward[$0] != backward[$0] }.sorted()
        #expect(differing.isEmpty, "differ: \(differing)")
    }
}

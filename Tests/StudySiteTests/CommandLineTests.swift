import Foundation
import Testing
import TestSupport

/// Runs the `studysite` executable and checks exit codes and messages.
@Suite struct CommandLineTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let binary: URL = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
            TestPaths.packageRoot.appendingPathComponent(".build/debug"),
        ].map { $0.appendingPathComponent("studysite") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    /// Runs the CLI with its output in files, so a child that writes a lot to one stream
    /// can never block on a pipe the test is not reading yet.
    func run(_ arguments: [String], in directory: URL = TestPaths.packageRoot) throws -> Run {
        let scratch = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                   stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    func fixture(_ name: String) -> String {
        TestPaths.fixtures.appendingPathComponent(name).appendingPathComponent("Content").path
    }

    @Test func missingTitleIsAnErrorWithItsPosition() throws {
        let result = try run(["check", "--content", fixture("broken-title"), "--templates", TestPaths.templates])
        #expect(result.status == 1)
        #expect(result.stderr.contains("articles/untitled.md:2:1: error: missing required key \"title\" [front-matter-missing-key]"))
        #expect(result.stderr.contains("articles/untitled.md:3:1: warning: unknown key \"colour\""))
        #expect(result.stderr.contains("hint:"))
    }

    @Test func malformedYAMLIsAnErrorWithItsPosition() throws {
        let result = try run(["check", "--content", fixture("broken-yaml"), "--templates", TestPaths.templates])
        #expect(result.status == 1)
        #expect(result.stderr.contains("articles/bad.md:4:1: error:"))
        #expect(result.stderr.contains("[yaml-syntax]"))
    }

    @Test func unknownTemplateVariableIsAnErrorAtTheTemplateLine() throws {
        // The real templates with one misspelt variable on line 9 of the article template.
        let scratch = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let templates = try templatesWithUnknownVariable(in: scratch)
        let result = try run(["check", "--content", fixture("minimal"), "--templates", templates.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("pages/article.md:9:1: error: unknown variable \"writer\" [template-variable-unknown]"))
    }

    @Test func unreadableFileIsReported() throws {
        let scratch = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let content = scratch.appendingPathComponent("Content")
        try FileManager.default.createDirectory(
            at: content.appendingPathComponent("articles/folder.md"), withIntermediateDirectories: true)
        try "title: X\n".write(to: content.appendingPathComponent("site.yaml"), atomically: true, encoding: .utf8)
        let result = try run(["check", "--content", content.path, "--templates", TestPaths.templates])
        #expect(result.status == 1)
        #expect(result.stderr.contains("[file-unreadable]"))
    }

    @Test func usageErrorsExitWithTwo() throws {
        let result = try run(["build", "--no-such-option"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no-such-option"))
    }

    @Test func helpExplainsEveryOption() throws {
        let help = try run(["build", "--help"])
        #expect(help.status == 0)
        for option in ["--content", "--templates", "--output", "--strict", "--report"] {
            #expect(help.stdout.contains(option))
        }
        let top = try run(["--help"])
        #expect(top.stdout.contains("check"))
    }

    @Test func buildWritesSiteAndReport() throws {
        let scratch = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("Site").path
        let reportPath = scratch.appendingPathComponent("report.json").path
        let result = try run(["build", "--content", fixture("minimal"), "--templates", TestPaths.templates,
                              "--output", output, "--report", reportPath, "--verbose"])
        #expect(result.status == 0, "\(result.stderr)")
        let counted = result.stderr.range(of: #"built (\d+) pages"#, options: .regularExpression)
            .map { result.stderr[$0].split(separator: " ")[1] }.flatMap { Int($0) }
        #expect(FileManager.default.fileExists(atPath: output + "/index.html"))
        let report = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: reportPath))) as? [String: Any]
        #expect(report?["pages"] as? Int == counted)
        #expect((counted ?? 0) > 10)
        #expect(report?["succeeded"] as? Bool == true)
        // Each stage's wall and CPU time, in the report and (with --verbose) on stderr.
        let stages = report?["stages"] as? [[String: Any]] ?? []
        #expect(stages.map { $0["stage"] as? String } == ["load", "resolve", "plan", "templates", "render", "check links", "write"])
        for stage in stages {
            let seconds = stage["seconds"] as? Double ?? -1, cpu = stage["cpuSeconds"] as? Double ?? -1
            #expect(seconds >= 0 && cpu >= 0 && cpu < 60, "\(stage)")
        }
        for name in ["load", "resolve", "plan", "render", "total", "peak memory", "allocator"] {
            #expect(result.stderr.contains("\n  \(name) "), "no \(name) line in: \(result.stderr)")
        }
    }

    @Test func refusesToOverwriteAFolderItDidNotMake() throws {
        let scratch = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("Thesis")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try "mine".write(to: output.appendingPathComponent("chapter1.tex"), atomically: true, encoding: .utf8)
        let result = try run(["build", "--content", fixture("minimal"), "--templates", TestPaths.templates,
                              "--output", output.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("[output-not-owned]"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("chapter1.tex").path))
    }

    /// `serve` runs `studysite-serve`, beside the executable, in its own place (the same
    /// process), with the same arguments: the site is built and served on the port given.
    @Test func serveRunsTheServerBesideIt() throws {
        let scratch = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        var served: (status: Int, body: String)?
        // A port nobody else is likely to use; another one if it was taken after all.
        for attempt in 0..<5 where served == nil {
            let port = UInt16(20_000 + Int(UInt32(getpid()) % 20_000) + attempt * 997)
            let process = Process()
            process.executableURL = Self.binary
            process.arguments = [
                "serve", "--content", fixture("minimal"), "--templates", TestPaths.templates,
                "--output", scratch.appendingPathComponent("out-\(attempt)").path, "--port", String(port),
            ]
            process.standardError = FileHandle.nullDevice
            try process.run()
            defer { process.terminate(); process.waitUntilExit() }
            for _ in 0..<200 where process.isRunning {
                if let reply = try? LoopbackHTTP.get("/index.html", port: port), reply.0 == 200 {
                    served = reply
                    break
                }
                usleep(50_000)
            }
        }
        #expect(served?.body.contains("<!DOCTYPE html>") == true)
    }

    @Test func serveRefusesAnotherAddressBeforeStarting() throws {
        let result = try run(["serve", "--host", "0.0.0.0", "--port", "1"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("refusing to listen on 0.0.0.0"))
    }

    /// Without `studysite-serve` beside it, `serve` says what is missing and how to build it.
    @Test func serveWithoutItsServerSaysWhatIsMissing() throws {
        let scratch = TestPaths.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let alone = scratch.appendingPathComponent("studysite")
        try FileManager.default.copyItem(at: Self.binary, to: alone)
        let process = Process()
        process.executableURL = alone
        process.arguments = ["serve", "--port", "1"]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(message.contains("serve needs the studysite-serve command beside studysite"))
        #expect(message.contains("swift build --product studysite-serve"))
    }
}

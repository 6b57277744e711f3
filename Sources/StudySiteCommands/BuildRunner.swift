import ArgumentParser
import Foundation
import StudySite

/// Runs a build and prints diagnostics and the summary the way compilers do.
package struct BuildRunner {
    let site: SiteOptions
    let output: String
    let write: Bool
    let pdf: Bool

    package init(site: SiteOptions, output: String, write: Bool, pdf: Bool) {
        self.site = site
        self.output = output
        self.write = write
        self.pdf = pdf
    }

    package func run() throws {
        var options = BuildOptions(
            contentPath: site.content, templatesPath: site.templates, outputPath: output,
            strict: site.strict, writeOutput: write)
        options.pdf = pdf
        let console = Console()
        var builder = SiteBuilder(options: options)
        if console.isTerminal {
            builder.onStage = { stage in console.progress("\(stage)…") }
            builder.onProgress = { stage, done, total in console.progress("\(stage) \(done)/\(total)…") }
        }
        let report = builder.build()
        console.clearProgress()
        for line in report.formattedDiagnostics() {
            console.error(line)
        }
        console.error(report.summary(verb: write ? "built" : "checked", output: output))
        guard Self.finish(report, site: site, console: console) else { throw ExitCode(1) }
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }

    /// What every build prints after its summary: stage timings with --verbose, and the
    /// JSON report with --report. False when the report could not be written.
    package static func finish(_ report: BuildReport, site: SiteOptions, console: Console) -> Bool {
        if site.verbose {
            for timing in report.stages {
                let name = timing.stage.padding(toLength: 12, withPad: " ", startingAt: 0)
                var line = "  \(name) " + String(format: "%8.1f ms", timing.seconds * 1000)
                if let cpu = timing.cpuSeconds, timing.seconds >= 0.001 {
                    line += String(format: "  cpu %8.1f ms  %4.1f cores", cpu * 1000, cpu / timing.seconds)
                }
                console.error(line)
            }
            console.error("  " + "total".padding(toLength: 12, withPad: " ", startingAt: 0) + " "
                + String(format: "%8.1f ms", report.seconds * 1000))
            if let peak = peakMemoryKiB() {
                console.error("  " + "peak memory".padding(toLength: 12, withPad: " ", startingAt: 0) + " "
                    + String(format: "%8.1f MiB", Double(peak) / 1024))
            }
            console.error("  " + "allocator".padding(toLength: 12, withPad: " ", startingAt: 0) + " " + Allocator.name)
        }
        if let path = site.report {
            do {
                try report.jsonData().write(to: URL(fileURLWithPath: path))
            } catch {
                console.error("error: cannot write report \(path): \(error.localizedDescription)")
                return false
            }
        }
        return true
    }
}

/// The process's peak resident memory so far (Linux: VmHWM in /proc/self/status).
func peakMemoryKiB() -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return nil }
    return Int(line.dropFirst("VmHWM:".count).trimmingCharacters(in: .whitespaces).dropLast(3)
        .trimmingCharacters(in: .whitespaces))
}

/// Standard error, with a progress line that is only drawn on a terminal.
package final class Console: @unchecked Sendable {
    package let isTerminal = isatty(STDERR_FILENO) != 0
    private let lock = NSLock()

    package init() {}

    package func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    package func progress(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(text)".utf8))
    }

    package func clearProgress() {
        guard isTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}

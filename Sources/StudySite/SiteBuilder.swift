import Corpus
import Diagnostics
import Foundation
import Linker
import Planner
import Publisher
import Renderer

/// Runs the pipeline: load → resolve → plan → render → write. Problems are collected within a
/// stage; the build stops between stages when a stage found errors.
package struct SiteBuilder {
    package let options: BuildOptions
    package var fileSystem: any FileSystem = LocalFileSystem()
    /// Called with a stage name as each starts (progress for long builds).
    package var onStage: @Sendable (String) -> Void = { _ in }
    /// Kept between builds by `serve` for incremental rebuilds.
    package var cache: BuildCache?

    package init(options: BuildOptions) {
        self.options = options
    }

    package func build() -> BuildReport {
        let clock = ContinuousClock()
        let start = clock.now
        var diagnostics: [Diagnostic] = []
        var timings: [BuildReport.StageTiming] = []
        var pages = 0
        var files: [(path: String, bytes: [UInt8])] = []
        var wrote = false

        func stage<T>(_ name: String, _ body: () -> T) -> T {
            onStage(name)
            let began = clock.now
            let value = body()
            let elapsed = began.duration(to: clock.now)
            timings.append(.init(stage: name, seconds: elapsed.seconds))
            return value
        }
        // A PDF that cannot be made fails the run but not the HTML site, which is still written.
        func failed() -> Bool { diagnostics.contains { $0.severity == .error && !$0.rule.hasPrefix("pdf-") } }

        run: do {
            let publisher = OutputPublisher(output: options.outputPath, fileSystem: fileSystem)
            if options.writeOutput,
               let refusal = publisher.checkDestination(
                protecting: [options.contentPath, options.templatesPath]) {
                diagnostics.append(refusal)
                break run
            }
            var loader = CorpusLoader(contentPath: options.contentPath)
            let corpus = stage("load") { loader.load() }
            diagnostics += loader.diagnostics
            guard let corpus, !failed() else { break run }
            let site = stage("resolve") {
                SiteResolver(cache: cache?.parses).resolve(corpus, diagnostics: &diagnostics)
            }
            guard !failed() else { break run }
            // Without Chromium the HTML is still built, without links to PDFs that cannot exist.
            let canPrint = options.pdf && HandoutPrinter.findChromium(searchPath: options.browserSearchPath) != nil
            if options.pdf && !canPrint {
                _ = HandoutPrinter.print(
                    [.init(slug: "", maxPages: 0, source: nil)], files: [],
                    searchPath: options.browserSearchPath, diagnostics: &diagnostics)
            }
            let plan = stage("plan") { SitePlanner(withPDF: canPrint).plan(site) }
            pages = plan.pages.count
            guard let templates = stage("templates", {
                TemplateSet.load(from: options.templatesPath, schemas: plan.schemas, diagnostics: &diagnostics)
            }) else { break run }
            files = stage("render") {
                PageRenderer(templates: templates, cache: cache?.renders).render(plan, diagnostics: &diagnostics)
            }
            guard !failed() else { break run }
            if canPrint {
                stage("pdf") {
                    let jobs = site.handouts.map {
                        HandoutPrinter.Job(slug: $0.handout.slug, maxPages: $0.handout.maxPages,
                                           source: SourceLocation(file: $0.handout.body.file))
                    }
                    // A missing Chromium is an error, but the HTML site is still written.
                    files += HandoutPrinter.print(
                        jobs, files: files, searchPath: options.browserSearchPath,
                        baseURL: site.corpus.site.baseURL, diagnostics: &diagnostics)
                    files.sort { $0.path < $1.path }
                }
            }
            stage("check links") {
                let sources = Dictionary(plan.pages.map { ($0.path, $0.source) }) { first, _ in first }
                for link in LinkChecker.check(files) {
                    diagnostics.append(.warning(
                        "link-broken", "\(link.page): broken link \"\(link.href)\" (\(link.reason))",
                        at: sources[link.page] ?? nil,
                        hint: "fix the link in the page's source or template"))
                }
            }
            guard !(options.strict && diagnostics.contains { $0.severity == .warning }) else { break run }
            guard !failed() else { break run }
            if options.writeOutput {
                stage("write") {
                    do {
                        // Only a kept cache (serve) can know that a file is unchanged.
                        var hashes: [String: Int] = [:]
                        if let cache {
                            for file in files { hashes[file.path] = file.bytes.hashValue }
                            let unchanged = Set(files.map(\.path).filter { cache.published[$0] == hashes[$0] })
                            try publisher.publish(files, unchanged: unchanged)
                            cache.published = hashes
                        } else {
                            try publisher.publish(files)
                        }
                        wrote = true
                    } catch let diagnostic as Diagnostic {
                        diagnostics.append(diagnostic)
                    } catch {
                        diagnostics.append(.error(
                            "output-write-failed", "could not write \(options.outputPath): \(error.localizedDescription)",
                            hint: "the previous output was left as it was"))
                    }
                }
            }
        }
        let log = DiagnosticLog()
        log.report(contentsOf: diagnostics)
        let all = log.all
        let errors = all.filter { $0.severity == .error }.count
        let warnings = all.filter { $0.severity == .warning }.count
        var report = BuildReport(
            succeeded: errors == 0 && !(options.strict && warnings > 0),
            wrote: wrote, pages: pages, files: files.count,
            bytes: files.reduce(0) { $0 + $1.bytes.count }, errors: errors, warnings: warnings,
            seconds: start.duration(to: clock.now).seconds, stages: timings, diagnostics: all)
        report.searchIndexBytes = files.first { $0.path == "search-index.js" }?.bytes.count ?? 0
        if let cache {
            report.incremental = .init(
                parsed: cache.parses.misses, parseReused: cache.parses.hits,
                rendered: cache.renders.misses, renderReused: cache.renders.hits)
            cache.parses.endBuild()
            cache.renders.endBuild()
        }
        return report
    }
}

extension Duration {
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}

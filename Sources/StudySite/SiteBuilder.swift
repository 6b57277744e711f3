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
    /// Called from any thread as the long stages (resolve, render) get through their items:
    /// the stage, items done, items in all.
    package var onProgress: (@Sendable (_ stage: String, _ done: Int, _ total: Int) -> Void)?
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
        var rendered: Int?
        var editedBodies: Int?
        var staging: OutputPublisher.Staging?
        /// Files, bytes and search-index bytes of a full build's output (not kept in memory).
        var outputSummary = (files: 0, bytes: 0, searchIndexBytes: 0)

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

        let publisher = OutputPublisher(output: options.outputPath, fileSystem: fileSystem)
        run: do {
            if options.writeOutput,
               let refusal = publisher.checkDestination(
                protecting: [options.contentPath, options.templatesPath]) {
                diagnostics.append(refusal)
                break run
            }
            var loader = CorpusLoader(contentPath: options.contentPath)
            loader.cache = cache?.files
            let corpus = stage("load") { loader.load() }
            diagnostics += loader.diagnostics
            guard let corpus, !failed() else { break run }
            // Without Chromium the HTML is still built, without links to PDFs that cannot exist.
            let canPrint = options.pdf && HandoutPrinter.findChromium(searchPath: options.browserSearchPath) != nil
            // After an edit of article bodies only, `serve` redoes just those bodies and the
            // pages that show them (SiteResolver.reresolve, SitePlanner.replan).
            let previous = cache?.previous.flatMap { $0.withPDF == canPrint ? $0 : nil }
            let edited = previous.flatMap {
                SiteResolver.editedArticleBodies(from: $0.resolution.site.corpus, to: corpus)
            }
            editedBodies = edited?.count
            var resolver = SiteResolver(cache: cache?.parses)
            if let onProgress { resolver.progress = { onProgress("resolve", $0, $1) } }
            let resolution = stage("resolve") {
                if let previous, let edited {
                    return resolver.reresolve(previous.resolution, corpus: corpus, editedArticles: edited)
                }
                return resolver.resolution(corpus)
            }
            diagnostics += resolution.diagnostics
            let site = resolution.site
            guard !failed() else { break run }
            if options.pdf && !canPrint {
                _ = HandoutPrinter.print(
                    [.init(slug: "", maxPages: 0, source: nil)], files: [],
                    searchPath: options.browserSearchPath, diagnostics: &diagnostics)
            }
            let planner = SitePlanner(withPDF: canPrint)
            let planning = stage("plan") {
                if let previous, let edited {
                    let changes = resolution.changes(since: previous.resolution, editedArticles: edited)
                    return planner.replan(
                        previous.planning, site: site, editedArticles: edited,
                        citedKeys: changes.citedKeys, mentionedSlugs: changes.mentionedSlugs)
                }
                // A full build makes most page models just before rendering each.
                return planner.planning(site, forReplanning: cache != nil, deferModels: cache == nil)
            }
            let plan = planning.plan
            pages = plan.pageCount
            guard let templates = stage("templates", { loadTemplates(plan, diagnostics: &diagnostics) })
            else { break run }
            guard cache == nil else {
                // serve keeps every file in memory for the next, incremental build.
                files = stage("render") {
                    let renderer = PageRenderer(templates: templates, cache: cache?.renders)
                    if let previous, edited != nil, previous.templatesFingerprint == templates.fingerprint {
                        let result = renderer.render(
                            plan, reusing: previous.planning.plan, previousFiles: previous.files,
                            diagnostics: &diagnostics)
                        rendered = result.rendered
                        return result.files
                    }
                    return renderer.render(plan, diagnostics: &diagnostics)
                }
                guard !failed() else { break run }
                if canPrint {
                    stage("pdf") {
                        files += printHandouts(site, files: files, diagnostics: &diagnostics)
                        files.sort { $0.path < $1.path }
                    }
                }
                let links = stage("check links") { () -> LinkChecker.State in
                    let (broken, state) = LinkChecker.check(files, previous: cache?.links)
                    let sources = Dictionary(plan.pages.compactMap { page in page.source.map { (page.path, $0) } }) { first, _ in first }
                    reportBroken(broken, sources: sources, diagnostics: &diagnostics)
                    return state
                }
                // The old state is freed on another thread (many small arrays).
                let replacedLinks = cache?.links
                cache?.links = links
                DispatchQueue.global(qos: .utility).async { withExtendedLifetime(replacedLinks) {} }
                guard !(options.strict && diagnostics.contains { $0.severity == .warning }) else { break run }
                guard !failed() else { break run }
                if options.writeOutput {
                    stage("write") {
                        do {
                            try write(files, publisher: publisher)
                            wrote = true
                            cache?.previous = BuildCache.PreviousBuild(
                                resolution: resolution, planning: planning, withPDF: canPrint,
                                templatesFingerprint: templates.fingerprint, files: files)
                        } catch {
                            diagnostics.append(writeFailure(error))
                        }
                    }
                }
                break run
            }
            // A full build writes each page into the staging folder as soon as it is rendered.
            if options.writeOutput {
                do {
                    staging = try publisher.beginStaging()
                } catch {
                    diagnostics.append(writeFailure(error))
                    break run
                }
            }
            var renderProgress: (@Sendable (Int, Int) -> Void)?
            if let onProgress { renderProgress = { done, total in onProgress("render", done, total) } }
            let output = stage("render") {
                renderAndStage(
                    plan, templates: templates, staging: staging, progress: renderProgress, diagnostics: &diagnostics)
            }
            outputSummary = (output.paths.count, output.bytes, output.searchIndexBytes)
            if let error = output.writeError {
                diagnostics.append(writeFailure(error))
                break run
            }
            guard !failed() else { break run }
            var made = output.paths
            if canPrint {
                stage("pdf") {
                    let pdfs = printHandouts(site, files: output.forPrinting, diagnostics: &diagnostics)
                    for pdf in pdfs {
                        do { try staging?.write(pdf.path, pdf.bytes) } catch { diagnostics.append(writeFailure(error)) }
                        made.append(pdf.path)
                        outputSummary.bytes += pdf.bytes.count
                    }
                    outputSummary.files = made.count
                }
            }
            stage("check links") {
                reportBroken(LinkChecker.brokenLinks(output.links, paths: Set(made)), sources: output.sources, diagnostics: &diagnostics)
            }
            guard !(options.strict && diagnostics.contains { $0.severity == .warning }) else { break run }
            guard !failed() else { break run }
            if let staging {
                stage("write") {
                    do {
                        try publisher.commit(staging)
                        wrote = true
                    } catch {
                        diagnostics.append(writeFailure(error))
                    }
                }
            }
        }
        // A build that stopped after it began writing leaves no staging folder behind.
        if let staging, !wrote { publisher.abandon(staging) }
        let log = DiagnosticLog()
        log.report(contentsOf: diagnostics)
        let all = log.all
        let errors = all.filter { $0.severity == .error }.count
        let warnings = all.filter { $0.severity == .warning }.count
        var report = BuildReport(
            succeeded: errors == 0 && !(options.strict && warnings > 0),
            wrote: wrote, pages: pages, files: cache == nil ? outputSummary.files : files.count,
            bytes: cache == nil ? outputSummary.bytes : files.reduce(0) { $0 + $1.bytes.count },
            errors: errors, warnings: warnings,
            seconds: start.duration(to: clock.now).seconds, stages: timings, diagnostics: all)
        report.searchIndexBytes = cache == nil
            ? outputSummary.searchIndexBytes
            : files.filter { $0.path == "search-index.js" || $0.path.hasPrefix("search/") }.reduce(0) { $0 + $1.bytes.count }
        if let cache {
            let renderedPages = rendered ?? cache.renders.misses
            report.incremental = .init(
                parsed: cache.parses.misses, parseReused: cache.parses.hits,
                rendered: renderedPages, renderReused: pages - renderedPages,
                filesRead: cache.files.reads, editedArticleBodies: editedBodies)
            cache.parses.endBuild(forgetUnused: editedBodies == nil)
            cache.renders.endBuild(forgetUnused: editedBodies == nil)
            cache.files.endBuild()
        }
        return report
    }

    /// PDFs of the handouts, from their pages and the assets (`--pdf`).
    private func printHandouts(
        _ site: ResolvedSite, files: [(path: String, bytes: [UInt8])], diagnostics: inout [Diagnostic]
    ) -> [(path: String, bytes: [UInt8])] {
        let jobs = site.handouts.map {
            HandoutPrinter.Job(slug: $0.handout.slug, maxPages: $0.handout.maxPages,
                               source: SourceLocation(file: $0.handout.body.file))
        }
        // A missing Chromium is an error, but the HTML site is still written.
        return HandoutPrinter.print(
            jobs, files: files, searchPath: options.browserSearchPath,
            baseURL: site.corpus.site.baseURL, diagnostics: &diagnostics)
    }

    /// Broken links as warnings at the source of the page that has them.
    private func reportBroken(
        _ broken: [LinkChecker.BrokenLink], sources: [String: SourceLocation], diagnostics: inout [Diagnostic]
    ) {
        for link in broken {
            diagnostics.append(.warning(
                "link-broken", "\(link.page): broken link \"\(link.href)\" (\(link.reason))",
                at: sources[link.page],
                hint: "fix the link in the page's source or template"))
        }
    }

    private func writeFailure(_ error: any Error) -> Diagnostic {
        if let diagnostic = error as? Diagnostic { return diagnostic }
        return .error(
            "output-write-failed", "could not write \(options.outputPath): \(error.localizedDescription)",
            hint: "the previous output was left as it was")
    }

    /// The templates, loaded again only when a file in their folder changed (`serve`).
    private func loadTemplates(_ plan: SitePlan, diagnostics: inout [Diagnostic]) -> TemplateSet? {
        guard let cache else {
            return TemplateSet.load(from: options.templatesPath, schemas: plan.schemas, diagnostics: &diagnostics)
        }
        let signature = BuildCache.signature(ofFolder: options.templatesPath)
        if let kept = cache.templates, kept.signature == signature {
            diagnostics += kept.diagnostics
            return kept.set
        }
        var found: [Diagnostic] = []
        let set = TemplateSet.load(from: options.templatesPath, schemas: plan.schemas, diagnostics: &found)
        cache.templates = (signature, set, found)
        diagnostics += found
        return set
    }

    /// Publishes the site: a staged swap of the whole folder, or in `serve`, after a build
    /// that kept the previous one, an update of just the files that changed.
    private func write(_ files: [(path: String, bytes: [UInt8])], publisher: OutputPublisher) throws {
        if let cache, let previous = cache.previous {
            // Until the update has finished, the folder no longer matches `previous`.
            cache.previous = nil
            // The last build's values are freed on another thread: tens of thousands of
            // small releases that the rebuild need not wait for.
            defer { DispatchQueue.global(qos: .utility).async { withExtendedLifetime(previous) {} } }
            if try publisher.update(files, previous: previous.files) { return }
        }
        try publisher.publish(files)
    }
}

extension Duration {
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}

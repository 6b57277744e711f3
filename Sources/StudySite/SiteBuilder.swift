import Corpus
import Diagnostics
import Foundation
import Linker
import Parallel
import Planner
import Publisher
import Renderer

/// Runs the pipeline: load → resolve → plan → render → write. Problems are collected within a
/// stage; the build stops between stages when a stage found errors. A full build writes each
/// page as soon as it is rendered (SiteBuilder+Streaming); `serve` keeps everything for the
/// next, incremental build (SiteBuilder+Serve).
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

    /// One build's diagnostics, stage timings and what it wrote.
    final class Run {
        var diagnostics: [Diagnostic] = []
        var timings: [BuildReport.StageTiming] = []
        let clock = ContinuousClock()
        let start: ContinuousClock.Instant
        let onStage: @Sendable (String) -> Void
        var pages = 0
        var files = 0
        var bytes = 0
        var searchIndexBytes = 0
        var wrote = false
        /// Pages rendered again (an incremental build), and article bodies the fast path redid.
        var rendered: Int?
        var editedBodies: Int?

        init(onStage: @escaping @Sendable (String) -> Void) {
            self.onStage = onStage
            start = clock.now
        }

        func stage<T>(_ name: String, _ body: () -> T) -> T {
            onStage(name)
            let began = clock.now
            let cpuBefore = Self.processCPUSeconds()
            let value = body()
            timings.append(.init(
                stage: name, seconds: began.duration(to: clock.now).seconds,
                cpuSeconds: Self.processCPUSeconds() - cpuBefore))
            return value
        }

        /// User and system time of every thread of the process so far.
        static func processCPUSeconds() -> Double {
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000
        }

        /// Errors stop the build; a PDF that cannot be made fails the run but not the HTML
        /// site, which is still written.
        var failed: Bool { diagnostics.contains { $0.severity == .error && !$0.rule.hasPrefix("pdf-") } }

        func mustStop(strict: Bool) -> Bool { failed || (strict && diagnostics.contains { $0.severity == .warning }) }
    }

    /// What the stages before rendering made, for the two ways of finishing a build.
    struct Planned {
        var resolution: Resolution
        var planning: Planning
        var templates: TemplateSet
        var canPrint: Bool
        var publisher: OutputPublisher
        /// The build this one redoes in part (`serve`, article bodies edited), if any.
        var previous: BuildCache.PreviousBuild?
        /// A full build's staging folder (nil: nothing is written, or `serve`), and what the
        /// planner already wrote into it.
        var staging: OutputPublisher.Staging?
        var early: EarlyFiles?
        var site: ResolvedSite { resolution.site }
        var plan: SitePlan { planning.plan }
    }

    package func build() -> BuildReport {
        let run = Run(onStage: onStage)
        let publisher = OutputPublisher(output: options.outputPath, fileSystem: fileSystem)
        // A full build loads the templates from its start, beside the stages before planning:
        // they need nothing those make, and loading the corpus leaves a core idle at times.
        // (`serve` loads them where it uses them: its cache of them is for one build at a time.)
        let templatesPath = options.templatesPath
        let earlyTemplates = cache != nil ? nil : Background { Self.loadTemplates(from: templatesPath, keptIn: nil) }
        if var planned = plan(run, publisher: publisher, earlyTemplates: earlyTemplates) {
            if cache != nil { finishKeepingFiles(planned, run: run) } else { finishStreaming(&planned, run: run) }
            // Freeing every value of the site took 20 ms of a 1,000-article build on the
            // thread that reports; it is done on another (a command exits without waiting).
            Leftovers(planned).releaseElsewhere()
        }
        return report(run)
    }

    /// load → resolve → plan → templates; nil when a stage found errors.
    private func plan(_ run: Run, publisher: OutputPublisher, earlyTemplates: Background<LoadedTemplates>?) -> Planned? {
        if options.writeOutput,
           let refusal = publisher.checkDestination(protecting: [options.contentPath, options.templatesPath]) {
            run.diagnostics.append(refusal)
            return nil
        }
        var loader = CorpusLoader(contentPath: options.contentPath)
        loader.cache = cache?.files
        let corpus = run.stage("load") { loader.load() }
        run.diagnostics += loader.diagnostics
        guard let corpus, !run.failed else { return nil }
        // Without Chromium the HTML is still built, without links to PDFs that cannot exist.
        let canPrint = options.pdf && HandoutPrinter.findChromium(searchPath: options.browserSearchPath) != nil
        // After an edit of article bodies only, `serve` redoes just those bodies and the
        // pages that show them (SiteResolver.reresolve, SitePlanner.replan).
        let previous = cache?.previous.flatMap { $0.withPDF == canPrint ? $0 : nil }
        let edited = previous.flatMap {
            SiteResolver.editedArticleBodies(from: $0.resolution.site.corpus, to: corpus)
        }
        run.editedBodies = edited?.count
        var resolver = SiteResolver(cache: cache?.parses)
        if let onProgress { resolver.progress = { onProgress("resolve", $0, $1) } }
        // A build that ends with the process hands each article's text to the job that
        // parses it (freed once the body is linked); `serve` keeps them to compare with edits.
        // The loaded corpus is consumed, not copied: a copy would keep every text alive.
        var articleTexts: [HandedText]?
        var resolving = consume corpus
        if cache == nil { articleTexts = resolving.takeArticleTexts().map(HandedText.init) }
        let resolution = run.stage("resolve") { [resolving] in
            if let previous, let edited {
                return resolver.reresolve(previous.resolution, corpus: resolving, editedArticles: edited)
            }
            return resolver.resolution(resolving, articleTexts: articleTexts.take())
        }
        run.diagnostics += resolution.diagnostics
        guard !run.failed else { return nil }
        if options.pdf && !canPrint {
            _ = HandoutPrinter.print(
                [.init(slug: "", maxPages: 0, source: nil)], files: [],
                searchPath: options.browserSearchPath, diagnostics: &run.diagnostics)
        }
        let planner = SitePlanner(withPDF: canPrint)
        // A full build writes into a staging folder from planning on: the search index's
        // shards go there as the planner makes them.
        var staging: OutputPublisher.Staging?
        if cache == nil, options.writeOutput {
            do {
                staging = try publisher.beginStaging()
            } catch {
                run.diagnostics.append(writeFailure(error))
                return nil
            }
        }
        let early = staging.map(EarlyFiles.init)
        let searchShards: (@Sendable (PlannedAsset) -> Void)? = early.map { files in { @Sendable asset in files.write(asset) } }
        let planning = run.stage("plan") { () -> Planning in
            if let previous, let edited {
                let changes = resolution.changes(since: previous.resolution, editedArticles: edited)
                return planner.replan(
                    previous.planning, site: resolution.site, editedArticles: edited,
                    citedKeys: changes.citedKeys, mentionedSlugs: changes.mentionedSlugs)
            }
            guard cache == nil else { return planner.planning(resolution.site, forReplanning: true) }
            // A full build makes most page models just before rendering each.
            return planner.planning(
                resolution.site, forReplanning: false, deferModels: true, searchShards: searchShards)
        }
        run.pages = planning.plan.pageCount
        guard let templates = run.stage("templates", { () -> TemplateSet? in
            let loaded = earlyTemplates?.take() ?? Self.loadTemplates(from: options.templatesPath, keptIn: cache)
            run.diagnostics += loaded.diagnostics
            return loaded.set
        }) else {
            if let staging { publisher.abandon(staging) }
            return nil
        }
        return Planned(
            resolution: resolution, planning: planning, templates: templates, canPrint: canPrint,
            publisher: publisher, previous: edited == nil ? nil : previous, staging: staging, early: early)
    }

    /// A finished build's values, handed to another thread only to be freed there.
    final class Leftovers<Value>: @unchecked Sendable {
        private var value: Value?
        init(_ value: Value) { self.value = value }

        func releaseElsewhere() {
            DispatchQueue.global(qos: .utility).async { self.value = nil }
        }
    }

    private func report(_ run: Run) -> BuildReport {
        let log = DiagnosticLog()
        log.report(contentsOf: run.diagnostics)
        let all = log.all
        let errors = all.filter { $0.severity == .error }.count
        let warnings = all.filter { $0.severity == .warning }.count
        var report = BuildReport(
            succeeded: errors == 0 && !(options.strict && warnings > 0),
            wrote: run.wrote, pages: run.pages, files: run.files, bytes: run.bytes,
            errors: errors, warnings: warnings,
            seconds: run.start.duration(to: run.clock.now).seconds, stages: run.timings, diagnostics: all)
        report.searchIndexBytes = run.searchIndexBytes
        if let cache {
            let renderedPages = run.rendered ?? cache.renders.misses
            report.incremental = .init(
                parsed: cache.parses.misses, parseReused: cache.parses.hits,
                rendered: renderedPages, renderReused: run.pages - renderedPages,
                filesRead: cache.files.reads, editedArticleBodies: run.editedBodies)
            cache.parses.endBuild(forgetUnused: run.editedBodies == nil)
            cache.renders.endBuild(forgetUnused: run.editedBodies == nil)
            cache.files.endBuild()
        }
        return report
    }

    /// PDFs of the handouts, from their pages and the assets (`--pdf`).
    func printHandouts(
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
    func reportBroken(
        _ broken: [LinkChecker.BrokenLink], sources: [String: SourceLocation], diagnostics: inout [Diagnostic]
    ) {
        for link in broken {
            diagnostics.append(.warning(
                "link-broken", "\(link.page): broken link \"\(link.href)\" (\(link.reason))",
                at: sources[link.page],
                hint: "fix the link in the page's source or template"))
        }
    }

    func writeFailure(_ error: any Error) -> Diagnostic {
        if let diagnostic = error as? Diagnostic { return diagnostic }
        return .error(
            "output-write-failed", "could not write \(options.outputPath): \(error.localizedDescription)",
            hint: "the previous output was left as it was")
    }
}

extension Duration {
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}

import Diagnostics
import Foundation
import Parallel
import Planner
import Publisher
import Renderer

extension SiteBuilder {
    /// render → check links → write for a full build: each page is written into the staging
    /// folder as soon as it is rendered; the staging folder is swapped in at the end, or
    /// removed if the build stops.
    func finishStreaming(_ planned: inout Planned, run: Run) {
        let staging = planned.staging
        defer { if let staging, !run.wrote { planned.publisher.abandon(staging) } }
        var progress: (@Sendable (Int, Int) -> Void)?
        if let onProgress { progress = { done, total in onProgress("render", done, total) } }
        let templates = planned.templates
        let output = run.stage("render") {
            renderAndStage(
                &planned.planning.plan, templates: templates, staging: staging, early: planned.early?.written ?? [],
                progress: progress, diagnostics: &run.diagnostics)
        }
        // What the pages left for the link check (5 ms to free at 1,000 articles) is freed on
        // another thread.
        defer { Leftovers(output).releaseElsewhere() }
        var made = output.paths
        run.files = made.count
        run.bytes = output.bytes
        run.searchIndexBytes = output.searchIndexBytes
        if let error = output.writeError {
            run.diagnostics.append(writeFailure(error))
            return
        }
        guard !run.failed else { return }
        if planned.canPrint {
            run.stage("pdf") {
                for pdf in printHandouts(planned.site, files: output.forPrinting, diagnostics: &run.diagnostics) {
                    do { try staging?.write(pdf.path, pdf.bytes) } catch { run.diagnostics.append(writeFailure(error)) }
                    made.append(pdf.path)
                    run.bytes += pdf.bytes.count
                }
                run.files = made.count
            }
        }
        run.stage("check links") {
            reportBroken(LinkChecker.brokenLinks(output.links, planned: output.planned, paths: Set(made)), sources: output.sources,
                         diagnostics: &run.diagnostics)
        }
        guard !run.mustStop(strict: options.strict), let staging else { return }
        run.stage("write") {
            do {
                try planned.publisher.commit(staging)
                run.wrote = true
            } catch {
                run.diagnostics.append(writeFailure(error))
            }
        }
    }

    /// What a full build keeps of its output once each file is written: no page bytes,
    /// except the handouts and assets the PDF printer reads.
    struct StreamedOutput {
        var links: [LinkChecker.PageLinks] = []
        /// The paths planned, which the pages' links were looked up in.
        var planned = LinkChecker.PathTable([])
        /// Where each page comes from, for warnings about its links.
        var sources: [String: SourceLocation] = [:]
        var forPrinting: [(path: String, bytes: [UInt8])] = []
        /// Every path written, planned or not (a failed page is not written).
        var paths: [String] = []
        var bytes = 0
        var searchIndexBytes = 0
        /// The first write that failed, in file order.
        var writeError: (any Error)?
    }

    /// Files the planner wrote into the staging folder as it made them (the search index's
    /// shards): neither pages nor files the PDF printer reads, so there is nothing to scan
    /// or keep, only what the report counts.
    final class EarlyFiles: @unchecked Sendable {
        struct Written {
            var path: String
            var bytes: Int
            var error: (any Error)?
        }

        private let staging: OutputPublisher.Staging
        private let lock = NSLock()
        private var folders: Set<Substring> = []
        private var files: [Written] = []

        init(_ staging: OutputPublisher.Staging) { self.staging = staging }

        /// Writes `asset` into the staging folder, making its folder first if need be; called
        /// from any thread.
        func write(_ asset: PlannedAsset) {
            var error: (any Error)?
            do {
                let folder = asset.path.lastIndex(of: "/").map { asset.path[..<$0] }
                try lock.withLock {
                    if let folder, folders.insert(folder).inserted { try staging.createFolders(for: [asset.path]) }
                }
                try staging.write(asset.path, asset.contents)
            } catch let failure {
                error = failure
            }
            lock.withLock { files.append(Written(path: asset.path, bytes: asset.contents.count, error: error)) }
        }

        /// Every file written, in the order they were written.
        var written: [Written] { lock.withLock { files } }
    }

    /// Renders every page and writes it into `staging` (nil: `check`, nothing written) as
    /// soon as it is made, scanning it for the link check on the way; then the assets.
    /// Peak memory no longer holds the whole output (34 MB for 1,000 articles). `early`: the
    /// files the planner already wrote into `staging`, counted with the others.
    func renderAndStage(
        _ plan: inout SitePlan, templates: TemplateSet, staging: OutputPublisher.Staging?, early: [EarlyFiles.Written] = [],
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil, diagnostics: inout [Diagnostic]
    ) -> StreamedOutput {
        var assets = plan.assets.map { ($0.path, $0.contents) } + templates.assets
        let planned = Set(plan.pages.map(\.path) + plan.deferred.map(\.path) + assets.map(\.0) + early.map(\.path))
        var output = StreamedOutput()
        let plannedTable = LinkChecker.PathTable(planned)
        output.planned = plannedTable
        if let staging {
            do {
                try staging.createFolders(for: Array(planned))
            } catch {
                output.writeError = error
                return output
            }
        }
        struct Outcome: Sendable {
            var source: SourceLocation?
            var links: LinkChecker.PageLinks?
            var bytes: Int
            var kept: [UInt8]?
            var error: (any Error)?
        }
        let counter = progress.map { ProgressCounter(total: plan.pageCount, report: $0) }
        @Sendable func consume(_ path: String, _ source: SourceLocation?, _ bytes: [UInt8]) -> Outcome {
            var error: (any Error)?
            do { try staging?.write(path, bytes) } catch let failure { error = failure }
            return Outcome(
                source: source,
                links: path.hasSuffix(".html") ? LinkChecker.pageLinks((path, bytes), paths: plannedTable) : nil,
                bytes: bytes.count,
                kept: path.hasPrefix("handouts/") || path.hasPrefix("assets/") ? bytes : nil, error: error)
        }
        // Assets first, then out of memory (the search index alone is 10 MB for 1,000
        // articles), before the pages are rendered.
        let writtenAssets = assets.parallelMap { ($0.0, consume($0.0, nil, $0.1)) }.map { (path: $0.0, result: $0.1) }
        assets = []
        plan.assets = []
        let pages = PageRenderer(templates: templates).renderEach(plan, diagnostics: &diagnostics) { page, bytes in
            defer { counter?.step() }
            return consume(page.path, page.source, bytes)
        }
        // The pages' array takes the assets (`pages + writtenAssets` copied every outcome,
        // its link records and kept bytes, on the one core left at the end of the build).
        var written = consume pages
        written += writtenAssets
        written += early.map {
            (path: $0.path, result: Outcome(source: nil, links: nil, bytes: $0.bytes, kept: nil, error: $0.error))
        }
        // In path order, as the link check and the report list files. The indices are
        // sorted and the outcomes read in place: sorting the outcomes themselves copied each
        // (its link records, kept bytes) on the one core left at the end of the build.
        let order = written.indices.sorted { written[$0].path < written[$1].path }
        output.paths.reserveCapacity(order.count)
        output.links.reserveCapacity(order.count)
        for index in order {
            let path = written[index].path
            let bytes = written[index].result.bytes
            output.paths.append(path)
            output.bytes += bytes
            if let links = written[index].result.links { output.links.append(links) }
            if let source = written[index].result.source { output.sources[path] = source }
            if let kept = written[index].result.kept { output.forPrinting.append((path, kept)) }
            if output.writeError == nil, let error = written[index].result.error { output.writeError = error }
            if SearchIndex.isIndexFile(path) { output.searchIndexBytes += bytes }
        }
        return output
    }
}

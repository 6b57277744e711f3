import Corpus
import Diagnostics
import Foundation
import Planner
import Publisher
import Renderer

extension SiteBuilder {
    /// render → check links → write for `serve`: every file stays in memory (and in the
    /// cache) for the next build, which then renders, checks and writes only what changed.
    func finishKeepingFiles(_ planned: Planned, run: Run) {
        guard let cache else { return }
        var files = run.stage("render") { () -> [(path: String, bytes: [UInt8])] in
            let renderer = PageRenderer(templates: planned.templates, cache: cache.renders)
            if let previous = planned.previous, previous.templatesFingerprint == planned.templates.fingerprint {
                let result = renderer.render(
                    planned.plan, reusing: previous.planning.plan, previousFiles: previous.files,
                    diagnostics: &run.diagnostics)
                run.rendered = result.rendered
                return result.files
            }
            return renderer.render(planned.plan, diagnostics: &run.diagnostics)
        }
        defer {
            run.files = files.count
            run.bytes = files.reduce(0) { $0 + $1.bytes.count }
            run.searchIndexBytes = files.filter { SearchIndex.isIndexFile($0.path) }.reduce(0) { $0 + $1.bytes.count }
        }
        guard !run.failed else { return }
        if planned.canPrint {
            run.stage("pdf") {
                files += printHandouts(planned.site, files: files, diagnostics: &run.diagnostics)
                files.sort { $0.path < $1.path }
            }
        }
        let links = run.stage("check links") { () -> LinkChecker.State in
            let (broken, state) = LinkChecker.check(files, previous: cache.links)
            let sources = Dictionary(planned.plan.pages.compactMap { page in page.source.map { (page.path, $0) } }) { first, _ in first }
            reportBroken(broken, sources: sources, diagnostics: &run.diagnostics)
            return state
        }
        // The old state is freed on another thread (many small arrays).
        let replacedLinks = cache.links
        cache.links = links
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(replacedLinks) {} }
        guard !run.mustStop(strict: options.strict), options.writeOutput else { return }
        run.stage("write") {
            do {
                try write(files, publisher: planned.publisher)
                run.wrote = true
                cache.previous = BuildCache.PreviousBuild(
                    resolution: planned.resolution, planning: planned.planning, withPDF: planned.canPrint,
                    templatesFingerprint: planned.templates.fingerprint, files: files)
            } catch {
                run.diagnostics.append(writeFailure(error))
            }
        }
    }

    typealias LoadedTemplates = (set: TemplateSet?, diagnostics: [Diagnostic])

    /// The templates at `path` and what loading them found; with a `cache` (`serve`), loaded
    /// again only when a file in their folder changed.
    static func loadTemplates(from path: String, keptIn cache: BuildCache?) -> LoadedTemplates {
        let signature = cache.map { _ in LoadCache.Signature.files(under: path) }
        if let kept = cache?.templates, kept.signature == signature { return (kept.set, kept.diagnostics) }
        var diagnostics: [Diagnostic] = []
        let set = TemplateSet.load(from: path, schemas: SitePlanner.schemas, diagnostics: &diagnostics)
        if let cache, let signature { cache.templates = (signature, set, diagnostics) }
        return (set, diagnostics)
    }

    /// Publishes the site: in `serve`, after a build that kept the previous one, an update of
    /// just the files that changed; otherwise a staged swap of the whole folder.
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

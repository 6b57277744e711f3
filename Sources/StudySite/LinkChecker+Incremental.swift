import Foundation
import Parallel

extension LinkChecker {
    /// What a check keeps for the next one in the same process (`serve`): the files' paths,
    /// and for each HTML page its bytes (compared by identity: an unchanged page is the same
    /// array), its scan and its broken links, and which pages point at fragments of which.
    package struct State: Sendable {
        /// Every file's path, in order; the next check reuses pages only for the same list.
        var paths: [String]
        var pathSet: Set<String>
        /// The HTML pages, in order, with what the check found on each.
        var pages: [(path: String, bytes: [UInt8], scan: PageScan, broken: [BrokenLink])]
        /// Target path (as links name it) -> indices of pages linking to a fragment on it.
        var fragmentLinks: [String: Set<Int>]
    }

    /// The same broken links as `check(files)`, and the state for the next call. With the
    /// state of a check of the same files, only pages whose bytes changed are scanned again,
    /// and only they and the pages that link to fragments of a page whose ids changed are
    /// checked again.
    package static func check(
        _ files: [(path: String, bytes: [UInt8])], previous: State?
    ) -> (broken: [BrokenLink], state: State) {
        let paths = files.map(\.path)
        // Paths compared by bytes: canonically equivalent names (é, e + U+0301) are different files.
        let kept = previous.flatMap { previous in
            previous.paths.count == paths.count
                && zip(previous.paths, paths).allSatisfy { $0.utf8.elementsEqual($1.utf8) } ? previous : nil
        }
        let pages = files.filter { $0.path.hasSuffix(".html") }
        let stale = pages.indices.filter { index in kept.map { $0.pages[index].bytes != pages[index].bytes } ?? true }
        let scans = stale.parallelMap { scan(pages[$0]) }
        var state = kept ?? State(
            paths: paths, pathSet: Set(paths),
            pages: pages.map { ($0.path, $0.bytes, PageScan(ids: [], links: []), []) }, fragmentLinks: [:])
        var recheck = Set(stale)
        for (index, scan) in zip(stale, scans) {
            let before = state.pages[index].scan
            for target in before.fragmentTargets { state.fragmentLinks[target]?.remove(index) }
            // Pages that linked into a page whose ids changed are checked with the new ids
            // (a page that newly links to it changed itself, so it is checked anyway).
            if let kept, before.ids != scan.ids { recheck.formUnion(kept.fragmentLinks[pages[index].path] ?? []) }
            for target in scan.fragmentTargets { state.fragmentLinks[target, default: []].insert(index) }
            state.pages[index] = (pages[index].path, pages[index].bytes, scan, [])
        }
        // Ids by path as `check` builds them (for equivalent spellings, the later page wins).
        var ids: [String: Set<String>] = [:]
        for page in state.pages { ids[page.path] = page.scan.ids }
        let rechecked = recheck.sorted()
        let checked = rechecked.parallelMap { [state, ids] index in
            brokenLinks(on: state.pages[index].path, links: state.pages[index].scan.links, paths: state.pathSet) { ids[$0] }
        }
        for (index, broken) in zip(rechecked, checked) { state.pages[index].broken = broken }
        return (state.pages.flatMap(\.broken), state)
    }
}

extension LinkChecker.PageScan {
    /// Pages this page links to with a fragment (whose ids decide whether the link works).
    var fragmentTargets: Set<String> {
        Set(links.compactMap { link in
            guard let target = link.target, let fragment = target.fragment, !fragment.isEmpty else { return nil }
            return target.path
        })
    }
}

import Foundation
import Parallel

extension LinkChecker {
    /// What a check keeps for the next one in the same process (`serve`): each page's bytes
    /// (compared by identity: an unchanged page is the same array), its scan, its broken
    /// links, and which pages point at fragments of which others.
    package struct State: Sendable {
        var files: Set<ExactPath>
        var pages: [ExactPath: (bytes: [UInt8], scan: PageScan, broken: [BrokenLink])]
        /// Target path (as links name it) -> pages with a link to a fragment on it.
        var fragmentLinks: [String: Set<ExactPath>]
    }

    /// A path compared by its bytes: two files whose names are canonically equivalent
    /// (é and e + U+0301) are different files, which String equality would merge.
    struct ExactPath: Hashable, Sendable {
        var path: String

        static func == (lhs: ExactPath, rhs: ExactPath) -> Bool { lhs.path.utf8.elementsEqual(rhs.path.utf8) }

        func hash(into hasher: inout Hasher) {
            for byte in path.utf8 { hasher.combine(byte) }
        }
    }

    /// The same broken links as `check(files)`, and the state for the next call. With the
    /// state of a check of the same files, only pages whose bytes changed are scanned again,
    /// and only they and the pages that link to fragments of a page whose ids changed are
    /// checked again.
    package static func check(
        _ files: [(path: String, bytes: [UInt8])], previous: State?
    ) -> (broken: [BrokenLink], state: State) {
        let names = Set(files.map { ExactPath(path: $0.path) })
        let paths = Set(files.map(\.path))
        let pages = files.filter { $0.path.hasSuffix(".html") }
        let kept = previous.flatMap { $0.files == names ? $0 : nil }
        // Scan what changed (everything on a first check), in parallel.
        let stale = pages.filter { page in
            kept?.pages[ExactPath(path: page.path)].map { $0.bytes != page.bytes } ?? true
        }
        let scans = stale.parallelMap { page in
            var resolver = CachingResolver()
            return scan(page, resolver: &resolver)
        }
        var state = kept ?? State(files: names, pages: [:], fragmentLinks: [:])
        var recheck = Set(stale.map { ExactPath(path: $0.path) })
        for (page, scan) in zip(stale, scans) {
            let name = ExactPath(path: page.path)
            let before = state.pages[name]
            if let before {
                for target in before.scan.fragmentTargets { state.fragmentLinks[target]?.remove(name) }
            }
            // Pages that linked into a page whose ids changed are checked with the new ids
            // (a page that newly links to it changed itself, so it is checked anyway).
            if let kept, before?.scan.ids != scan.ids { recheck.formUnion(kept.fragmentLinks[page.path] ?? []) }
            for target in scan.fragmentTargets { state.fragmentLinks[target, default: []].insert(name) }
            state.pages[name] = (page.bytes, scan, [])
        }
        // Ids by path as `check` builds them (for equivalent spellings, the later page wins).
        var ids: [String: Set<String>] = [:]
        for page in pages { ids[page.path] = state.pages[ExactPath(path: page.path)]?.scan.ids }
        let rechecked = pages.map { ExactPath(path: $0.path) }.filter(recheck.contains)
        let checked = rechecked.parallelMap { [state, ids] name in
            brokenLinks(on: name.path, links: state.pages[name]?.scan.links ?? [], paths: paths) { ids[$0] }
        }
        for (name, broken) in zip(rechecked, checked) { state.pages[name]?.broken = broken }
        return (pages.flatMap { state.pages[ExactPath(path: $0.path)]?.broken ?? [] }, state)
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

import Parallel

extension LinkChecker {
    /// What one page contributes to a check made while pages are rendered and written one
    /// at a time (a full build keeps no page in memory): its ids, and in href order, the
    /// links whose target file or fragment can only be looked up once every page is known.
    package struct PageLinks: Sendable {
        var page: String
        var ids: Set<String>
        var checks: [Check]

        enum Check: Sendable {
            /// A link to a file that is not among the pages and assets planned (a PDF made
            /// after the pages, or missing).
            case file(href: String, path: String)
            case fragment(href: String, path: String, fragment: String)
        }
    }

    /// Scans one rendered page against the paths the build will write (`paths`). Every href
    /// is resolved as it comes: with the byte path that is cheaper than a cache (a cache per
    /// page cost more in hashing than it saved; one shared by all pages held every distinct
    /// href of the site, 6 MB at 1,000 articles and 42 MB at 10,000).
    package static func pageLinks(_ page: (path: String, bytes: [UInt8]), paths: Set<String>) -> PageLinks {
        let folder = page.path.split(separator: "/").dropLast()
        var ids: Set<String> = []
        var checks: [PageLinks.Check] = []
        // The checks of hrefs come before those of srcs, each in document order (as `scan`).
        var sourceChecks: [PageLinks.Check] = []
        page.bytes.withUnsafeBufferPointer { bytes in
            forEachAttribute(in: bytes) { name, range in
                if name == .id {
                    ids.insert(String(decoding: bytes[range], as: UTF8.self))
                    return
                }
                // An ASCII href is resolved from the page's bytes; its String is made only
                // for a link that is kept to be checked later.
                let value = UnsafeBufferPointer(rebasing: bytes[range])
                let resolution = asciiResolution(value, inFolder: folder)
                    ?? resolve(String(decoding: value, as: UTF8.self), inFolder: folder)
                guard let target = resolution.target(from: page.path) else { return }
                let check: PageLinks.Check
                if !paths.contains(target.path) {
                    check = .file(href: String(decoding: value, as: UTF8.self), path: target.path)
                } else if let fragment = target.fragment, !fragment.isEmpty, target.path.hasSuffix(".html") {
                    check = .fragment(href: String(decoding: value, as: UTF8.self), path: target.path, fragment: fragment)
                } else {
                    return
                }
                if name == .href { checks.append(check) } else { sourceChecks.append(check) }
            }
        }
        return PageLinks(page: page.path, ids: ids, checks: checks + sourceChecks)
    }

    /// The same broken links as `check(files)` for the pages scanned by `pageLinks`, given
    /// every file written in the end (`paths`: planned files and those made later).
    package static func brokenLinks(_ pages: [PageLinks], paths: Set<String>) -> [BrokenLink] {
        var ids: [String: Set<String>] = [:]
        for page in pages { ids[page.page] = page.ids }
        // In parallel: at 10,000 articles there are a quarter of a million fragment links.
        let known = ids
        return pages.parallelMap { page in
            page.checks.compactMap { check -> BrokenLink? in
                switch check {
                case .file(let href, let path):
                    guard !paths.contains(path) else { return nil }
                    return BrokenLink(page: page.page, href: href, reason: "no file \(path)")
                case .fragment(let href, let path, let fragment):
                    guard !(known[path]?.contains(fragment) ?? false) else { return nil }
                    return BrokenLink(page: page.page, href: href, reason: "no id \"\(fragment)\" in \(path)")
                }
            }
        }.flatMap { $0 }
    }
}

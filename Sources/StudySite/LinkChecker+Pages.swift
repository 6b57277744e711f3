import Parallel

extension LinkChecker {
    /// The paths a build plans to write, looked up with bytes. Answers as a `Set<String>`
    /// does: a path equal as bytes is found in the table; any other is looked up as a String
    /// (canonical equality: "é" and "e" + U+0301 are one path, and an ASCII path can equal a
    /// non-ASCII one, "K" and the Kelvin sign).
    package struct PathTable: Sendable {
        private var set = ByteStringSet()
        /// Path -> the first planned path equal to it as a String (its class: pages whose
        /// paths are equal as Strings share their ids, the later page's winning).
        private var classes: [String: Int] = [:]
        /// Entry of `set` -> its class.
        private var classOfEntry: [Int] = []

        /// The number of distinct paths (as bytes); every class is below it.
        var count: Int { classOfEntry.count }

        package init(_ paths: some Sequence<String>) {
            for path in paths {
                var path = path
                let entry = path.withUTF8 { set.insert($0) }
                guard entry == classOfEntry.count else { continue }
                if let known = classes[path] {
                    classOfEntry.append(known)
                } else {
                    classes[path] = entry
                    classOfEntry.append(entry)
                }
            }
        }

        /// The class of the path `bytes`, if it is planned.
        func pathClass(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
            if let entry = set.index(of: bytes) { return classOfEntry[entry] }
            // Only a String can equal a planned path without equal bytes (and only if one of
            // them is not ASCII); a miss is a broken link, rare.
            return classes[String(decoding: bytes, as: UTF8.self)]
        }

        func pathClass(_ path: String) -> Int? {
            var path = path
            return path.withUTF8 { pathClass($0) }
        }
    }

    /// What one page contributes to a check made while pages are rendered and written one
    /// at a time (a full build keeps no page in memory): its ids, and in href order, the
    /// links whose target file or fragment can only be looked up once every page is known.
    package struct PageLinks: Sendable {
        var page: String
        /// The class of the page's own path among the planned paths, if it is planned: found
        /// as the page is scanned, on the core that renders it (at 10,000 pages, looking every
        /// page up at the end took 15 ms on one core).
        var pageClass: Int?
        var ids: PageIDs
        var checks: [Check]
        /// The hrefs, resolved paths and fragments of `.fragment` checks.
        var text: [UInt8]

        enum Check: Sendable {
            /// A link to a file that is not among the pages and assets planned (a PDF made
            /// after the pages, or missing).
            case file(href: String, path: String)
            /// A link to a fragment of the planned page of class `target`; the other fields
            /// are ranges of `text`.
            case fragment(href: Range<Int>, path: Range<Int>, fragment: Range<Int>, target: Int)
        }
    }

    /// A page's ids, looked up as a `Set<String>` would: by bytes, and as Strings where either
    /// side is not ASCII. A class, because the check at the end looks a page's ids up for
    /// every fragment link to it, and copying a struct of three arrays retained all three.
    final class PageIDs: @unchecked Sendable {
        /// Filled by the scan of the page, then only read.
        var set = ByteStringSet(minimumCapacity: 64)

        func contains(_ fragment: UnsafeBufferPointer<UInt8>) -> Bool {
            if set.index(of: fragment) != nil { return true }
            guard set.hasNonASCII || fragment.contains(where: { $0 >= 0x80 }) else { return false }
            let wanted = String(decoding: fragment, as: UTF8.self)
            return (0..<set.count).contains { set.string(at: $0) == wanted }
        }
    }

    /// Scans one rendered page against the paths the build will write (`paths`). Every href
    /// is resolved as it comes: with the byte path that is cheaper than a cache (a cache per
    /// page cost more in hashing than it saved; one shared by all pages held every distinct
    /// href of the site, 6 MB at 1,000 articles and 42 MB at 10,000). An ASCII href is
    /// resolved and looked up without making a String; the ids are kept as bytes.
    package static func pageLinks(_ page: (path: String, bytes: [UInt8]), paths: PathTable) -> PageLinks {
        var resolver = ASCIIResolver(folder: Folder(pagePath: page.path))
        defer { resolver.deallocate() }
        let ids = PageIDs()
        var text: [UInt8] = []
        var checks: [PageLinks.Check] = []
        // The checks of hrefs come before those of srcs, each in document order (as `scan`).
        var sourceChecks: [PageLinks.Check] = []
        var pagePath = page.path
        var pageClass: Int?
        pagePath.withUTF8 { pagePath in
            pageClass = paths.pathClass(pagePath)
            page.bytes.withUnsafeBufferPointer { bytes in
                forEachAttribute(in: bytes) { name, range in
                    let value = UnsafeBufferPointer(rebasing: bytes[range])
                    if name == .id {
                        ids.set.insert(value)
                        return
                    }
                    /// The check of a link to `path` (with `fragment`), if it needs one. The page's
                    /// `text` is passed in, not captured: a local function that captures a
                    /// variable it changes has every access checked for exclusivity at run time
                    /// (`swift_beginAccess`, 12M instructions a build at N = 1,000).
                    func check(
                        path: UnsafeBufferPointer<UInt8>, fragment: UnsafeBufferPointer<UInt8>?, text: inout [UInt8]
                    ) -> PageLinks.Check? {
                        guard let target = paths.pathClass(path) else {
                            return .file(href: String(decoding: value, as: UTF8.self), path: String(decoding: path, as: UTF8.self))
                        }
                        guard let fragment, !fragment.isEmpty, isHTML(path) else { return nil }
                        func keep(_ bytes: UnsafeBufferPointer<UInt8>, _ text: inout [UInt8]) -> Range<Int> {
                            text.append(contentsOf: bytes)
                            return (text.count - bytes.count)..<text.count
                        }
                        return .fragment(
                            href: keep(value, &text), path: keep(path, &text), fragment: keep(fragment, &text), target: target)
                    }
                    let found: PageLinks.Check?
                    switch resolver.resolve(value) {
                    case .external:
                        return
                    case .samePage(let fragment):
                        found = check(path: pagePath, fragment: fragment.map { UnsafeBufferPointer(rebasing: value[$0]) }, text: &text)
                    case .file(let fragment):
                        found = check(
                            path: resolver.path, fragment: fragment.map { UnsafeBufferPointer(rebasing: value[$0]) }, text: &text)
                    case nil:
                        // Not ASCII, or with something to decode: the String path.
                        let href = String(decoding: value, as: UTF8.self)
                        let folder = page.path.split(separator: "/").dropLast()
                        guard var target = decodedResolution(href, inFolder: folder).target(from: page.path) else { return }
                        if var fragment = target.fragment {
                            found = target.path.withUTF8 { path in fragment.withUTF8 { check(path: path, fragment: $0, text: &text) } }
                        } else {
                            found = target.path.withUTF8 { check(path: $0, fragment: nil, text: &text) }
                        }
                    }
                    guard let found else { return }
                    if name == .href { checks.append(found) } else { sourceChecks.append(found) }
                }
            }
        }
        return PageLinks(page: page.path, pageClass: pageClass, ids: ids, checks: checks + sourceChecks, text: text)
    }

    /// `hasSuffix(".html")` of the path's String: on the bytes unless the byte before the
    /// suffix is not ASCII (a prepended mark would join the "." into another Character).
    static func isHTML(_ path: UnsafeBufferPointer<UInt8>) -> Bool {
        guard path.count >= 5, path[(path.count - 5)...].elementsEqual(".html".utf8) else {
            // Bytes that do not end with ".html" are no String that does.
            return false
        }
        if path.count == 5 || path[path.count - 6] < 0x80 { return true }
        return String(decoding: path, as: UTF8.self).hasSuffix(".html")
    }

    /// The same broken links as `check(files)` for the pages scanned by `pageLinks`, given
    /// every file written in the end (`paths`: planned files and those made later) and the
    /// table of planned paths the pages were scanned against.
    package static func brokenLinks(_ pages: [PageLinks], planned: PathTable, paths: Set<String>) -> [BrokenLink] {
        // Ids by class of path (for paths equal as Strings, the later page wins), in an
        // array indexed by class: a dictionary hashed the class for every fragment link.
        // Unmanaged: the records in `pages` keep every page's ids alive until this returns,
        // and a lookup then retains nothing (a retained reference to the ids of a page many
        // pages link to was counted up and down by both cores, a quarter of a million times
        // at 10,000 articles).
        var ids = [Unmanaged<PageIDs>?](repeating: nil, count: planned.count)
        // By index: a copy of each page's record retained and released its four references.
        for index in pages.indices {
            if let target = pages[index].pageClass { ids[target] = Unmanaged.passUnretained(pages[index].ids) }
        }
        // In parallel: at 10,000 articles there are a quarter of a million fragment links.
        let known = ids
        return pages.parallelMap { page in
            page.text.withUnsafeBufferPointer { text in
                page.checks.compactMap { check -> BrokenLink? in
                    switch check {
                    case .file(let href, let path):
                        guard !paths.contains(path) else { return nil }
                        return BrokenLink(page: page.page, href: href, reason: "no file \(path)")
                    case .fragment(let href, let path, let fragment, let target):
                        let fragmentBytes = UnsafeBufferPointer(rebasing: text[fragment])
                        guard !(known[target]?._withUnsafeGuaranteedRef { $0.contains(fragmentBytes) } ?? false)
                        else { return nil }
                        return BrokenLink(
                            page: page.page, href: String(decoding: text[href], as: UTF8.self),
                            reason: "no id \"\(String(decoding: fragmentBytes, as: UTF8.self))\" in \(String(decoding: text[path], as: UTF8.self))")
                    }
                }
            }
        }.flatMap { $0 }
    }
}

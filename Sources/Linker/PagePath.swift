import CommonMark

/// Output paths and the relative links between them. Every link in the site is relative, so
/// it works from `file://` and under any sub-path.
package enum PagePath {
    /// `../` once per folder level of `path`.
    package static func root(of path: String) -> String {
        // An ASCII path's components are counted on its bytes (splitting the String walked
        // its Characters: 9,000 instructions a page).
        let components: Int?? = path.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.firstNonASCII(in: 0..<bytes.count) == bytes.count else { return nil }
            var count = 0
            forEachComponent(of: bytes) { _ in count += 1 }
            return count
        }
        let count = (components ?? nil) ?? path.split(separator: "/").count
        return String(repeating: "../", count: count - 1)
    }

    /// The byte ranges of the non-empty components of an ASCII path, in order (what
    /// `split(separator: "/")` gives for it), the slashes found with memchr.
    @inline(__always)
    package static func forEachComponent(of path: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        var start = 0
        while start <= path.count {
            let end = path.firstIndex(of: UInt8(ascii: "/"), in: start..<path.count) ?? path.count
            if end > start { body(start..<end) }
            start = end + 1
        }
    }

    /// The shortest relative link from the page at `from` to the site path `to` (which may
    /// carry a `#fragment`).
    package static func link(from: String, to: String) -> String {
        // Site paths are nearly always ASCII; on bytes this is several times faster than
        // splitting Strings (it was 4% of a large build). Other paths take the Character path.
        // The bytes are read where they are (`withUTF8` needs copies it may change: a count
        // changed twice per link, on targets every page shares).
        let link = from.utf8.withContiguousStorageIfAvailable { from in
            to.utf8.withContiguousStorageIfAvailable { asciiLink(from: from, to: $0) }
        }
        return link.flatMap { $0 }.flatMap { $0 } ?? characterLink(from: from, to: to)
    }

    /// `link(from: from, to: target + "#" + fragment)` (`target` alone for a nil fragment)
    /// without making that target first: entity and works pages link every mention and
    /// citation to its paragraph, and the joined target was a String made and dropped for
    /// each. A fragment with a "/" in it (which the joined target would split at) takes
    /// the joined path.
    package static func link(from: String, to target: String, fragment: String?) -> String {
        guard let fragment else { return link(from: from, to: target) }
        let link = from.utf8.withContiguousStorageIfAvailable { from in
            target.utf8.withContiguousStorageIfAvailable { to in
                fragment.utf8.withContiguousStorageIfAvailable { fragment in
                    fragment.contains(UInt8(ascii: "/")) ? nil : asciiLink(from: from, to: to, fragment: fragment)
                }
            }
        }
        return link.flatMap { $0 }.flatMap { $0 }.flatMap { $0 } ?? self.link(from: from, to: target + "#" + fragment)
    }

    /// `link(from:to:)` on Characters; the reference for the byte path.
    static func characterLink(from: String, to: String) -> String {
        let fromFolders = from.split(separator: "/").dropLast()
        var target = to.split(separator: "/", omittingEmptySubsequences: false)
        var common = 0
        while common < fromFolders.count, common < target.count - 1,
              fromFolders[fromFolders.startIndex + common] == target[common] {
            common += 1
        }
        target.removeFirst(common)
        return String(repeating: "../", count: fromFolders.count - common)
            + target.joined(separator: "/")
    }

    /// `characterLink` for ASCII paths, on bytes (where a Character is a byte); nil for others.
    /// With `fragment` (no "/" in it), the link to `to` + "#" + `fragment`.
    static func asciiLink(
        from: UnsafeBufferPointer<UInt8>, to: UnsafeBufferPointer<UInt8>, fragment: UnsafeBufferPointer<UInt8>? = nil
    ) -> String? {
        func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { bytes.firstNonASCII(in: 0..<bytes.count) == bytes.count }
        guard isASCII(from), isASCII(to), fragment.map(isASCII) ?? true else { return nil }
        // The components are byte ranges in stack memory and the link is written straight into
        // the String: one allocation per link instead of four (links are made for every
        // mention, citation and navigation entry of every page).
        return withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: from.count + to.count + 2) { ranges in
            let slash = UInt8(ascii: "/")
            // The page's folders: its non-empty components but the last.
            // Slashes found with memchr (a loop over every byte of both paths was most of a
            // link's cost).
            var folders = 0
            forEachComponent(of: from) { component in
                ranges[folders] = component
                folders += 1
            }
            if folders > 0 { folders -= 1 }
            // The target's components, empty ones kept, after the folders.
            let targetStart = from.count + 1
            var targets = 0
            var start = 0
            while start <= to.count {
                let index = to.firstIndex(of: slash, in: start..<to.count) ?? to.count
                ranges[targetStart + targets] = start..<index
                targets += 1
                start = index + 1
            }
            var common = 0
            while common < folders, common < targets - 1,
                  from[ranges[common]].elementsEqual(to[ranges[targetStart + common]]) {
                common += 1
            }
            let ups = folders - common
            let firstKept = ranges[targetStart + common].lowerBound
            // What follows the kept target components is the rest of `to`, slashes included.
            let fragmentCount = fragment.map { 1 + $0.count } ?? 0
            return String(unsafeUninitializedCapacity: 3 * ups + to.count - firstKept + fragmentCount) { link in
                var written = 0
                for _ in 0..<ups {
                    link[written] = UInt8(ascii: ".")
                    link[written + 1] = UInt8(ascii: ".")
                    link[written + 2] = slash
                    written += 3
                }
                if firstKept < to.count {
                    (link.baseAddress! + written).update(from: to.baseAddress! + firstKept, count: to.count - firstKept)
                    written += to.count - firstKept
                }
                if let fragment {
                    link[written] = UInt8(ascii: "#")
                    written += 1
                    if let source = fragment.baseAddress, !fragment.isEmpty {
                        (link.baseAddress! + written).update(from: source, count: fragment.count)
                        written += fragment.count
                    }
                }
                return written
            }
        }
    }

    /// The folder of an ASCII page path one folder deep ("articles" of "articles/a.html"),
    /// from which a page in another folder is "../" and its path: tables of links made once
    /// for every article (`CitationTargets`, works cited) are for these. Nil for others.
    package static func subfolder(of page: String) -> Substring? {
        let utf8 = page.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }), let slash = utf8.firstIndex(of: UInt8(ascii: "/")),
              slash != utf8.startIndex, utf8.index(after: slash) != utf8.endIndex,
              !utf8[utf8.index(after: slash)...].contains(UInt8(ascii: "/"))
        else { return nil }
        return page[..<slash]
    }

    /// The folder of an ASCII site path ("bibliography" of "bibliography/k.html"), which a
    /// page in `subfolder(of:)` links to as "../" and the path when it is another; nil for
    /// others.
    package static func folder(of path: String) -> Substring? {
        guard path.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return path.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first
    }

    package static func article(_ slug: String) -> String { "articles/\(slug).html" }

    package static func document(_ slug: String, part: String) -> String {
        part == "index" ? "documents/\(slug)/index.html" : "documents/\(slug)/\(part).html"
    }
}

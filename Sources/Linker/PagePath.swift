/// Output paths and the relative links between them. Every link in the site is relative, so
/// it works from `file://` and under any sub-path.
package enum PagePath {
    /// `../` once per folder level of `path`.
    package static func root(of path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }

    /// The shortest relative link from the page at `from` to the site path `to` (which may
    /// carry a `#fragment`).
    package static func link(from: String, to: String) -> String {
        // Site paths are nearly always ASCII; on bytes this is several times faster than
        // splitting Strings (it was 4% of a large build). Other paths take the Character path.
        var from = from
        var to = to
        if let link = from.withUTF8({ from in to.withUTF8 { asciiLink(from: from, to: $0) } }) {
            return link
        }
        return characterLink(from: from, to: to)
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
    static func asciiLink(from: UnsafeBufferPointer<UInt8>, to: UnsafeBufferPointer<UInt8>) -> String? {
        guard from.allSatisfy({ $0 < 0x80 }), to.allSatisfy({ $0 < 0x80 }) else { return nil }
        let slash = UInt8(ascii: "/")
        // The page's folders: its non-empty components but the last.
        var folders: [Range<Int>] = []
        folders.reserveCapacity(8)
        var start = 0
        for index in 0...from.count where index == from.count || from[index] == slash {
            if index > start { folders.append(start..<index) }
            start = index + 1
        }
        if !folders.isEmpty { folders.removeLast() }
        // The target's components, empty ones kept.
        var target: [Range<Int>] = []
        target.reserveCapacity(8)
        start = 0
        for index in 0...to.count where index == to.count || to[index] == slash {
            target.append(start..<index)
            start = index + 1
        }
        var common = 0
        while common < folders.count, common < target.count - 1,
              from[folders[common]].elementsEqual(to[target[common]]) {
            common += 1
        }
        var link: [UInt8] = []
        link.reserveCapacity(3 * (folders.count - common) + to.count)
        for _ in common..<folders.count { link.append(contentsOf: "../".utf8) }
        for (offset, component) in target[common...].enumerated() {
            if offset > 0 { link.append(slash) }
            link.append(contentsOf: to[component])
        }
        return String(decoding: link, as: UTF8.self)
    }

    package static func article(_ slug: String) -> String { "articles/\(slug).html" }

    package static func document(_ slug: String, part: String) -> String {
        part == "index" ? "documents/\(slug)/index.html" : "documents/\(slug)/\(part).html"
    }
}

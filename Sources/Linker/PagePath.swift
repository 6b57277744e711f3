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

    package static func article(_ slug: String) -> String { "articles/\(slug).html" }

    package static func document(_ slug: String, part: String) -> String {
        part == "index" ? "documents/\(slug)/index.html" : "documents/\(slug)/\(part).html"
    }
}

import CitationStyles
import CommonMark

/// What citing a work needs, found once per work: at 1,000 articles a build makes 11,000
/// citations, and each looked its key up five times (known? its place in the list, its page,
/// a hosting document, its format) and worked out the same link to its page again.
struct CitationTargets: Sendable {
    struct Target: Sendable {
        /// The work's place in the reference list (`ReferenceList.appendCitationHTML(at:…)`).
        var index: Int
        /// The work's page (`SitePaths.reference`).
        var path: String
        /// The page's first folder, when the path is ASCII (nil: links to it are made by
        /// `PagePath.link`).
        var folder: Substring?
        /// `HTMLWriter.appendLinkStart` of the link to the page from a page one folder deep in
        /// another folder (every article), and whether that made an `<a>`.
        var linkStartFromSubfolder: [UInt8]
        var isLinkFromSubfolder: Bool
        /// Whether a document of the site hosts the work (`SitePaths.hostedPage` can find a
        /// place in it).
        var isHosted: Bool
    }

    /// The works, and each key's place among them: citations keep the place, and read the
    /// fields they need in place (copying a target retained its three references, which
    /// every core shares).
    private let targets: [Target]
    private let positions: [String: Int]

    init(references: ReferenceList, paths: SitePaths) {
        var targets: [Target] = []
        var positions: [String: Int] = [:]
        // A key's first entry is the one the list formats for it.
        for (index, item) in references.items.enumerated() where positions[item.entry.key] == nil {
            let key = item.entry.key
            let path = paths.reference(key)
            var linkStart: [UInt8] = []
            // A page in a folder of its own at the top ("articles/a.html") links up once.
            let isLink = HTMLWriter.appendLinkStart(destination: "../" + path, title: "", to: &linkStart)
            positions[key] = targets.count
            targets.append(Target(
                index: index, path: path, folder: PagePath.folder(of: path),
                linkStartFromSubfolder: linkStart, isLinkFromSubfolder: isLink,
                isHosted: paths.hostedDocument(for: key) != nil))
        }
        self.targets = targets
        self.positions = positions
    }

    /// The place of the work cited by `key` (exact case), if the reference list has it.
    func position(of key: String) -> Int? { positions[key] }

    subscript(position: Int) -> Target { targets[position] }
}
